package io.github.cpaudit.publish;

/** Where publishing reports progress and problems; the Maven goal maps it onto Maven's log. */
public interface PublishLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A log that keeps nothing: for work whose problems are returned, not logged. */
    PublishLog SILENT = new PublishLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }
    };
}
