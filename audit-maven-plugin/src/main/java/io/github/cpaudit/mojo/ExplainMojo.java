package io.github.cpaudit.mojo;

import io.github.cpaudit.explain.ProjectExplanation;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints how a computed figure came about: {@code -Daudit.value=energy.total.tce} for a figure of
 * {@code audit:value[…]}, {@code -Daudit.cell=2-4:E03:综合能耗} for a cell of a computed table. The
 * chain is the formula, each input row ({@code data/energy.csv:4}) with its value and unit, and each
 * coefficient with its origin. Nothing is written.
 */
@Mojo(name = "explain", threadSafe = true)
public class ExplainMojo extends AbstractAuditMojo {

    /** The key of a figure, as in {@code audit:value[KEY]}, e.g. {@code energy.total.tce}. */
    @Parameter(property = "audit.value")
    private String value;

    /**
     * A cell of a computed table: {@code 表:企业:列} or {@code 表:企业:行:列}, e.g.
     * {@code 2-4:E03:综合能耗} or {@code 2-4:E03:天然气:折标准煤}.
     */
    @Parameter(property = "audit.cell")
    private String cell;

    @Override
    protected void run() {
        new ProjectExplanation(getLog()::info).print(projectDir(), value, cell);
    }
}
