package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.charts.ChartPainter;
import io.github.cpaudit.charts.ChartSpec;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.tables.AsciidocText;
import java.awt.Font;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * {@code audit-chart::NAME[]}: one of the report's charts drawn from the project's data, as an
 * image block with its title, so that it is numbered with the chapter's figures (图 4-2 标题) in
 * HTML and PDF alike. The PNG travels inside the document as a {@code data:} URI: the HTML stays
 * self-contained, asciidoctor-pdf reads it in SAFE mode, and no file can go stale. Options:
 * {@code title=}, {@code top=}, and for {@code emissions} {@code pollutant=} and {@code by=}.
 */
final class ChartMacro extends BlockMacroProcessor {

    /** The body font file the publisher names (a .ttf, or file.ttc#Face); without it Noto Sans SC. */
    static final String FONT = "audit-chart-font";
    /** Print width: the text column of the page; HTML shows it at most 800 px wide. */
    private static final String PDF_WIDTH = "100%";
    private static final String HTML_WIDTH = "800";

    private final ProjectSession session;

    ChartMacro(ProjectSession session) {
        super("audit-chart");
        this.session = session;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Cursor at = MacroLocation.of(parent, getName() + "::" + target + "[");
        String macro = "（" + getName() + "::" + target + "[]）";
        Document document = parent.getDocument();
        ChartSpec chart;
        Font font;
        String fontFile;
        try {
            ProjectView view = session.view(document, this);
            OpenItems.reportData(this, document, view);
            chart = session.registry().compute(Category.CHART, target, view, TableMacros.options(attributes));
            Object named = document.getAttribute(FONT);
            fontFile = named == null ? "" : named.toString();
            font = session.chartFonts().font(fontFile);
        } catch (RenderException e) {
            OpenItems.error(this, at, e.getMessage() + macro);
            return null;
        }
        Object title = attributes.get("title");
        String caption = title != null ? title.toString() : chart.title();
        String shown = caption;
        if (chart.isEmpty()) {
            // the figure keeps its place, number and id (references resolve); the image and caption say what is missing
            String what = "缺少数据：" + String.join("、", chart.missing());
            OpenItems.report(this, document, at, what + macro);
            shown = caption + " [.audit-open]#" + AsciidocText.inline("【待补充】" + what) + "#";
        }
        ChartPainter painter = new ChartPainter(font);
        for (String missing : painter.missingGlyphs(chart)) {
            log(new LogRecord(Severity.WARN, at, "图表字体缺少字符（missing glyph），印出来是空框：" + missing + "，字体："
                    + font.getFontName() + macro));
        }
        Map<String, Object> image = new HashMap<>();
        image.put("target", "data:image/png;base64," + Base64.getEncoder().encodeToString(
                session.chartPng(chart, fontFile, () -> painter.png(chart))));
        image.put("alt", caption);
        // the parser sets the title of a returned block from its attributes (and its id)
        image.put("title", shown);
        image.put("pdfwidth", PDF_WIDTH);
        image.put("width", HTML_WIDTH);
        for (String kept : new String[] {"id", "role", "reftext"}) {
            if (attributes.get(kept) != null) {
                image.put(kept, attributes.get(kept));
            }
        }
        Block block = createBlock(parent, "image", (String) null, image);
        block.setCaption(figureCaption(document, attributes.get("caption")));
        return block;
    }

    /**
     * The caption prefix the parser gives an image macro's title and not a block an extension
     * returns: "图 " (numbered per chapter by {@link ChineseCaptionNumbering}), none when the
     * document or the macro ({@code caption=""}) switches it off.
     */
    private static String figureCaption(Document document, Object given) {
        if (given != null) {
            return given.toString();
        }
        Object label = document.getAttribute("figure-caption");
        return label == null || label.toString().isBlank() ? null : label + " ";
    }
}
