package io.github.cpaudit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The data collection checklist of Appendix B (spec/checklist.md), read from the worksheets jar:
 * what each enterprise hands in, by a stable id (B1.1 … B10.1). Worksheet 1-4 rolls up the
 * {@code checklist_status} table against it.
 */
public final class Checklist {

    static final String RESOURCE = "cpaudit/worksheets/checklist.yaml";

    /**
     * One item of the checklist.
     *
     * @param id        B1.1 … B10.1
     * @param category  资料类别, e.g. 原辅材料与能源
     * @param item      资料项, what is handed in
     * @param required  必需, 可选 or 条件必需
     * @param condition when a 条件必需 item is required (e.g. 强制审核企业), else {@code null}
     * @param kind      {@code data} (read as the table named) or {@code document} (only tracked)
     * @param table     the data table it feeds, or {@code null}
     * @param note      what else it feeds, or {@code null}
     * @param evidence  whether 评估/验收 asks for it as proof ({@code evidence: true}; the 验收证明材料清单 lists it)
     */
    public record Item(String id, String category, String item, String required, String condition, String kind,
            String table, String note, boolean evidence) {

        /** 必需, or 条件必需 where its condition holds (an enterprise it does not concern marks it 不适用). */
        public boolean isRequired() {
            return !"可选".equals(required);
        }

        /** 必需, 可选, or the condition: 条件必需（强制审核企业）. */
        public String requirement() {
            return condition == null ? required : required + "（" + condition + "）";
        }
    }

    private final List<Item> items;

    private Checklist(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** The checklist of the toolkit's worksheets jar. */
    public static Checklist bundled() {
        try (InputStream in = Checklist.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("checklist missing from the classpath: " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Item> items = new ArrayList<>();
            for (Object entry : (List<?>) root.get("items")) {
                Map<?, ?> e = (Map<?, ?>) entry;
                items.add(new Item(string(e, "id"), string(e, "category"), string(e, "item"), string(e, "required"),
                        string(e, "condition"), string(e, "kind"), string(e, "table"), string(e, "note"),
                        Boolean.TRUE.equals(e.get("evidence"))));
            }
            return new Checklist(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every item, in the checklist's order. */
    public List<Item> items() {
        return items;
    }

    /** The items 评估/验收 asks for as proof, in the checklist's order. */
    public List<Item> evidence() {
        return items.stream().filter(Item::evidence).toList();
    }

    public Optional<Item> find(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    private static String string(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
