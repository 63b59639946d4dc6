package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The optimizing compiler is excluded for the run and allowed again after it (read back from the JVM). */
class ClientCompilerOnlyTest {

    @Test
    void excludesTheOptimizingCompilerForTheRunAndOnlyForIt() throws JMException {
        String before = directives();
        assertThat(before).doesNotContain("Exclude:true");
        try (ClientCompilerOnly jit = ClientCompilerOnly.start()) {
            assertThat(jit.active()).isTrue();
            assertThat(directives()).contains("Exclude:true");
        }
        assertThat(directives()).isEqualTo(before);
    }

    /** What {@code jcmd <pid> Compiler.directives_print} prints for this JVM. */
    private static String directives() throws JMException {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
