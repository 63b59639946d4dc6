package io.github.cpaudit.explain;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.problem.AuditException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code audit:explain} without Maven: loads the project once and prints the chain of each figure
 * and cell asked for, one line at a time.
 */
public final class ProjectExplanation {

    private final Consumer<String> out;

    /** @param out where each line goes (the Maven log's info) */
    public ProjectExplanation(Consumer<String> out) {
        this.out = out;
    }

    /**
     * Prints the explanations of {@code value} and {@code cell}, either may be {@code null} but not both.
     *
     * @throws AuditException when nothing is asked, or what is asked is not known
     */
    public void print(Path projectDir, String value, String cell) {
        boolean noValue = value == null || value.isBlank();
        boolean noCell = cell == null || cell.isBlank();
        if (noValue && noCell) {
            throw new AuditException("没有指定要说明的数值或单元格（nothing to explain）：请给出 -Daudit.value=键（如 "
                    + "energy.total.tce）或 -Daudit.cell=表:企业:列（如 2-4:E03:综合能耗）");
        }
        FigureExplainer explainer = new FigureExplainer(ProjectView.load(projectDir));
        List<String> lines = new ArrayList<>();
        if (!noValue) {
            lines.addAll(explainer.value(value));
        }
        if (!noCell) {
            lines.addAll(explainer.cell(cell));
        }
        lines.forEach(out);
    }
}
