package io.github.cpaudit.data;

import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.model.ReferenceLimit;
import io.github.cpaudit.model.ReferenceLimitSet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file of reference values (DESIGN.md: limits are data, with their source named):
 * <pre>
 * name: 电镀污染物排放限值（示例）
 * source: GB 21900-2008《电镀污染物排放标准》表2
 * illustrative: true
 * limits:
 *   - {category: 废水, subject: 总铬, max: 1.0, unit: mg/L}
 *   - {category: 废水, subject: pH, min: 6, max: 9, unit: 无量纲}
 * </pre>
 * A limit without {@code min} and {@code max}, or with {@code min} above {@code max}, is a problem
 * at its line.
 */
public final class ReferenceLimitsReader {

    private final YamlReader yaml;

    public ReferenceLimitsReader(DataProblems problems) {
        this.yaml = new YamlReader(problems);
    }

    public Optional<ReferenceLimitSet> read(Path projectDir, Path file) {
        String shown = ProjectPaths.relative(projectDir.toAbsolutePath().normalize(), file);
        return yaml.read(file, shown).map(root -> {
            List<ReferenceLimit> limits = new ArrayList<>();
            yaml.get(root, "limits", true).ifPresent(list -> {
                for (YamlReader.Value item : yaml.items(list)) {
                    limit(item).ifPresent(limits::add);
                }
            });
            return new ReferenceLimitSet(text(root, "name"), text(root, "source"),
                    yaml.get(root, "illustrative", false).flatMap(yaml::bool).orElse(false), limits);
        });
    }

    private Optional<ReferenceLimit> limit(YamlReader.Value item) {
        String category = text(item, "category");
        String subject = text(item, "subject");
        String unit = text(item, "unit");
        BigDecimal min = yaml.get(item, "min", false).flatMap(yaml::decimal).orElse(null);
        BigDecimal max = yaml.get(item, "max", false).flatMap(yaml::decimal).orElse(null);
        if (min == null && max == null) {
            yaml.problem(item, "limit without value", "限值没有数值", "max（上限）或 min（下限）", "都没有");
            return Optional.empty();
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            yaml.problem(item, "limit range reversed", "限值范围颠倒", "min 不大于 max",
                    min.toPlainString() + " > " + max.toPlainString());
            return Optional.empty();
        }
        return Optional.of(new ReferenceLimit(category, subject, min, max, unit, item.source()));
    }

    private String text(YamlReader.Value map, String key) {
        return yaml.get(map, key, true).flatMap(yaml::text).orElse("");
    }
}
