package io.github.cpaudit.bench;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.project.AuditProject;
import io.github.cpaudit.testing.SyntheticProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times loading and computing a synthetic project of N enterprises in one JVM: a few warm-up
 * rounds, then measured rounds; prints each round and the median. A developer tool (run by
 * {@code bench/engine.sh}), not a test: no bar is asserted here.
 */
public final class EngineBenchmark {

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path system = Path.of(args.length > 3 ? args[3] : "../examples/electroplating/indicators/electroplating.yaml");
        Path dir = Files.createTempDirectory("cp-audit-bench-");
        SyntheticProject.write(dir, enterprises, 42L, system);
        System.out.printf("synthetic project: %d enterprises in %s%n", enterprises, dir);

        long firstLoad = 0;
        List<Double> load = new ArrayList<>();
        List<Double> compute = new ArrayList<>();
        AuditResults results = null;
        for (int round = 0; round < warmups + rounds; round++) {
            long start = System.nanoTime();
            AuditProject project = AuditProject.load(dir);
            long loaded = System.nanoTime();
            results = AuditCalculation.withDefaults().compute(project.data());
            long done = System.nanoTime();
            if (!project.problems().isEmpty()) {
                throw new IllegalStateException("synthetic data has problems: " + project.problems().list().get(0).format());
            }
            if (round == 0) {
                firstLoad = done - start;
            }
            String kind = round < warmups ? "warm-up" : "round";
            System.out.printf("%-8s %d: load %7.1f ms, compute %7.1f ms%n", kind, round + 1, (loaded - start) / 1e6,
                    (done - loaded) / 1e6);
            if (round >= warmups) {
                load.add((loaded - start) / 1e6);
                compute.add((done - loaded) / 1e6);
            }
        }
        System.out.printf("first round (cold JVM): %.1f ms%n", firstLoad / 1e6);
        System.out.printf("median of %d rounds: load %.1f ms, compute %.1f ms, total %.1f ms%n", rounds,
                median(load), median(compute), median(load) + median(compute));
        System.out.printf("check: %d enterprises, %s tce, %s tCO2%n", results.enterprises().size(),
                results.totalTce().toPlainString(), results.totalCo2().toPlainString());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
