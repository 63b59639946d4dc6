package io.github.cpaudit.testing;

import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A project's worksheets rendered through the real extensions (SPI, as the build and an editor
 * load them) into one HTML document, with the tables read back as cell texts. One Asciidoctor per
 * instance: create it once per test class.
 */
public final class RenderedTables implements AutoCloseable {

    /** The worked example, seen from the plugin module. */
    public static final Path EXAMPLE = Path.of("../examples/electroplating").toAbsolutePath().normalize();

    private final Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    private final List<LogRecord> log = new ArrayList<>();
    private final Path project;

    public RenderedTables(Path project) {
        this.project = project;
        asciidoctor.registerLogHandler(log::add);
    }

    /** Every computed worksheet of the catalog, each in a chapter of its own, in one document. */
    public static String everyComputedWorksheet() {
        StringBuilder source = new StringBuilder("= 工作表\n:doctype: book\n\n");
        for (Worksheet worksheet : WorksheetCatalog.bundled().all()) {
            if (worksheet.computed()) {
                source.append("== 工作表").append(worksheet.number()).append("\n\nworksheet::")
                        .append(worksheet.number()).append("[]\n\n");
            }
        }
        return source.toString();
    }

    /** The document as HTML (body only), with the project's data. */
    public Document html(String source) {
        return html(source, project);
    }

    /** The document as HTML with another project's data, through the same Asciidoctor. */
    public Document html(String source, Path project) {
        return convert(source, project, false);
    }

    /** The document as a whole HTML page (head, the page's script and the cells' details), with the project's data. */
    public Document page(String source) {
        return convert(source, project, true);
    }

    private Document convert(String source, Path project, boolean standalone) {
        log.clear();
        String out = asciidoctor.convert(source, Options.builder().safe(SafeMode.SAFE).standalone(standalone)
                .sourcemap(true).baseDir(project.toFile()).attributes(Attributes.builder().sectionNumbers(true)
                        .attribute("table-caption", "表").attribute("figure-caption", "图")
                        .attribute("appendix-caption", "附件").attribute("audit-project", project.toString())
                        .build()).build());
        return Jsoup.parse(out);
    }

    /** What the rendering logged above INFO (INFO carries the phase timings). */
    public List<LogRecord> log() {
        return log.stream().filter(r -> r.getSeverity() != null
                && r.getSeverity().ordinal() > org.asciidoctor.log.Severity.INFO.ordinal()).toList();
    }

    /** The texts of the open items under a table: in the blocks after it, up to the next table. */
    public static List<String> openItemsUnder(Element table) {
        List<String> texts = new ArrayList<>();
        for (Element next = table.nextElementSibling(); next != null && !next.is("table.tableblock");
                next = next.nextElementSibling()) {
            texts.addAll(next.select(".audit-open").eachText());
        }
        return texts;
    }

    /** The table whose caption names worksheet {@code number} (…（工作表2-4）or 工作表2-4 …). */
    public static Element worksheet(Document html, String number) {
        for (Element table : html.select("table.tableblock")) {
            Element caption = table.selectFirst("caption");
            if (caption != null && (caption.text().contains("（工作表" + number + "）")
                    || caption.text().startsWith("工作表" + number + " "))) {
                return table;
            }
        }
        throw new AssertionError("no table of worksheet " + number);
    }

    /** The first table whose caption contains {@code title}. */
    public static Element titled(Document html, String title) {
        return html.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption") != null && t.selectFirst("caption").text().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + title));
    }

    /** The rows of a table (header, body and footer) as lists of cell texts. */
    public static List<List<String>> cells(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            rows.add(tr.select("th, td").stream().map(Element::text).toList());
        }
        return rows;
    }

    /** A table as golden-file text: the caption, then one line per row with cells joined by " | ". */
    public static String text(Element table) {
        Element caption = table.selectFirst("caption");
        return (caption == null ? "" : caption.text() + "\n") + cells(table).stream()
                .map(row -> String.join(" | ", row)).collect(Collectors.joining("\n")) + "\n";
    }

    /** The row whose first cells start with {@code leading} (e.g. an enterprise and an energy type). */
    public static List<String> row(Element table, String... leading) {
        for (List<String> row : cells(table)) {
            if (row.size() >= leading.length && row.subList(0, leading.length).equals(List.of(leading))) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + List.of(leading) + " in\n" + text(table));
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
