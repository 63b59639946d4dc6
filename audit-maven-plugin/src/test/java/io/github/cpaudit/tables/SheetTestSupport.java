package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the worksheet tests share: the example's raw CSV as strings, rounding written out by hand
 * (GB/T 8170, half to even) so that expected cells do not come from the engine's formatter, and
 * the check of a missing-data notice.
 */
final class SheetTestSupport {

    private final Path project;
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

    SheetTestSupport(Path project) {
        this.project = project;
    }

    /** The rows of {@code data/<name>.csv} by header text, without the example's later round (RoundSheetsTest's). */
    List<Map<String, String>> csv(String name) {
        return tables.computeIfAbsent(name, n -> RawCsv.readUpTo(project.resolve("data").resolve(n + ".csv"),
                RawCsv.EXAMPLE_BASELINE));
    }

    String name(String enterprise) {
        return csv("roster").stream().filter(r -> r.get("企业编号").equals(enterprise)).findFirst().orElseThrow()
                .get("企业名称");
    }

    BigDecimal sum(String table, String column, Predicate<Map<String, String>> rows) {
        return csv(table).stream().filter(rows).map(r -> r.get(column)).filter(v -> !v.isEmpty())
                .map(SheetTestSupport::dec).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ of the enterprise's 2025 outputs (the example counts every product in 万m²). */
    BigDecimal baselineOutput(String enterprise) {
        return sum("production", "产量", r -> r.get("企业编号").equals(enterprise) && r.get("年份").equals("2025"));
    }

    /** The enterprise's 2025 quantity of an energy type, in the unit the CSV gives. */
    BigDecimal energy(String enterprise, String type) {
        return sum("energy", "实物量", r -> r.get("企业编号").equals(enterprise) && r.get("年份").equals("2025")
                && r.get("能源品种").equals(type));
    }

    /** A book with every worksheet in a chapter of its own: {@code 2-16} or {@code 2-1[by=行业]}. */
    static String eachInChapter(String title, List<String> sheets) {
        StringBuilder source = new StringBuilder("= " + title + "\n:doctype: book\n\n");
        for (String sheet : sheets) {
            String number = sheet.replaceFirst("\\[.*", "");
            source.append("== 工作表").append(number).append("\n\n").append(macro(sheet)).append("\n\n");
        }
        return source.toString();
    }

    /** A book with the worksheets in one chapter. */
    static String inChapter(String chapter, String... sheets) {
        StringBuilder source = new StringBuilder("= 工作表\n:doctype: book\n\n== " + chapter + "\n\n");
        for (String sheet : sheets) {
            source.append(macro(sheet)).append("\n\n");
        }
        return source.toString();
    }

    private static String macro(String sheet) {
        return "worksheet::" + sheet + (sheet.contains("[") ? "" : "[]");
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    /** A number as the data give it: no trailing zeros. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Rounded half to even to {@code scale} decimals. */
    static String fixed(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Rounded half to even to {@code digits} significant digits, trailing zeros kept (4.050). */
    static String significant(BigDecimal value, int digits) {
        BigDecimal rounded = value.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int decimals = digits - 1 - (rounded.precision() - rounded.scale() - 1);
        return rounded.setScale(Math.max(decimals, 0), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The example project (audit.yaml, indicator system, reference files, data) without some data tables. */
    static void copyExampleWithout(Path target, String... tables) {
        Set<String> left = Set.of(tables);
        Path example = RenderedTables.EXAMPLE;
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = example.relativize(file);
                String top = relative.getName(0).toString();
                boolean wanted = relative.toString().equals("audit.yaml")
                        || Set.of("indicators", "reference", "data").contains(top);
                String fileName = relative.getFileName().toString();
                if (wanted && !(top.equals("data") && left.contains(fileName.replace(".csv", "")))) {
                    Files.createDirectories(target.resolve(relative).getParent());
                    Files.copy(file, target.resolve(relative));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worksheet shows one notice row naming the missing data, and a warning names it at the macro. */
    static void assertMissing(RenderedTables rendered, Document html, String number, String missing) {
        Element table = RenderedTables.worksheet(html, number);
        List<List<String>> cells = RenderedTables.cells(table);
        assertThat(cells).as("header and notice row of %s", number).hasSize(2);
        assertThat(cells.get(1)).containsExactly("【待补充】缺少数据：" + missing);
        assertThat(table.select("td .audit-open")).hasSize(1);
        assertThat(rendered.log()).anySatisfy(record -> {
            assertThat(record.getSeverity()).isEqualTo(Severity.WARN);
            assertThat(record.getMessage()).contains("缺少数据：" + missing, "worksheet::" + number + "[]");
        });
    }
}
