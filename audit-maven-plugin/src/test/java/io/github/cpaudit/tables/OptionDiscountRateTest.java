package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An option's own discount rate (options.折现率) drives its NPV, NPVR and IRR test; an option
 * without one uses the project's (audit.yaml, here 6 %). Worksheet 2-18 of engine-project, with
 * F01 at 8 % and F03 at the project's 6 %.
 */
class OptionDiscountRateTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    @TempDir
    static Path temp;
    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() throws IOException {
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), temp.resolve("project"));
        ProjectCopy.replace(project.resolve("audit.yaml"), "discount_rate: 8", "discount_rate: 6");
        Path options = project.resolve("data/options.csv");
        List<String> lines = Files.readAllLines(options, StandardCharsets.UTF_8);
        StringBuilder withRates = new StringBuilder(lines.get(0) + ",折现率\n");
        for (String line : lines.subList(1, lines.size())) {
            withRates.append(line).append(line.startsWith("F01,") ? ",8%" : ",").append('\n');
        }
        Files.writeString(options, withRates.toString(), StandardCharsets.UTF_8);
        tables = new RenderedTables(project);
        html = tables.html("= 报告\n:doctype: book\n\n== 方案\n\nworksheet::2-18[]\n");
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void anOptionWithItsOwnRateIsDiscountedAtIt() {
        // formulas.md §5: I = 100, P = 30, n = 10, t = 25 % → D = 10, F = 30 − 0.25·(30 − 10) = 25;
        // at 8 %: NPV = 25 × 6.7101 − 100 = 67.75 (at the project's 6 % it would be 25 × 7.3601 − 100 = 84.00)
        BigDecimal npv = npv(new BigDecimal("25"), BigDecimal.ZERO, new BigDecimal("100"), 10, new BigDecimal("0.08"));
        assertThat(npv.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).isEqualTo("67.75");
        List<String> f01 = row("F01");
        assertThat(f01.get(6)).isEqualTo("67.75");
        assertThat(f01.get(7)).isEqualTo("0.678"); // NPVR = 67.75 / 100
    }

    @Test
    void anOptionWithoutARateUsesTheProjects() {
        // F03: I = 120 − 20 subsidy = 100, P = 20, n = 10, residual 10 → D = (100 − 10) / 10 = 9,
        // F = 20 − 0.25·(20 − 9) = 17.25; at 6 %: NPV = 17.25 × 7.36009 + 10 / 1.06^10 − 100 = 32.55
        BigDecimal npv = npv(new BigDecimal("17.25"), BigDecimal.TEN, new BigDecimal("100"), 10, new BigDecimal("0.06"));
        assertThat(npv.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).isEqualTo("32.55");
        assertThat(row("F03").get(6)).isEqualTo("32.55");
    }

    @Test
    void theNoteNamesTheOwnRate() {
        Element table = RenderedTables.worksheet(html, "2-18");
        List<List<String>> cells = RenderedTables.cells(table);
        assertThat(cells.get(cells.size() - 1).get(0)).contains("基准折现率 6% 计算", "F01 按 8%");
    }

    /** Σ_{j=1..n} F/(1+i)^j + residual/(1+i)^n − I, summed term by term. */
    private static BigDecimal npv(BigDecimal cashFlow, BigDecimal residual, BigDecimal investment, int years,
            BigDecimal rate) {
        BigDecimal sum = investment.negate();
        BigDecimal discount = BigDecimal.ONE;
        for (int j = 1; j <= years; j++) {
            discount = discount.divide(BigDecimal.ONE.add(rate), MC);
            sum = sum.add(cashFlow.multiply(discount, MC));
        }
        return sum.add(residual.multiply(discount, MC));
    }

    private static List<String> row(String option) {
        return RenderedTables.cells(RenderedTables.worksheet(html, "2-18")).stream()
                .filter(cells -> cells.get(0).startsWith(option)).findFirst().orElseThrow();
    }
}
