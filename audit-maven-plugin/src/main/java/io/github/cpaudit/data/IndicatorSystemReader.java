package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.FirstLevelIndicator;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorGroup;
import io.github.cpaudit.model.IndicatorItem;
import io.github.cpaudit.model.IndicatorSystem;
import io.github.cpaudit.model.LevelRuleSet;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an industry's indicator system (清洁生产评价指标体系) from its YAML file:
 * <pre>
 * name: 电镀行业清洁生产评价指标体系（示例）
 * source: 参照《电镀行业清洁生产评价指标体系》（2015）编制
 * illustrative: true
 * levels: [Ⅰ级, Ⅱ级, Ⅲ级]
 * first_level:
 *   - {id: B, name: 资源消耗指标, weight: 0.10, indicators: [
 *       {id: B1, name: 单位产品每次清洗取水量, unit: L/m², weight: 1, direction: "≤",
 *        benchmarks: [8, 24, 40], limiting: true}]}
 *   - {id: C, name: 资源综合利用指标, weight: 0.18, indicators: [
 *       {id: C1, name: 水的重复利用率, unit: "%", weight: 0.2, direction: "≥", benchmarks: [60, 40, 30]},
 *       {id: CM, name: 金属利用率, weight: 0.8, members: [ … ]}]}
 * </pre>
 * A qualitative indicator has {@code direction: 定性} and one {@code requirements} text per level.
 * Structural mistakes are reported at their line; the system's own checks (weights, benchmark
 * order) name the indicator.
 */
public final class IndicatorSystemReader {

    private final DataProblems problems;
    private final YamlReader yaml;

    public IndicatorSystemReader(DataProblems problems) {
        this.problems = problems;
        this.yaml = new YamlReader(problems);
    }

    public Optional<IndicatorSystemFile> read(Path projectDir, Path file) {
        String shown = ProjectPaths.relative(projectDir.toAbsolutePath().normalize(), file);
        Optional<YamlReader.Value> root = yaml.read(file, shown);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.list().size();
        // first, so that the writer's first message names the cause, not its consequences
        percentWeights(root.get());
        String name = yaml.get(root.get(), "name", true).flatMap(yaml::text).orElse("");
        String source = yaml.get(root.get(), "source", true).flatMap(yaml::text).orElse("");
        boolean illustrative = yaml.get(root.get(), "illustrative", false).flatMap(yaml::bool).orElse(false);
        List<String> levels = yaml.get(root.get(), "levels", false)
                .map(v -> yaml.items(v).stream().flatMap(item -> yaml.text(item).stream()).toList())
                .orElse(List.of("Ⅰ级", "Ⅱ级", "Ⅲ级"));
        List<FirstLevelIndicator> firstLevel = new ArrayList<>();
        yaml.get(root.get(), "first_level", true).ifPresent(list -> {
            for (YamlReader.Value first : yaml.items(list)) {
                firstLevel(first, levels.size()).ifPresent(firstLevel::add);
            }
        });
        if (problems.list().size() > before) {
            return Optional.empty(); // a half-read system would only add confusing follow-up errors
        }
        try {
            IndicatorSystem system = new IndicatorSystem(name, levels, firstLevel, LevelRuleSet.tongze2013());
            return Optional.of(new IndicatorSystemFile(system, source, illustrative, shown));
        } catch (AuditException e) {
            problems.add(Problem.data(new Source(shown, "", 0).cell(null), "invalid indicator system", e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Weights written as percentages (33, 10 … summing to 100 instead of 0.33, 0.10 … summing to
     * 1): one problem per list of weights, at its first weight above 1, saying so and what to write.
     * A weight is a share of 1 (or of its first-level weight), so none is ever above 1. Read with
     * a reader of its own, so that structural mistakes are reported once, by the reading itself.
     */
    private void percentWeights(YamlReader.Value root) {
        YamlReader quiet = new YamlReader(new DataProblems());
        List<YamlReader.Value> firsts = quiet.get(root, "first_level", false).map(quiet::items).orElse(List.of());
        percentWeights(quiet, firsts, "一级指标");
        for (YamlReader.Value first : firsts) {
            String name = quiet.get(first, "name", false).flatMap(quiet::text).orElse("");
            percentWeights(quiet, quiet.get(first, "indicators", false).map(quiet::items).orElse(List.of()),
                    "一级指标“" + name + "”下的二级指标");
        }
    }

    private void percentWeights(YamlReader quiet, List<YamlReader.Value> entries, String which) {
        BigDecimal sum = BigDecimal.ZERO;
        YamlReader.Value first = null;
        BigDecimal firstWeight = null;
        for (YamlReader.Value entry : entries) {
            Optional<YamlReader.Value> weight = quiet.get(entry, "weight", false);
            Optional<BigDecimal> value = weight.flatMap(quiet::decimal);
            if (value.isEmpty()) {
                continue;
            }
            sum = sum.add(value.get());
            if (first == null && value.get().compareTo(BigDecimal.ONE) > 0) {
                first = weight.get();
                firstWeight = value.get();
            }
        }
        if (first != null) {
            problems.add(Problem.data(first.at(), "percent weights", which + "的权重写成了百分数（percent weights）："
                    + "权重应为小数（合计为 1），实为百分数 " + plain(firstWeight) + "（合计 "
                    + plain(sum) + "）；请改为 " + plain(firstWeight.movePointLeft(2))
                    + "，其余权重同样除以 100"));
        }
    }

    private Optional<FirstLevelIndicator> firstLevel(YamlReader.Value first, int levels) {
        String id = required(first, "id");
        String name = required(first, "name");
        BigDecimal weight = yaml.get(first, "weight", true).flatMap(yaml::decimal).orElse(null);
        List<IndicatorItem> items = new ArrayList<>();
        yaml.get(first, "indicators", true).ifPresent(list -> {
            for (YamlReader.Value item : yaml.items(list)) {
                if (yaml.get(item, "members", false).isPresent()) {
                    group(item, levels).ifPresent(items::add);
                } else {
                    indicator(item, levels, true).ifPresent(items::add);
                }
            }
        });
        return Optional.of(new FirstLevelIndicator(id, name, weight, items));
    }

    private Optional<IndicatorItem> group(YamlReader.Value group, int levels) {
        List<Indicator> members = new ArrayList<>();
        yaml.get(group, "members", true).ifPresent(list -> {
            for (YamlReader.Value member : yaml.items(list)) {
                indicator(member, levels, false).ifPresent(members::add);
            }
        });
        BigDecimal weight = yaml.get(group, "weight", true).flatMap(yaml::decimal).orElse(null);
        return Optional.of(new IndicatorGroup(required(group, "id"), required(group, "name"), weight, members));
    }

    /** One indicator; group members carry no weight of their own (the group's is split equally). */
    private Optional<Indicator> indicator(YamlReader.Value item, int levels, boolean weighted) {
        String id = required(item, "id");
        String name = required(item, "name");
        BigDecimal weight = weighted ? yaml.get(item, "weight", true).flatMap(yaml::decimal).orElse(null) : null;
        boolean limiting = yaml.get(item, "limiting", false).flatMap(yaml::bool).orElse(false);
        Optional<YamlReader.Value> directionValue = yaml.get(item, "direction", true);
        Direction direction = directionValue.flatMap(v -> direction(v)).orElse(null);
        if (direction == null) {
            return Optional.empty();
        }
        if (direction == Direction.QUALITATIVE) {
            List<String> requirements = yaml.get(item, "requirements", true)
                    .map(v -> texts(v, levels)).orElse(List.of());
            return Optional.of(new Indicator(id, name, "", weight, direction, List.of(), requirements, limiting));
        }
        String unit = yaml.get(item, "unit", false).flatMap(yaml::text).orElse("");
        List<BigDecimal> benchmarks = new ArrayList<>();
        yaml.get(item, "benchmarks", true).ifPresent(list -> {
            List<YamlReader.Value> values = yaml.items(list);
            if (values.size() != levels) {
                yaml.problem(list, "benchmark count", "基准值个数不对", levels + " 个（每个级别一个）", values.size() + " 个");
            }
            values.forEach(v -> yaml.decimal(v).ifPresent(benchmarks::add));
        });
        return Optional.of(new Indicator(id, name, unit, weight, direction, benchmarks, List.of(), limiting));
    }

    private Optional<Direction> direction(YamlReader.Value value) {
        return yaml.text(value).flatMap(text -> switch (text) {
            case "≤", "<=", "lower", "越低越好" -> Optional.of(Direction.LOWER_IS_BETTER);
            case "≥", ">=", "higher", "越高越好" -> Optional.of(Direction.HIGHER_IS_BETTER);
            case "定性", "qualitative" -> Optional.of(Direction.QUALITATIVE);
            default -> {
                yaml.problem(value, "unknown direction", "不是已知的指标方向", "≤、≥ 或 定性", text);
                yield Optional.empty();
            }
        });
    }

    private List<String> texts(YamlReader.Value list, int levels) {
        List<YamlReader.Value> values = yaml.items(list);
        if (values.size() != levels) {
            yaml.problem(list, "requirement count", "定性要求的条数不对", levels + " 条（每个级别一条）", values.size() + " 条");
        }
        return values.stream().flatMap(v -> yaml.text(v).stream()).toList();
    }

    /** A number as written, without trailing zeros (33, 0.33). */
    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private String required(YamlReader.Value map, String key) {
        return yaml.get(map, key, true).flatMap(yaml::text).orElse("");
    }
}
