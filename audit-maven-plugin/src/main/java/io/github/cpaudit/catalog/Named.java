package io.github.cpaudit.catalog;

import io.github.cpaudit.engine.ProjectView;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One entry of the {@link Registry}: a name the document can ask for, its default title and its
 * computation. A family ({@code levels.<等级>.count}) answers to names that the project's data
 * give (every level of the indicator system); a plain entry to its own name only.
 *
 * @param category    what it is and which macro asks for it
 * @param name        the name as written in the macro, or the family's pattern for messages
 * @param title       the default caption (empty for values)
 * @param members     the names a family answers for a project; {@code null} for a plain entry
 * @param computation how it is computed
 * @param <R>         what it computes
 */
public record Named<R>(Category category, String name, String title, Function<ProjectView, Collection<String>> members,
        Computation<R> computation) {

    /** A plain entry, asked for by {@code name}. */
    public static <R> Named<R> of(Category category, String name, String title, Computation<R> computation) {
        return new Named<>(category, name, title, null, computation);
    }

    /** A family of names that {@code members} lists for a project, all computed by {@code computation}. */
    public static <R> Named<R> family(Category category, String pattern, Function<ProjectView, Collection<String>> members,
            Computation<R> computation) {
        return new Named<>(category, pattern, "", members, computation);
    }

    /** The names this entry answers for the view's project. */
    public Collection<String> names(ProjectView view) {
        return members == null ? List.of(name) : members.apply(view);
    }

    public R compute(ProjectView view, String asked, TableOptions options) {
        return computation.compute(view, asked, options);
    }
}
