package io.github.cpaudit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The worksheets of Appendix A, read from the catalog bundled with the worksheets jar. */
public final class WorksheetCatalog {

    static final String RESOURCE = "cpaudit/worksheets/catalog.yaml";

    private final Map<String, Worksheet> worksheets;

    private WorksheetCatalog(Map<String, Worksheet> worksheets) {
        this.worksheets = worksheets;
    }

    /** The catalog read once: it is the jar's own, the same for every project. */
    private static final class Bundled {
        static final WorksheetCatalog CATALOG = read();
    }

    /** The catalog of the toolkit's worksheets jar. */
    public static WorksheetCatalog bundled() {
        return Bundled.CATALOG;
    }

    private static WorksheetCatalog read() {
        try (InputStream in = WorksheetCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("worksheet catalog missing from the classpath: " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Worksheet> byNumber = new LinkedHashMap<>();
            for (Object entry : (List<?>) root.get("worksheets")) {
                Worksheet worksheet = worksheet((Map<?, ?>) entry);
                byNumber.put(worksheet.number(), worksheet);
            }
            return new WorksheetCatalog(java.util.Collections.unmodifiableMap(byNumber));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Worksheet> find(String number) {
        return Optional.ofNullable(worksheets.get(number));
    }

    /** Every worksheet, in the catalog's order (1-1 … 3-2). */
    public List<Worksheet> all() {
        return List.copyOf(worksheets.values());
    }

    private static Worksheet worksheet(Map<?, ?> entry) {
        List<Worksheet.Column> columns = new ArrayList<>();
        for (Object column : (List<?>) entry.get("columns")) {
            Map<?, ?> c = (Map<?, ?>) column;
            columns.add(new Worksheet.Column(String.valueOf(c.get("name")),
                    c.get("unit") == null ? null : String.valueOf(c.get("unit")),
                    Boolean.TRUE.equals(c.get("num")),
                    c.get("width") == null ? 1 : ((Number) c.get("width")).intValue()));
        }
        List<String> reads = new ArrayList<>();
        if (entry.get("reads") instanceof List<?> list) {
            list.forEach(item -> reads.add(String.valueOf(item)));
        }
        return new Worksheet(String.valueOf(entry.get("number")), String.valueOf(entry.get("title")),
                String.valueOf(entry.get("phase")), Boolean.TRUE.equals(entry.get("computed")),
                "sheet".equals(entry.get("form")), Boolean.TRUE.equals(entry.get("landscape")), reads, columns);
    }
}
