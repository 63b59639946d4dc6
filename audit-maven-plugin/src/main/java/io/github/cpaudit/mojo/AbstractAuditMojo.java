package io.github.cpaudit.mojo;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.publish.PublishLog;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal of the toolkit shares: {@code skip}, handled once here, and the mapping of the
 * writer's mistakes ({@link AuditException}) onto a failed build with a Chinese message and no
 * stack trace.
 */
abstract class AbstractAuditMojo extends AbstractMojo {

    /** The audit project folder: Asciidoctor's base directory (documents render in SAFE mode). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File projectDirectory;

    /** Skips the goal. */
    @Parameter(property = "audit.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("已跳过（audit.skip=true）");
            return;
        }
        try {
            run();
        } catch (AuditException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The goal's work; throws {@link AuditException} for anything the writer can fix. */
    protected abstract void run();

    protected Path projectDir() {
        return absolute(projectDirectory);
    }

    protected static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }

    /** The Maven log as the engine's {@link PublishLog}. */
    protected PublishLog publishLog() {
        return new PublishLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void error(String message) {
                getLog().error(message);
            }
        };
    }
}
