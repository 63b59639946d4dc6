package io.github.cpaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic electroplating audit project of N enterprises (audit.yaml, the example's
 * indicator system, and roster, energy, production, water and indicator values for the baseline
 * year), deterministic for a seed. For benchmarks and for tests that need a large project.
 */
public final class SyntheticProject {

    private static final String[] DISTRICTS = {"江南区", "江北区", "临港区", "高新区", "东湖区"};
    private static final String[] SIZES = {"中型", "小型", "小型", "微型"};
    private static final String[] METALS = {"C2", "C3", "C4", "C5", "C6", "C7"};
    private static final String[] QUALITATIVE = {"A1", "A2", "A3", "A4", "D2", "E1", "F1", "F2", "F3"};
    private static final String[] LEVELS = {"Ⅰ", "Ⅱ", "Ⅲ", "未达到"};

    private SyntheticProject() {
    }

    /**
     * @param dir             an empty folder to write into
     * @param enterprises     how many enterprises
     * @param seed            the random seed (same seed, same project)
     * @param indicatorSystem the indicator system file to copy (the example's electroplating system)
     */
    public static void write(Path dir, int enterprises, long seed, Path indicatorSystem) {
        Random random = new Random(seed);
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("indicators"));
            Files.copy(indicatorSystem, dir.resolve("indicators/electroplating.yaml"));
            write(dir.resolve("audit.yaml"), """
                    industry: {name: 电镀, code: C3360}
                    region: 合成市
                    baseline_year: 2025
                    organizer: 合成市生态环境局
                    consultant: 合成清洁生产技术服务有限公司
                    indicator_system: indicators/electroplating.yaml
                    """);
            StringBuilder roster = new StringBuilder("企业编号,企业名称,行业代码,所在区县,所在园区,规模,审核类型\n");
            StringBuilder energy = new StringBuilder("企业编号,年份,能源品种,实物量,单位\n");
            StringBuilder production = new StringBuilder("企业编号,年份,产品,单位,设计产能,产量\n");
            StringBuilder water = new StringBuilder("企业编号,年份,新鲜水量,重复用水量\n");
            StringBuilder values = new StringBuilder("企业编号,年份,指标,数值\n");
            for (int i = 1; i <= enterprises; i++) {
                String id = String.format(Locale.ROOT, "E%04d", i);
                roster.append(id).append(",合成第").append(i).append("电镀有限公司,C3360,")
                        .append(DISTRICTS[random.nextInt(DISTRICTS.length)]).append(',')
                        .append(random.nextBoolean() ? "合成表面处理产业园" : "").append(',')
                        .append(SIZES[random.nextInt(SIZES.length)]).append(',')
                        .append(random.nextInt(3) == 0 ? "强制" : "自愿").append('\n');
                energy.append(row(id, "电力", decimal(random, 20, 400), "万kWh"));
                energy.append(row(id, "天然气", decimal(random, 1, 30), "万m³"));
                if (random.nextInt(4) == 0) {
                    energy.append(row(id, "柴油", decimal(random, 1, 20), "t"));
                }
                double area = 5 + random.nextDouble() * 60;
                production.append(id).append(",2025,镀锌件,万m²,").append(fmt(area * 1.4)).append(',')
                        .append(fmt(area)).append('\n');
                production.append(id).append(",2025,镀镍件,万m²,").append(fmt(area * 0.6)).append(',')
                        .append(fmt(area * 0.4)).append('\n');
                water.append(id).append(",2025,").append(fmt(10000 + random.nextDouble() * 90000)).append(',')
                        .append(fmt(random.nextDouble() * 40000)).append('\n');
                values.append(value(id, "B1", decimal(random, 5, 50)));
                values.append(value(id, "C1", decimal(random, 20, 80)));
                values.append(value(id, "D1", decimal(random, 20, 90)));
                for (String metal : METALS) {
                    values.append(value(id, metal, random.nextInt(3) == 0 ? decimal(random, 60, 99) : "不适用"));
                }
                for (String indicator : QUALITATIVE) {
                    values.append(value(id, indicator, LEVELS[random.nextInt(LEVELS.length)]));
                }
            }
            write(dir.resolve("data/roster.csv"), roster.toString());
            write(dir.resolve("data/energy.csv"), energy.toString());
            write(dir.resolve("data/production.csv"), production.toString());
            write(dir.resolve("data/water.csv"), water.toString());
            write(dir.resolve("data/indicator_values.csv"), values.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String id, String energyType, String amount, String unit) {
        return String.join(",", List.of(id, "2025", energyType, amount, unit)) + "\n";
    }

    private static String value(String id, String indicator, String value) {
        return String.join(",", List.of(id, "2025", indicator, value)) + "\n";
    }

    private static String decimal(Random random, double min, double max) {
        return fmt(min + random.nextDouble() * (max - min));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
