package io.github.cpaudit.engine;

import io.github.cpaudit.calc.RoundChange;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.testing.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two small audit rounds (src/test/resources/rounds-project: 2025 and, after two options were
 * carried out, 2026) whose differences are computed here by hand from the CSV rows.
 */
class AuditRoundsTest {

    private static final Path PROJECT = Path.of("src/test/resources/rounds-project").toAbsolutePath();
    /** formulas.md §1: electricity, 当量值, kgce/kWh. */
    private static final BigDecimal ELECTRICITY = new BigDecimal("0.1229");

    @Test
    void comparesEnterprisesTotalsAndLevelsOverBothRounds() {
        ProjectView view = ProjectView.load(PROJECT);
        assertThat(view.project().problems().list()).isEmpty();
        RoundResults rounds = view.rounds().orElseThrow();
        assertThat(rounds.rounds().before().name()).isEqualTo("审核基准年（2025 年）");
        assertThat(rounds.rounds().after().name()).isEqualTo("方案实施后（2026 年）");

        // A1: 100 → 90 万kWh; A2: 50 → 50 万kWh
        BigDecimal a1Before = tce(1_000_000);
        BigDecimal a1After = tce(900_000);
        BigDecimal a2 = tce(500_000);
        RoundResults.EnterpriseChange first = rounds.enterprises().get(0);
        assertThat(first.id()).isEqualTo("A1");
        assertSame(first.tce(), a1Before, a1After);
        assertSame(first.water(), new BigDecimal(10000), new BigDecimal(8000));
        // A1's 取水量 25 L/m² meets only level Ⅲ, 15 meets Ⅱ; A2's 35 meets none, 8 meets Ⅰ
        assertThat(first.levelBefore()).contains("Ⅲ");
        assertThat(first.levelAfter()).contains("Ⅱ");
        assertThat(rounds.enterprises().get(1).levelAfter()).contains("Ⅰ");

        RoundResults.ItemChange energy = total(rounds, "综合能耗");
        assertSame(energy.change(), a1Before.add(a2), a1After.add(a2));
        assertThat(energy.change().rate()).isCloseTo(new BigDecimal("-6.6667"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        assertSame(total(rounds, "新鲜水量").change(), new BigDecimal(16000), new BigDecimal(14000));
        assertThat(total(rounds, "新鲜水量").change().rate()).isEqualByComparingTo("-12.5");
        assertSame(total(rounds, "COD").change(), new BigDecimal("3.0"), new BigDecimal("2.5"));
        // CO2 is electricity times each round's grid factor
        BigDecimal co2Before = new BigDecimal(1500).multiply(rounds.grid().before());
        BigDecimal co2After = new BigDecimal(1400).multiply(rounds.grid().after());
        assertSame(total(rounds, "二氧化碳排放量").change(), co2Before, co2After);

        assertThat(rounds.levels()).extracting(RoundResults.LevelCount::before).containsExactly(0, 0, 1, 1);
        assertThat(rounds.levels()).extracting(RoundResults.LevelCount::after).containsExactly(1, 1, 0, 0);
    }

    @Test
    void checksEachImplementedOptionsClaimAgainstTheOutputScaledChange() {
        RoundResults rounds = ProjectView.load(PROJECT).rounds().orElseThrow();
        // A1's output 10 → 12 万m²: its 2025 amounts count ×1.2; A2's output stays
        BigDecimal scale = new BigDecimal("1.2");
        RoundResults.OptionCheck energy = check(rounds, "F1", "能源（tce）");
        BigDecimal measured = tce(1_000_000).multiply(scale).subtract(tce(900_000));
        assertThat(energy.measured()).isEqualByComparingTo(measured);
        assertThat(energy.claimed()).isEqualByComparingTo(tce(100_000));
        assertThat(energy.jointWith()).isEmpty();
        assertThat(energy.verified()).isTrue();
        assertThat(energy.difference()).isEqualByComparingTo(percent(measured, tce(100_000)));

        // F1 (A1) and F2 (全体) both claim 新鲜水: checked together over A1 and A2
        RoundResults.OptionCheck water = check(rounds, "F1", "新鲜水（m³）");
        assertThat(water.jointWith()).containsExactly("F2");
        assertThat(water.claimedJoint()).isEqualByComparingTo("8000");
        BigDecimal waterMeasured = new BigDecimal(10000).multiply(scale).subtract(new BigDecimal(8000))
                .add(BigDecimal.ZERO);
        assertThat(water.measured()).isEqualByComparingTo(waterMeasured);
        assertThat(water.difference()).isEqualByComparingTo("-50");
        assertThat(water.verified()).isFalse();

        RoundResults.OptionCheck cod = check(rounds, "F2", "COD（t）");
        assertThat(cod.jointWith()).containsExactly("F1");
        assertThat(cod.measured()).isEqualByComparingTo(new BigDecimal("2.0").multiply(scale)
                .subtract(new BigDecimal("1.5")));
        assertThat(cod.difference()).isEqualByComparingTo("80");
        assertThat(cod.verified()).isTrue();
        // F3 is only planned
        assertThat(rounds.options()).noneMatch(c -> c.option().equals("F3"));
    }

    @Test
    void judgesTheTargetsOnTheLaterRoundFormedLikeTheBaseline() {
        RoundResults rounds = ProjectView.load(PROJECT).rounds().orElseThrow();
        RoundResults.TargetCheck water = rounds.targets().get(0);
        assertThat(water.before()).isEqualByComparingTo("16000");
        assertThat(water.after()).isEqualByComparingTo("14000");
        assertThat(water.nearTerm().achieved()).isTrue();
        assertThat(water.longTerm().achieved()).isFalse();
        assertThat(water.longTerm().gap()).isEqualByComparingTo("2000");

        // 取水量 weighted by output: (25 × 10 + 35 × 5) ÷ 15 before, (15 × 12 + 8 × 5) ÷ 17 after
        RoundResults.TargetCheck intake = rounds.targets().get(1);
        assertThat(intake.basis()).isEqualTo("2 家企业指标值按产量加权平均");
        BigDecimal intakeBefore = new BigDecimal(250 + 175).divide(new BigDecimal(15), MathContext.DECIMAL128);
        BigDecimal intakeAfter = new BigDecimal(180 + 40).divide(new BigDecimal(17), MathContext.DECIMAL128);
        assertThat(intake.before()).isEqualByComparingTo(intakeBefore);
        assertThat(intake.after()).isEqualByComparingTo(intakeAfter);
        assertThat(intake.longTerm().gap()).isEqualByComparingTo(intakeAfter.subtract(BigDecimal.TEN));

        // Σ kgce ÷ Σ m²: (1000000 + 500000) kWh × 0.1229 over 150000 m², then 1400000 kWh over 170000 m²
        RoundResults.TargetCheck intensity = rounds.targets().get(2);
        assertThat(intensity.before()).isEqualByComparingTo(new BigDecimal(1_500_000).multiply(ELECTRICITY)
                .divide(new BigDecimal(150_000), MathContext.DECIMAL128));
        BigDecimal after = new BigDecimal(1_400_000).multiply(ELECTRICITY).divide(new BigDecimal(170_000),
                MathContext.DECIMAL128);
        assertThat(intensity.after()).isEqualByComparingTo(after);
        assertThat(intensity.nearTerm().achieved()).isTrue();
        assertThat(intensity.longTerm().gap()).isEqualByComparingTo(after.subtract(BigDecimal.ONE));
    }

    @Test
    void aPreviousProjectFolderGivesTheSameComparison(@TempDir Path dir) throws Exception {
        Path previous = ProjectCopy.of(PROJECT, dir.resolve("电镀-2025"));
        Path current = ProjectCopy.of(PROJECT, dir.resolve("电镀-2026"));
        ProjectCopy.replace(current.resolve("audit.yaml"), "baseline_year: 2025", "baseline_year: 2026");
        ProjectCopy.replace(current.resolve("audit.yaml"), "after: 2026", "previous: ../电镀-2025");
        RoundResults rounds = ProjectView.load(current).rounds().orElseThrow();
        RoundResults same = ProjectView.load(previous).rounds().orElseThrow();
        assertThat(rounds.rounds().before().name()).isEqualTo("上一轮审核（2025 年）");
        assertThat(rounds.rounds().after().name()).isEqualTo("本轮审核（2026 年）");
        assertThat(rounds.totals()).isEqualTo(same.totals());
        assertThat(rounds.options()).isEqualTo(same.options());
        assertThat(rounds.enterprises()).isEqualTo(same.enterprises());
    }

    @Test
    void enterprisesAndUnitsThatDoNotPairAreLocatedProblems(@TempDir Path dir) throws Exception {
        Path project = ProjectCopy.of(PROJECT, dir.resolve("p"));
        Path energy = project.resolve("data/energy.csv");
        Path production = project.resolve("data/production.csv");
        // A2 has no 2026 energy or production; A3 has only 2026; A1's 2026 output is counted in 件
        Files.writeString(energy, Files.readString(energy).replace("A2,2026,电力,50,万kWh\n", "A3,2026,电力,5,万kWh\n"));
        Files.writeString(production, Files.readString(production).replace("A2,2026,镀锌件,万m²,10,5\n", "")
                .replace("A1,2026,镀锌件,万m²,20,12", "A1,2026,镀锌件,件,20,12"));
        Files.writeString(project.resolve("data/roster.csv"), "A3,丙电镀有限公司,C3360,东区,,微型,自愿\n",
                java.nio.file.StandardOpenOption.APPEND);
        ProjectView view = ProjectView.load(project);
        List<Problem> problems = view.project().problems().list();
        assertThat(problems).extracting(Problem::key).contains("enterprise missing in the later round",
                "enterprise only in the later round", "unit changed between rounds");
        Problem missing = find(problems, "enterprise missing in the later round");
        assertThat(missing.location()).isEqualTo(Location.cell("data/roster.csv", "", 3, "企业编号"));
        assertThat(missing.message()).contains("A2", "方案实施后（2026 年）");
        Problem added = find(problems, "enterprise only in the later round");
        assertThat(added.location()).isEqualTo(Location.cell("data/energy.csv", "", 5, "企业编号"));
        Problem unit = find(problems, "unit changed between rounds");
        assertThat(unit.location()).isEqualTo(Location.cell("data/production.csv", "", 4, "单位"));
        assertThat(unit.message()).contains("万m²", "件", "镀锌件");
        // only A1 pairs: the totals count it alone
        assertThat(view.rounds().orElseThrow().enterprises()).extracting(RoundResults.EnterpriseChange::id)
                .containsExactly("A1");
    }

    @Test
    void anEnterpriseThePreviousProjectLacksIsPlacedAtItsRosterRowInThePreviousFolder(@TempDir Path dir) {
        Path previous = ProjectCopy.of(PROJECT, dir.resolve("电镀-2025"));
        Path current = ProjectCopy.of(PROJECT, dir.resolve("电镀-2026"));
        ProjectCopy.replace(current.resolve("audit.yaml"), "baseline_year: 2025", "baseline_year: 2026");
        ProjectCopy.replace(current.resolve("audit.yaml"), "after: 2026", "previous: ../电镀-2025");
        // the previous audit had a third enterprise that this one no longer covers
        ProjectCopy.replace(previous.resolve("data/roster.csv"), "A2,乙电镀有限公司,C3360,西区,,微型,自愿\n",
                "A2,乙电镀有限公司,C3360,西区,,微型,自愿\nA9,壬电镀有限公司,C3360,西区,,微型,自愿\n");
        ProjectCopy.replace(previous.resolve("data/energy.csv"), "A2,2025,电力,50,万kWh\n",
                "A2,2025,电力,50,万kWh\nA9,2025,电力,5,万kWh\n");
        List<Problem> problems = ProjectView.load(current).project().problems().list();
        assertThat(problems).extracting(Problem::location)
                .containsExactly(Location.cell("../电镀-2025/data/roster.csv", "", 4, "企业编号"));
        assertThat(problems.get(0).message()).contains("A9", "不在“本轮审核（2026 年）”的企业名录中");
        // a bad previous folder is a problem at the rounds entry of audit.yaml
        ProjectCopy.replace(current.resolve("audit.yaml"), "previous: ../电镀-2025", "previous: ../电镀-2019");
        Problem missing = ProjectView.load(current).project().problems().list().get(0);
        assertThat(missing.key()).isEqualTo("previous project not found");
        assertThat(missing.format()).startsWith("audit.yaml:").contains("../电镀-2019");
    }

    @Test
    void aTypedTargetValueTheRoundsContradictIsAProblemAtItsCell(@TempDir Path dir) throws Exception {
        Path project = ProjectCopy.of(PROJECT, dir.resolve("p"));
        ProjectCopy.replace(project.resolve("data/targets.csv"), "新鲜水量,m³,越低越好,,15000,12000,测试,",
                "新鲜水量,m³,越低越好,16000,15000,12000,测试,13000");
        List<Problem> problems = ProjectView.load(project).project().problems().list();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location()).isEqualTo(Location.cell("data/targets.csv", "", 2, "实施后值"));
        assertThat(problems.get(0).message()).contains("13000", "14000", "方案实施后（2026 年）");
    }

    private static BigDecimal tce(long kwh) {
        return new BigDecimal(kwh).multiply(ELECTRICITY).divide(new BigDecimal(1000));
    }

    private static BigDecimal percent(BigDecimal measured, BigDecimal claimed) {
        return measured.subtract(claimed).multiply(new BigDecimal(100)).divide(claimed, MathContext.DECIMAL128);
    }

    private static void assertSame(RoundChange change, BigDecimal before, BigDecimal after) {
        assertThat(change.before()).isEqualByComparingTo(before);
        assertThat(change.after()).isEqualByComparingTo(after);
    }

    private static RoundResults.ItemChange total(RoundResults rounds, String item) {
        return rounds.totals().stream().filter(t -> t.item().equals(item)).findFirst().orElseThrow();
    }

    private static RoundResults.OptionCheck check(RoundResults rounds, String option, String item) {
        return rounds.options().stream().filter(c -> c.option().equals(option) && c.item().equals(item))
                .findFirst().orElseThrow();
    }

    private static Problem find(List<Problem> problems, String key) {
        return problems.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
