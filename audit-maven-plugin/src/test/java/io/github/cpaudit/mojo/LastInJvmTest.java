package io.github.cpaudit.mojo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines end with the toolkit's goal, in every way Maven lets one name it. */
class LastInJvmTest {

    private static boolean last(String... goals) {
        return LastInJvm.isLastGoal(List.of(goals), "audit", "io.github.cpaudit", "audit-maven-plugin", "report");
    }

    @Test
    void theGoalNamedLastByPrefixOrCoordinatesCounts() {
        assertThat(last("audit:report")).isTrue();
        assertThat(last("clean", "audit:report")).isTrue();
        assertThat(last("io.github.cpaudit:audit-maven-plugin:report")).isTrue();
        assertThat(last("io.github.cpaudit:audit-maven-plugin:0.1.0-SNAPSHOT:report")).isTrue();
        assertThat(last("audit:report@draft")).isTrue();
    }

    @Test
    void anythingAfterItOrAnotherGoalOrPluginDoesNot() {
        assertThat(last()).isFalse();
        assertThat(last("audit:report", "verify")).isFalse();
        assertThat(last("audit:report", "site:site")).isFalse();
        assertThat(last("package")).isFalse();
        assertThat(last("audit:check")).isFalse();
        assertThat(last("other:report")).isFalse();
        assertThat(last("io.github.cpaudit:other-plugin:report")).isFalse();
        assertThat(last("org.example:audit-maven-plugin:1:report")).isFalse();
        assertThat(last("a:b:c:d:report")).isFalse();
    }
}
