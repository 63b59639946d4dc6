package io.github.cpaudit.publish;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The JVM's optimizing compiler (C2) switched off for the length of a short run, through HotSpot's
 * Compiler Control (the same as {@code jcmd <pid> Compiler.directives_add}): methods compiled from
 * then on stay with the client compiler. An HTML-only draft lasts seconds, and on two cores C2
 * compiling JRuby's code took a core away from the conversion for most of it (README, 性能基准);
 * the PDF runs long enough to gain from C2, so it never asks for this. Where the JVM has no such
 * command (not HotSpot), nothing changes.
 *
 * <p>What it leaves behind (measured in issue 14): a directive holds for the whole JVM, every thread,
 * and removing it does not give C2 back to the methods it refused while it held: HotSpot marks each
 * as not compilable at level 4 for the JVM's life ({@code compileBroker.cpp},
 * {@code compilation_is_prohibited}). After an HTML-only publish of the example about 2,700 methods
 * stay with C1, 1,200 of them the JDK's ({@code String.indexOf}, {@code HashMap.put} …) that any
 * plugin after this one would use too. A directive matching only the publish's own classes (JRuby, its
 * compiled Ruby, Asciidoctor, the toolkit) kept none of the gain. So the publisher asks for it only when
 * nothing runs after it in this JVM ({@link PublishSpeed#lastInJvm()}): then its effect on other plugins
 * is nil.
 */
final class ClientCompilerOnly implements AutoCloseable {

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private final boolean added;

    private ClientCompilerOnly(boolean added) {
        this.added = added;
    }

    /** Adds the directive; {@link #close()} removes it again. */
    static ClientCompilerOnly start() {
        Path file = null;
        try {
            file = Files.createTempFile("cp-audit-c2-off", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = command("compilerDirectivesAdd", file.toString());
            return new ClientCompilerOnly(String.valueOf(answer).contains("1 compiler directives added"));
        } catch (IOException | JMException | RuntimeException e) {
            return new ClientCompilerOnly(false);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** Whether the JVM took the directive. */
    boolean active() {
        return added;
    }

    @Override
    public void close() {
        if (added) {
            try {
                command("compilerDirectivesRemove"); // the newest directive: ours
            } catch (JMException | RuntimeException e) {
                // the run is over either way; a JVM that keeps the directive only compiles less
            }
        }
    }

    private static Object command(String operation, String... arguments) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
