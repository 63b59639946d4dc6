package io.github.cpaudit.project;

import io.github.cpaudit.model.CostClassLimits;
import io.github.cpaudit.model.EmissionFactor;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.StandardCoalCoefficients;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The project's facts from {@code audit.yaml}: what is audited, where, by whom, when, against which
 * indicator system, and the factors that override the toolkit's defaults.
 *
 * @param industryName      e.g. 电镀
 * @param industryCode      GB/T 4754 code with its section letter, e.g. C3360
 * @param region            e.g. 江城市
 * @param baselineYear      基准年
 * @param organizer         组织单位
 * @param consultant        技术服务单位
 * @param indicatorSystem   the indicator system file, absolute
 * @param team              审核工作组 (worksheet 1-1)
 * @param schedule          工作计划 (worksheet 1-2)
 * @param gridRegion        全国 or a regional grid
 * @param gridFactor        the project's own grid factor, or {@code null} for the rule's choice
 * @param naturalGasNcv     the project's natural gas NCV in kJ/m³, or {@code null}
 * @param costClasses       investment limits of 无/低费 and 中费 (万元), or {@code null} when not set
 * @param acceptedPayback   accepted payback in years by cost class (中费, 高费)
 * @param discountRate      as a fraction (0.08)
 * @param taxRate           as a fraction (0.25)
 * @param balanceTolerance  allowed balance deviation in percent (5)
 * @param rounding          HALF_EVEN (GB/T 8170) or HALF_UP
 * @param energyLimits      the energy-consumption limits file, absolute, or {@code null}
 * @param emissionLimits    the discharge-standard limits file, absolute, or {@code null}
 * @param coalOverrides     the project's own standard-coal coefficients by energy type
 * @param co2Overrides      the project's own CO2 factors by fuel
 * @param rounds            the audit rounds the report compares, or {@code null} for one round
 */
public record ProjectConfig(
        String industryName,
        String industryCode,
        String region,
        int baselineYear,
        String organizer,
        String consultant,
        Path indicatorSystem,
        List<TeamMember> team,
        List<ScheduleItem> schedule,
        String gridRegion,
        GridFactor gridFactor,
        BigDecimal naturalGasNcv,
        CostClassLimits costClasses,
        Map<String, BigDecimal> acceptedPayback,
        BigDecimal discountRate,
        BigDecimal taxRate,
        BigDecimal balanceTolerance,
        RoundingMode rounding,
        Path energyLimits,
        Path emissionLimits,
        Map<EnergyType, StandardCoalCoefficients.Coefficient> coalOverrides,
        Map<EnergyType, EmissionFactor> co2Overrides,
        RoundsSetting rounds) {

    public ProjectConfig {
        team = List.copyOf(team);
        schedule = List.copyOf(schedule);
        acceptedPayback = Map.copyOf(acceptedPayback);
        coalOverrides = Map.copyOf(coalOverrides);
        co2Overrides = Map.copyOf(co2Overrides);
    }

    /** A member of the audit team (worksheet 1-1). */
    public record TeamMember(String name, String role, String organization, String title, String major,
            String duty, String time) {
    }

    /** A step of the work plan (worksheet 1-2). */
    public record ScheduleItem(String phase, String work, LocalDate start, LocalDate end, String owner,
            String output) {
    }
}
