package io.github.cpaudit.project;

import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.data.IndustryCodes;
import io.github.cpaudit.data.YamlReader;
import io.github.cpaudit.model.CostClassLimits;
import io.github.cpaudit.model.EmissionFactor;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.NaturalGasNcv;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.Unit;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads {@code audit.yaml}, the project's facts. Every problem is reported with its line; the
 * toolkit's defaults fill what the file leaves out (8 % discount rate, 25 % tax, 5 % balance
 * tolerance, GB/T 8170 rounding, the national grid).
 */
public final class AuditYamlReader {

    public static final String FILE = "audit.yaml";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndustryCodes industryCodes;
    private final DataProblems problems;
    private final YamlReader yaml;

    public AuditYamlReader(IndustryCodes industryCodes, DataProblems problems) {
        this.industryCodes = industryCodes;
        this.problems = problems;
        this.yaml = new YamlReader(problems);
    }

    /** The project's facts, or empty when {@code audit.yaml} is missing or has a required value wrong. */
    public Optional<ProjectConfig> read(Path projectDir) {
        Optional<YamlReader.Value> root = yaml.read(projectDir.resolve(FILE), FILE);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.list().size();
        YamlReader.Value r = root.get();
        Optional<YamlReader.Value> industry = yaml.get(r, "industry", true);
        String industryName = industry.map(i -> text(i, "name", true)).orElse("");
        String industryCode = industry.flatMap(i -> yaml.get(i, "code", true)).map(this::industryCode).orElse("");
        String region = text(r, "region", true);
        int baselineYear = yaml.get(r, "baseline_year", true).flatMap(this::year).orElse(0);
        String organizer = text(r, "organizer", true);
        String consultant = text(r, "consultant", true);
        // optional: a project may start before it has chosen its indicator system (levels then show as missing)
        String system = text(r, "indicator_system", false);
        Path indicatorSystem = system == null ? null : projectDir.resolve(system);
        List<ProjectConfig.TeamMember> team = new ArrayList<>();
        yaml.get(r, "team", false).ifPresent(list -> yaml.items(list).forEach(m -> team.add(new ProjectConfig.TeamMember(
                text(m, "name", true), text(m, "role", true), text(m, "organization", false), text(m, "title", false),
                text(m, "major", false), text(m, "duty", false), text(m, "time", false)))));
        List<ProjectConfig.ScheduleItem> schedule = new ArrayList<>();
        yaml.get(r, "schedule", false).ifPresent(list -> yaml.items(list).forEach(s -> schedule.add(
                new ProjectConfig.ScheduleItem(text(s, "phase", true), text(s, "work", true), date(s, "start"),
                        date(s, "end"), text(s, "owner", false), text(s, "output", false)))));

        Optional<YamlReader.Value> factors = yaml.get(r, "factors", false);
        Optional<YamlReader.Value> grid = factors.flatMap(f -> yaml.get(f, "grid", false));
        String gridRegion = grid.flatMap(g -> yaml.get(g, "region", false)).flatMap(yaml::text).orElse(GridFactor.NATIONAL);
        GridFactor gridFactor = grid.flatMap(g -> yaml.get(g, "value", false)).flatMap(yaml::decimal)
                .map(value -> new GridFactor(gridRegion,
                        grid.flatMap(g -> yaml.get(g, "year", true)).flatMap(this::year).orElse(0), value,
                        grid.map(g -> text(g, "source", true)).orElse("")))
                .orElse(null);
        BigDecimal ncv = factors.flatMap(f -> yaml.get(f, "natural_gas_ncv", false)).flatMap(this::naturalGasNcv)
                .orElse(null);
        Map<EnergyType, StandardCoalCoefficients.Coefficient> coal = new EnumMap<>(EnergyType.class);
        factors.flatMap(f -> yaml.get(f, "standard_coal", false)).ifPresent(map -> overrides(map, (type, factor) ->
                coal.put(type, new StandardCoalCoefficients.Coefficient(factor.value(), factor.unit(), factor.basis()))));
        Map<EnergyType, EmissionFactor> co2 = new EnumMap<>(EnergyType.class);
        factors.flatMap(f -> yaml.get(f, "co2", false)).ifPresent(map -> overrides(map, (type, factor) ->
                co2.put(type, new EmissionFactor(factor.value(), factor.unit(), factor.basis()))));

        Optional<YamlReader.Value> economics = yaml.get(r, "economics", false);
        CostClassLimits costClasses = economics.flatMap(e -> yaml.get(e, "cost_classes", false))
                .map(c -> new CostClassLimits(decimal(c, "low_max"), decimal(c, "medium_max"))).orElse(null);
        Map<String, BigDecimal> payback = new HashMap<>();
        economics.flatMap(e -> yaml.get(e, "accepted_payback", false)).ifPresent(p -> {
            yaml.get(p, "medium", false).flatMap(yaml::decimal).ifPresent(v -> payback.put("中费", v));
            yaml.get(p, "high", false).flatMap(yaml::decimal).ifPresent(v -> payback.put("高费", v));
        });
        BigDecimal discount = percent(economics, "discount_rate", new BigDecimal(8));
        BigDecimal tax = percent(economics, "tax_rate", new BigDecimal(25));
        BigDecimal tolerance = yaml.get(r, "balance_tolerance", false).flatMap(yaml::decimal).orElse(new BigDecimal(5));
        RoundingMode rounding = yaml.get(r, "rounding", false).flatMap(this::rounding).orElse(RoundingMode.HALF_EVEN);
        Optional<YamlReader.Value> reference = yaml.get(r, "reference", false);
        Path energyLimits = reference.flatMap(ref -> yaml.get(ref, "energy_limits", false)).flatMap(yaml::text)
                .map(projectDir::resolve).orElse(null);
        Path emissionLimits = reference.flatMap(ref -> yaml.get(ref, "emission_limits", false)).flatMap(yaml::text)
                .map(projectDir::resolve).orElse(null);
        RoundsSetting rounds = yaml.get(r, "rounds", false).flatMap(v -> rounds(v, projectDir, baselineYear))
                .orElse(null);

        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProjectConfig(industryName, industryCode, region, baselineYear, organizer, consultant,
                indicatorSystem, team, schedule, gridRegion, gridFactor, ncv, costClasses, payback, discount, tax,
                tolerance, rounding, energyLimits, emissionLimits, coal, co2, rounds));
    }

    /**
     * {@code rounds: {after: 2026}} (a later round's rows in data/) or {@code rounds: {previous: ../folder}}
     * (the previous audit's project), with optional {@code before_name}, {@code after_name} and
     * {@code tolerance} (%).
     */
    private Optional<RoundsSetting> rounds(YamlReader.Value value, Path projectDir, int baselineYear) {
        Optional<YamlReader.Value> after = yaml.get(value, "after", false);
        Optional<YamlReader.Value> previous = yaml.get(value, "previous", false);
        if (after.isPresent() == previous.isPresent()) {
            yaml.problem(value, "rounds without one earlier or later round", "审核轮次（rounds）要写且只写一项",
                    "after: 实施后一轮的年份（如 2026），或 previous: 上一轮审核项目的文件夹",
                    after.isPresent() ? "after 和 previous 都写了" : "两项都没有");
            return Optional.empty();
        }
        Integer afterYear = null;
        Path previousDir = null;
        if (after.isPresent()) {
            afterYear = year(after.get()).orElse(null);
            if (afterYear == null) {
                return Optional.empty();
            }
            if (baselineYear > 0 && afterYear <= baselineYear) {
                yaml.problem(after.get(), "later round not after the baseline", "实施后一轮的年份应晚于基准年",
                        "晚于 " + baselineYear + " 的年份", String.valueOf(afterYear));
                return Optional.empty();
            }
        } else {
            String folder = yaml.text(previous.get()).orElse(null);
            if (folder == null) {
                return Optional.empty();
            }
            previousDir = projectDir.resolve(folder).toAbsolutePath().normalize();
            if (previousDir.equals(projectDir.toAbsolutePath().normalize())
                    || !Files.isRegularFile(previousDir.resolve(FILE))) {
                yaml.problem(previous.get(), "previous project not found", "找不到上一轮审核的项目",
                        "一个含 " + FILE + " 的项目文件夹（相对本项目文件夹），且不是本项目", folder);
                return Optional.empty();
            }
        }
        BigDecimal tolerance = yaml.get(value, "tolerance", false).flatMap(yaml::decimal)
                .orElse(RoundsSetting.DEFAULT_TOLERANCE);
        return Optional.of(new RoundsSetting(afterYear, previousDir, text(value, "before_name", false),
                text(value, "after_name", false), tolerance, value.at()));
    }

    /** A factor a project sets for an energy type: per one {@code unit} of it, with its basis. */
    private record Factor(BigDecimal value, Unit unit, String basis) {
    }

    /**
     * Reads {@code 能源品种: {value: …, unit: …, basis: …}} entries: the value per one unit of the
     * energy (kgce for standard coal, tCO2 for CO2) and where it comes from, which the report names.
     */
    private void overrides(YamlReader.Value map, BiConsumer<EnergyType, Factor> add) {
        if (!(map.node() instanceof MappingNode mapping)) {
            yaml.problem(map, "not a mapping", "不是“能源品种: {value, unit, basis}”的结构", "按能源品种列出的系数", "其他结构");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = ((ScalarNode) tuple.getKeyNode()).getValue();
            Optional<YamlReader.Value> entry = yaml.get(map, name, true);
            if (entry.isEmpty()) {
                continue;
            }
            Optional<EnergyType> named = EnergyType.find(name);
            if (named.isEmpty()) {
                yaml.problem(entry.get(), "unknown energy type", "未知的能源品种", "GB/T 2589 中的能源品种，如 原煤、天然气、电力", name);
                continue;
            }
            EnergyType type = named.get();
            Optional<BigDecimal> value = yaml.get(entry.get(), "value", true).flatMap(yaml::decimal);
            Optional<Unit> unit = yaml.get(entry.get(), "unit", true).flatMap(v -> yaml.text(v).flatMap(text -> {
                Optional<Unit> found = Unit.find(text);
                if (found.isEmpty()) {
                    yaml.problem(v, "unknown unit", "未知的单位", "能源的计量单位，如 t、m³、kWh", text);
                }
                return found;
            }));
            String basis = text(entry.get(), "basis", true);
            if (value.isPresent() && unit.isPresent() && !basis.isEmpty()) {
                add.accept(type, new Factor(value.get(), unit.get(), basis));
            }
        }
    }

    /** A natural gas NCV in kJ/m³ whose standard-coal coefficient lies in GB/T 2589's range. */
    private Optional<BigDecimal> naturalGasNcv(YamlReader.Value value) {
        return yaml.decimal(value).filter(kj -> {
            if (NaturalGasNcv.of(kj.toPlainString(), "audit.yaml").inRange()) {
                return true;
            }
            yaml.problem(value, "natural gas NCV out of range", "天然气低位发热量不在合理范围内",
                    "约 32,238–38,979 kJ/m³（折标系数 1.1000–1.3300 kgce/m³）", kj.toPlainString() + " kJ/m³");
            return false;
        });
    }

    private String industryCode(YamlReader.Value value) {
        return yaml.text(value).flatMap(code -> {
            Optional<String> known = industryCodes.normalise(code);
            if (known.isEmpty()) {
                yaml.problem(value, "unknown industry code", "行业代码不存在", IndustryCodes.EDITION + " 中的代码，如 C3360", code);
            }
            return known;
        }).orElse("");
    }

    private Optional<Integer> year(YamlReader.Value value) {
        return yaml.text(value).flatMap(text -> {
            if (text.matches("(19|20)\\d{2}")) {
                return Optional.of(Integer.valueOf(text));
            }
            yaml.problem(value, "bad year", "年份格式不对", "四位年份，如 2025", text);
            return Optional.empty();
        });
    }

    private LocalDate date(YamlReader.Value map, String key) {
        return yaml.get(map, key, false).flatMap(value -> yaml.text(value).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                yaml.problem(value, "bad date", "日期格式不对", "2026-03-01 这样的日期", text);
                return Optional.empty();
            }
        })).orElse(null);
    }

    /** A rate written in percent (8 for 8 %), returned as a fraction. */
    private BigDecimal percent(Optional<YamlReader.Value> map, String key, BigDecimal defaultPercent) {
        BigDecimal percent = map.flatMap(m -> yaml.get(m, key, false)).flatMap(yaml::decimal).orElse(defaultPercent);
        return percent.divide(HUNDRED);
    }

    private Optional<RoundingMode> rounding(YamlReader.Value value) {
        return yaml.text(value).flatMap(text -> switch (text) {
            case "half-even", "四舍六入五成双" -> Optional.of(RoundingMode.HALF_EVEN);
            case "half-up", "四舍五入" -> Optional.of(RoundingMode.HALF_UP);
            default -> {
                yaml.problem(value, "unknown rounding", "不是已知的修约方式", "half-even（四舍六入五成双）或 half-up（四舍五入）", text);
                yield Optional.empty();
            }
        });
    }

    private BigDecimal decimal(YamlReader.Value map, String key) {
        return yaml.get(map, key, true).flatMap(yaml::decimal).orElse(null);
    }

    private String text(YamlReader.Value map, String key, boolean required) {
        return yaml.get(map, key, required).flatMap(yaml::text).orElse(required ? "" : null);
    }
}
