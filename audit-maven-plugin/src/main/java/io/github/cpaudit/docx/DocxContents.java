package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The 目录 as a real Word field (TOC with switches o "1-2", h, z and u, the report's {@code toclevels}):
 * Word fills in the page numbers when it opens the file (the settings ask it to update fields).
 * Until then, and in a reader that does not update fields, the field shows the headings it will
 * list, without page numbers.
 */
final class DocxContents {

    private record Entry(int level, String text) { }

    private DocxContents() {
    }

    static void write(XWPFDocument word, Document document) {
        int levels = Math.max(1, Math.min(DocxHeadings.parse(document.getAttribute("toclevels", "2"), 2), 9));
        XWPFParagraph title = word.createParagraph();
        title.setStyle(DocxStyle.TOC_HEADING.id());
        title.createRun().setText(DocxInline.text(String.valueOf(document.getAttribute("toc-title", "目录"))));
        List<Entry> entries = new ArrayList<>();
        collect(document, levels, entries);
        String instruction = "TOC \\o \"1-" + levels + "\" \\h \\z \\u";
        if (entries.isEmpty()) {
            XWPFParagraph only = word.createParagraph();
            only.setStyle(DocxStyles.toc(1));
            DocxSections.field(only, instruction, "（在 Word 中右击此处，选“更新域”生成目录）");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph line = word.createParagraph();
            line.setStyle(DocxStyles.toc(entries.get(i).level()));
            if (i == 0) {
                DocxSections.fieldStart(line, instruction);
            }
            line.createRun().setText(entries.get(i).text());
            if (i == entries.size() - 1) {
                DocxSections.fieldEnd(line);
            }
        }
    }

    private static void collect(StructuralNode node, int levels, List<Entry> entries) {
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Section section && section.getLevel() <= levels) {
                entries.add(new Entry(section.getLevel(), DocxInline.text(DocxHeadings.text(section))));
                collect(section, levels, entries);
            }
        }
    }
}
