package io.github.cpaudit.catalog;

import io.github.cpaudit.engine.ProjectView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name the document can ask for, by category: the computed worksheets, the report's tables, the
 * charts and the values, each a {@link Named} with its {@link Computation}. Built once from the
 * lists the tables, charts and values packages give; immutable.
 */
public final class Registry {

    private final Map<Category, Map<String, Named<?>>> plain = new EnumMap<>(Category.class);
    private final Map<Category, List<Named<?>>> families = new EnumMap<>(Category.class);

    /** @throws IllegalStateException when a name is given twice (a programming error) */
    public Registry(Collection<? extends Collection<? extends Named<?>>> lists) {
        for (Category category : Category.values()) {
            plain.put(category, new LinkedHashMap<>());
            families.put(category, new ArrayList<>());
        }
        for (Collection<? extends Named<?>> list : lists) {
            for (Named<?> entry : list) {
                if (entry.members() != null) {
                    families.get(entry.category()).add(entry);
                } else if (plain.get(entry.category()).putIfAbsent(entry.name(), entry) != null) {
                    throw new IllegalStateException(entry.category() + " registered twice: " + entry.name());
                }
            }
        }
    }

    /** The entry of a name that needs no data to be known (worksheets, tables, charts, fixed values). */
    public Optional<Named<?>> find(Category category, String name) {
        return Optional.ofNullable(plain.get(category).get(name));
    }

    /**
     * The entry of a name that needs no data to be known; a document error listing every name of
     * the category when there is none ({@code 未知的图表名称（unknown chart）：…，可用的有：…}).
     */
    public Named<?> require(Category category, String name) {
        return find(category, name).orElseThrow(() -> new RenderException("未知的" + category.chinese() + "名称（unknown "
                + category.key() + "）：" + name + "，可用的有：" + String.join("、", names(category))));
    }

    /** What the entry {@code name} of a category computes for the view's project, asked with {@code options}. */
    public <R> R compute(Category category, String name, ProjectView view, TableOptions options) {
        return compute(require(category, name), view, name, options);
    }

    /** The entry of {@code name} for the view's project: a plain one, or the family that lists it. */
    public Optional<Named<?>> find(Category category, String name, ProjectView view) {
        Optional<Named<?>> fixed = find(category, name);
        if (fixed.isPresent()) {
            return fixed;
        }
        return families.get(category).stream().filter(family -> family.names(view).contains(name)).findFirst();
    }

    /** The names of a category that need no data, in registration order. */
    public Set<String> names(Category category) {
        return plain.get(category).keySet();
    }

    /** Every name of a category for the view's project, families expanded, in registration order. */
    public Set<String> names(Category category, ProjectView view) {
        Set<String> names = new LinkedHashSet<>(names(category));
        families.get(category).forEach(family -> names.addAll(family.names(view)));
        return names;
    }

    /** The computation of an entry whose result type the caller knows from its category. */
    @SuppressWarnings("unchecked")
    public static <R> R compute(Named<?> entry, ProjectView view, String name, TableOptions options) {
        return ((Named<R>) entry).compute(view, name, options);
    }
}
