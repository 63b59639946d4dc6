package io.github.cpaudit.tables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cpaudit.calc.ExplanationText;
import io.github.cpaudit.calc.FigureFormatter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 计算说明 of a table's marked cells as data for the HTML page, one JSON object per table:
 * {@code {"lines":["…",…],"cells":{"audit-cell-7":[0,3,4],…}}}. Each distinct line is written once
 * and a cell lists its lines by number: the formula and the coefficients of a column repeat in every
 * row, and on 500 enterprises a title per cell made the page a fifth larger.
 */
public final class CellDetails {

    /**
     * Input rows a cell's details list: fewer than a figure's, since a table of 500 enterprises carries
     * thousands of them in one page; the rest are counted and left to audit:explain.
     */
    public static final int SHOWN_INPUTS = 6;

    private static final JsonFactory JSON = new JsonFactory();

    /** A marked cell: its element id, its table ({@code 2-4}, {@code carbon}) and how it came about. */
    public record Cell(String id, String table, TracedCell traced) { }

    private CellDetails() {
    }

    /**
     * The cells' details as a JSON object that can stand in a {@code <script>} element: {@code <},
     * {@code >} and {@code &} are written as {@code \\u003c} etc. (outside strings JSON has none), so
     * no text from the data can end the element.
     */
    static String json(List<Cell> cells, FigureFormatter formatter) {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> lines = new ArrayList<>();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("cells");
            for (Cell cell : cells) {
                json.writeArrayFieldStart(cell.id());
                for (String line : lines(cell, formatter)) {
                    Integer number = numbers.get(line);
                    if (number == null) {
                        number = lines.size();
                        numbers.put(line, number);
                        lines.add(line);
                    }
                    json.writeNumber(number);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("lines");
            for (String line : lines) {
                json.writeString(line);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The lines the page shows for a cell: at most {@link #SHOWN_INPUTS} input rows, then where to see all. */
    private static List<String> lines(Cell cell, FigureFormatter formatter) {
        return ExplanationText.lines(cell.traced().explanation(), formatter, "  ", SHOWN_INPUTS,
                "（全部：mvn audit:explain -Daudit.cell=" + cell.table() + ":" + cell.traced().address() + "）");
    }
}
