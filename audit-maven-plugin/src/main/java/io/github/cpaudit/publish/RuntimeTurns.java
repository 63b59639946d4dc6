package io.github.cpaudit.publish;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who converts in a preview's one runtime, one at a time (a runtime is not safe for two conversions
 * at once): the page first. A background turn (the PDF) does not start while a page render waits, and
 * one under way is stopped when a page render is asked for, so the page never waits for the PDF; the
 * background work is asked for again after the page.
 */
final class RuntimeTurns {

    /** A background turn: the work says from when on it may be stopped, and how. */
    static final class Turn {
        private final RuntimeTurns turns;
        private volatile Runnable stop;
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Turn(RuntimeTurns turns) {
            this.turns = turns;
        }

        /** From now on {@code stop} may stop the work; runs it at once when a page render already waits. */
        void stoppableBy(Runnable stop) {
            this.stop = stop;
            if (turns.pageWaiting.get() > 0 || turns.closed) {
                stop();
            }
        }

        boolean stopped() {
            return stopped.get();
        }

        private void stop() {
            Runnable now = stop;
            // before stoppableBy the work cannot be stopped (loading a library halfway would break the runtime)
            if (now != null && stopped.compareAndSet(false, true)) {
                now.run();
            }
        }
    }

    private final Object runtime = new Object();
    private final AtomicInteger pageWaiting = new AtomicInteger();
    private final AtomicReference<Turn> background = new AtomicReference<>();
    private volatile boolean closed;

    /** Runs a page render: stops a background turn under way and goes before any that waits. */
    <T> T page(Supplier<T> work) {
        // counted before looking for a background turn: one registering meanwhile sees the count and stops
        pageWaiting.incrementAndGet();
        try {
            stopBackground();
            synchronized (runtime) {
                return work.get();
            }
        } finally {
            pageWaiting.decrementAndGet();
        }
    }

    /**
     * Runs background work when no page render waits; empty when one did, or stopped the work (whatever
     * the stopped work threw or returned is not its result).
     */
    <T> Optional<T> background(Function<Turn, T> work) {
        synchronized (runtime) {
            if (pageWaiting.get() > 0 || closed) {
                return Optional.empty();
            }
            Turn turn = new Turn(this);
            background.set(turn);
            try {
                T result = work.apply(turn);
                return turn.stopped() ? Optional.empty() : Optional.of(result);
            } catch (RuntimeException e) {
                if (turn.stopped()) {
                    return Optional.empty();
                }
                throw e;
            } finally {
                background.set(null);
            }
        }
    }

    /** No background turn from now on; one under way is stopped as soon as it may be. */
    void stopBackgroundForGood() {
        closed = true;
        stopBackground();
    }

    /** Stops background work for good and waits until the runtime is free. */
    void close() {
        stopBackgroundForGood();
        synchronized (runtime) {
            // nothing: the conversion under way has ended
        }
    }

    private void stopBackground() {
        Turn turn = background.get();
        if (turn != null) {
            turn.stop();
        }
    }
}
