package io.github.cpaudit.asciidoc;

import io.github.cpaudit.tables.TableRenderer;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.DocinfoProcessor;
import org.asciidoctor.extension.Location;
import org.asciidoctor.extension.LocationType;

/**
 * At the end of an HTML page, the 计算说明 of every marked table cell the page shows, as one JSON
 * data element ({@code <script type="application/json" id="audit-cell-details">}) that audit-trace.js
 * reads on a hover or a click. The cells themselves carry only an id: a title per cell made the
 * page of 500 enterprises a fifth larger and cost an extension call per cell on every render.
 */
@Location(LocationType.FOOTER)
final class CellDetailsDocinfo extends DocinfoProcessor {

    /** The element the page's script reads. */
    static final String DATA_ID = "audit-cell-details";

    private final ProjectSession session;

    CellDetailsDocinfo(ProjectSession session) {
        this.session = session;
    }

    @Override
    public String process(Document document) {
        List<Integer> placed = session.placedDetails(document);
        if (!HtmlStyleDocinfo.isHtml(document) || placed.isEmpty()) {
            return "";
        }
        TableRenderer renderer = session.renderer(document, this);
        List<String> tables = new ArrayList<>();
        for (int number : placed) {
            String json = renderer.details(number);
            if (!json.isEmpty()) {
                tables.add(json);
            }
        }
        return "<script type=\"application/json\" id=\"" + DATA_ID + "\">[" + String.join(",", tables) + "]</script>";
    }
}
