package io.github.cpaudit.publish;

/** Where publishing reports progress and problems; the Maven goal maps it onto Maven's log. */
public interface PublishLog {

    void info(String message);

    void warn(String message);

    void error(String message);
}
