package io.github.cpaudit.publish;

import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * The runtime's one log handler, passing each record to the collector of the document set being
 * published: the runtime outlives a set, its records and their places belong to one.
 */
final class LogSwitch implements LogHandler {

    private volatile LogHandler target;

    void sendTo(LogHandler collector) {
        target = collector;
    }

    @Override
    public void log(LogRecord record) {
        LogHandler current = target;
        if (current != null) {
            current.log(record);
        }
    }
}
