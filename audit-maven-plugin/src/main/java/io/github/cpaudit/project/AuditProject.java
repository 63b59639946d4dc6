package io.github.cpaudit.project;

import io.github.cpaudit.data.DataLoader;
import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.data.IndicatorSystemFile;
import io.github.cpaudit.data.IndicatorSystemReader;
import io.github.cpaudit.data.IndustryCodes;
import io.github.cpaudit.data.ModelMapper;
import io.github.cpaudit.data.ProjectTables;
import io.github.cpaudit.data.ReferenceLimitsReader;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.AuditRound;
import io.github.cpaudit.model.AuditRounds;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.AuditSettings;
import io.github.cpaudit.model.NaturalGasNcv;
import io.github.cpaudit.model.ReferenceLimitSet;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.IndicatorSystem;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An audit project on disk, read in one go: {@code audit.yaml}, its indicator system and the data
 * tables of {@code data/}, with every problem of all of them collected in one list.
 *
 * @param config   the project's facts, empty when {@code audit.yaml} could not be read
 * @param system   the indicator system, empty when missing or invalid
 * @param tables   the checked data tables
 * @param data     the domain records for the baseline year (empty lists when there is no config)
 * @param problems every problem found, in reading order
 * @param rounds   the two audit rounds the project compares, when {@code audit.yaml} names them
 */
public record AuditProject(Optional<ProjectConfig> config, Optional<IndicatorSystemFile> system, ProjectTables tables,
        AuditData data, DataProblems problems, Optional<AuditRounds> rounds) {

    public static AuditProject load(Path projectDir) {
        return load(projectDir, true);
    }

    /** @param withRounds false for a previous round's project: its own rounds are not this comparison's */
    private static AuditProject load(Path projectDir, boolean withRounds) {
        Path dir = projectDir.toAbsolutePath().normalize();
        DataProblems problems = new DataProblems();
        IndustryCodes codes = IndustryCodes.bundled();
        Optional<ProjectConfig> config = new AuditYamlReader(codes, problems).read(dir);
        Optional<IndicatorSystemFile> system = config.filter(c -> c.indicatorSystem() != null).flatMap(c ->
                new IndicatorSystemReader(problems).read(dir, c.indicatorSystem()));
        ProjectTables tables = new DataLoader(Schema.bundled(), codes).load(dir);
        tables.problems().list().forEach(problems::add);
        IndicatorSystem indicatorSystem = system.map(IndicatorSystemFile::system).orElse(null);
        AuditSettings settings = config.map(c -> settings(c, limits(dir, c.energyLimits(), problems),
                limits(dir, c.emissionLimits(), problems))).orElse(AuditSettings.defaults());
        int baselineYear = config.map(ProjectConfig::baselineYear).orElse(0);
        AuditData data = map(tables, baselineYear, indicatorSystem, config, settings, problems);
        Optional<AuditRounds> rounds = Optional.empty();
        RoundsSetting setting = config.map(ProjectConfig::rounds).orElse(null);
        if (withRounds && setting != null) {
            rounds = Optional.of(setting.afterYear() != null
                    ? laterRound(setting, data, map(tables, setting.afterYear(), indicatorSystem, config, settings,
                            problems), problems)
                    : previousRound(dir, setting, data, problems));
        }
        return new AuditProject(config, system, tables, data, problems, rounds);
    }

    /**
     * The data of one year. The mapper's problems that are not about that year's rows (a unit
     * column, an option) are the same for every year: each is reported once.
     */
    private static AuditData map(ProjectTables tables, int year, IndicatorSystem system,
            Optional<ProjectConfig> config, AuditSettings settings, DataProblems problems) {
        DataProblems found = new DataProblems();
        AuditData data = new ModelMapper(found).map(tables, year, system,
                config.map(ProjectConfig::gridRegion).orElse(GridFactor.NATIONAL),
                config.map(ProjectConfig::gridFactor).orElse(null), settings);
        found.list().stream().filter(problem -> !problems.list().contains(problem)).forEach(problems::add);
        return data;
    }

    /** This project's baseline year, then the later round's rows of {@code data/}. */
    private static AuditRounds laterRound(RoundsSetting setting, AuditData baseline, AuditData later,
            DataProblems problems) {
        AuditRound before = new AuditRound(name(setting.beforeName(), "审核基准年", baseline.baselineYear()),
                baseline.baselineYear(), baseline);
        AuditRound after = new AuditRound(name(setting.afterName(), "方案实施后", later.baselineYear()),
                later.baselineYear(), later);
        return new AuditRounds(before, after, setting.tolerance(),
                new RoundPairing(before, after, "", problems).comparable());
    }

    /** The previous audit's baseline year (its own settings and data), then this project's. */
    private static AuditRounds previousRound(Path dir, RoundsSetting setting, AuditData current,
            DataProblems problems) {
        AuditProject previous = load(setting.previous(), false);
        String folder = dir.relativize(setting.previous()).toString().replace('\\', '/') + "/";
        previous.problems().list().forEach(problem -> problems.add(relocated(problem, folder)));
        AuditData earlier = previous.data();
        AuditRound before = new AuditRound(name(setting.beforeName(), "上一轮审核", earlier.baselineYear()),
                earlier.baselineYear(), earlier, folder);
        AuditRound after = new AuditRound(name(setting.afterName(), "本轮审核", current.baselineYear()),
                current.baselineYear(), current);
        return new AuditRounds(before, after, setting.tolerance(),
                new RoundPairing(before, after, folder, problems).comparable());
    }

    private static String name(String given, String kind, int year) {
        return given != null && !given.isBlank() ? given : kind + "（" + year + " 年）";
    }

    /** A problem of the previous project, placed in its folder as seen from this project. */
    private static Problem relocated(Problem problem, String folder) {
        Location at = problem.location() instanceof Location.Cell cell
                ? Location.cell(folder + cell.path(), cell.sheet().orElse(""), cell.row(), cell.column().orElse(null))
                : problem.location();
        return new Problem(problem.kind(), problem.severity(), at, problem.key(), "上一轮审核项目（previous round）：" + problem.message());
    }

    private static ReferenceLimitSet limits(Path dir, Path file, DataProblems problems) {
        return file == null ? null : new ReferenceLimitsReader(problems).read(dir, file).orElse(null);
    }

    /** What the calculations need of the project's economics, tolerance, factors and limits. */
    private static AuditSettings settings(ProjectConfig config, ReferenceLimitSet energyLimits,
            ReferenceLimitSet emissionLimits) {
        Map<CostClass, BigDecimal> payback = new EnumMap<>(CostClass.class);
        config.acceptedPayback().forEach((name, years) ->
                CostClass.parse(name).ifPresent(costClass -> payback.put(costClass, years)));
        NaturalGasNcv gas = config.naturalGasNcv() == null ? null
                : NaturalGasNcv.of(config.naturalGasNcv().toPlainString(), "项目实测低位发热量（audit.yaml）");
        return new AuditSettings(config.costClasses(), payback, config.discountRate(), config.taxRate(),
                config.balanceTolerance(), gas, energyLimits, emissionLimits, config.coalOverrides(),
                config.co2Overrides());
    }
}
