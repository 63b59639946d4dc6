package io.github.cpaudit.mojo;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.util.List;

/**
 * Whether nothing runs in this JVM after a goal's execution: it was asked on the command line as the
 * last goal, for the reactor's last project, the build is not parallel, and the JVM is not a daemon
 * that lives on to serve later builds (mvnd). A goal bound to a phase never counts: later phases may
 * bring other plugins.
 */
final class LastInJvm {

    private LastInJvm() {
    }

    static boolean of(MavenSession session, MojoExecution execution) {
        if (session == null || execution == null || session.isParallel() || System.getProperty("mvnd.home") != null
                || execution.getSource() != MojoExecution.Source.CLI) {
            return false;
        }
        List<?> projects = session.getProjects();
        if (projects.isEmpty() || projects.get(projects.size() - 1) != session.getCurrentProject()) {
            return false;
        }
        PluginDescriptor plugin = execution.getMojoDescriptor().getPluginDescriptor();
        return isLastGoal(session.getGoals(), plugin.getGoalPrefix(), plugin.getGroupId(), plugin.getArtifactId(),
                execution.getGoal());
    }

    /**
     * Whether the last of {@code goals} (as typed: {@code audit:report}, {@code g:a:report},
     * {@code g:a:v:report}, each with an optional {@code @execution}) names this plugin's {@code goal}.
     */
    static boolean isLastGoal(List<String> goals, String prefix, String groupId, String artifactId, String goal) {
        if (goals == null || goals.isEmpty()) {
            return false;
        }
        String last = goals.get(goals.size() - 1);
        int at = last.indexOf('@');
        String[] parts = (at < 0 ? last : last.substring(0, at)).split(":");
        if (parts.length < 2 || !parts[parts.length - 1].equals(goal)) {
            return false;
        }
        return parts.length == 2 ? parts[0].equals(prefix)
                : (parts.length == 3 || parts.length == 4) && parts[0].equals(groupId) && parts[1].equals(artifactId);
    }
}
