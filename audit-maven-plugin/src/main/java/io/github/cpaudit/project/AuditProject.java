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
 */
public record AuditProject(Optional<ProjectConfig> config, Optional<IndicatorSystemFile> system, ProjectTables tables,
        AuditData data, DataProblems problems) {

    public static AuditProject load(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        DataProblems problems = new DataProblems();
        IndustryCodes codes = IndustryCodes.bundled();
        Optional<ProjectConfig> config = new AuditYamlReader(codes, problems).read(dir);
        Optional<IndicatorSystemFile> system = config.filter(c -> c.indicatorSystem() != null).flatMap(c ->
                new IndicatorSystemReader(problems).read(dir, c.indicatorSystem()));
        ProjectTables tables = new DataLoader(Schema.bundled(), codes).load(dir);
        tables.problems().list().forEach(problems::add);
        IndicatorSystem indicatorSystem = system.map(IndicatorSystemFile::system).orElse(null);
        AuditData data = new ModelMapper(problems).map(tables, config.map(ProjectConfig::baselineYear).orElse(0),
                indicatorSystem, config.map(ProjectConfig::gridRegion).orElse(GridFactor.NATIONAL),
                config.map(ProjectConfig::gridFactor).orElse(null),
                config.map(c -> settings(c, limits(dir, c.energyLimits(), problems),
                        limits(dir, c.emissionLimits(), problems))).orElse(AuditSettings.defaults()));
        return new AuditProject(config, system, tables, data, problems);
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
