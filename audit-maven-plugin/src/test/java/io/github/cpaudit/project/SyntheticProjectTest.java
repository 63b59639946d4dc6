package io.github.cpaudit.project;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.testing.SyntheticProject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's generator writes a valid project: it loads without problems and computes. */
class SyntheticProjectTest {

    @Test
    void generatedProjectIsValidAndComputes(@TempDir Path dir) {
        SyntheticProject.write(dir, 25, 7L, Path.of("../examples/electroplating/indicators/electroplating.yaml"));

        AuditProject project = AuditProject.load(dir);
        AuditResults results = AuditCalculation.withDefaults().compute(project.data());

        assertThat(project.problems().list()).extracting(Problem::format).isEmpty();
        assertThat(results.enterprises()).hasSize(25).allSatisfy(result -> {
            assertThat(result.energy().tce()).isPositive();
            assertThat(result.level()).isNotNull();
            assertThat(result.intensity().isAvailable()).isTrue();
        });
        assertThat(results.benchmarks()).hasSize(18);
    }
}
