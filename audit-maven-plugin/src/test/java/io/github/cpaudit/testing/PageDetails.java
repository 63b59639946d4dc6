package io.github.cpaudit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The 计算说明 of an HTML page's marked table cells as its script reads them: the JSON data element
 * at the page's end, each cell's lines by its element id. Read here with a JSON parser, not with the
 * page's own code, so a test sees what a browser would parse.
 */
public final class PageDetails {

    private final Map<String, List<String>> cells = new LinkedHashMap<>();

    private PageDetails(Document page) {
        Element data = page.getElementById("audit-cell-details");
        if (data == null) {
            return;
        }
        try {
            for (JsonNode table : new ObjectMapper().readTree(data.data())) {
                List<String> lines = new ArrayList<>();
                table.get("lines").forEach(line -> lines.add(line.asText()));
                table.get("cells").fields().forEachRemaining(cell -> {
                    List<String> of = new ArrayList<>();
                    cell.getValue().forEach(n -> of.add(lines.get(n.asInt())));
                    cells.put(cell.getKey(), of);
                });
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PageDetails of(Document page) {
        return new PageDetails(page);
    }

    /** The lines of the cell (an element with role audit-trace and an id), or empty when the page has none for it. */
    public List<String> of(Element cell) {
        return cells.getOrDefault(cell.id(), List.of());
    }

    /** Every marked cell's lines, by element id, in the page's order. */
    public Map<String, List<String>> all() {
        return cells;
    }
}
