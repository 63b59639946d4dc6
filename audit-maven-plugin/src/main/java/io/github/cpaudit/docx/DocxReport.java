package io.github.cpaudit.docx;

import io.github.cpaudit.PoiLogging;
import io.github.cpaudit.problem.AuditException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.asciidoctor.ast.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report as a Word file (.docx) for reviewers who annotate in Word, WPS or LibreOffice, written
 * with Apache POI from the same parsed document the HTML is converted from: what the macros computed,
 * the numbering and captions are the HTML's. Cover, 封二 and 摘要, the 目录 field, chapters in
 * Word's heading styles, tables, figures, the page header and footer from chapter 1.
 *
 * <p>Apache POI rather than docx4j: POI (poi-ooxml) is already the toolkit's library for the
 * collection workbooks, its XWPF model covers what the report needs (styles, sections, fields,
 * merged cells, pictures), and docx4j would bring JAXB and some ten more megabytes into the plugin.
 */
public final class DocxReport {

    private DocxReport() {
    }

    /** Writes {@code document} (parsed, with the HTML backend) to {@code target}. */
    public static void write(Document document, DocxLayout layout, Path target) {
        PoiLogging.quiet();
        try (XWPFDocument word = new DocxWord(document)) {
            DocxStyles.apply(word, layout);
            DocxSections sections = new DocxSections(word, layout);
            DocxCover.write(word, document);
            new DocxBlocks(word, document, layout, sections).write();
            sections.finish();
            // Word fills in the 目录's page numbers on opening
            word.enforceUpdateFields();
            var core = word.getProperties().getCoreProperties();
            core.setTitle(DocxInline.text(document.getDoctitle()));
            core.setCreator("cp-audit");
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                word.write(out);
            }
        } catch (IOException e) {
            throw new AuditException("无法写出 DOCX（docx not written）：" + target + "：" + e.getMessage());
        }
    }
}
