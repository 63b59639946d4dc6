package io.github.cpaudit.preview;

import java.time.LocalTime;

/**
 * What the page says of the background PDF: the last one written (its number in this session, when,
 * how long it took), whether a new one is being made, and why the last try wrote nothing.
 *
 * @param version PDFs written so far, 0 before the first
 * @param madeAt  when the last one was written, {@code null} before the first
 * @param seconds how long the last one took
 * @param working whether a new one is being made
 * @param problem why the last try wrote nothing, or {@code null}
 */
record PdfStatus(int version, LocalTime madeAt, double seconds, boolean working, String problem) {

    static final PdfStatus NONE = new PdfStatus(0, null, 0, false, null);

    /** A new try under way (or not): the last one's failure is no longer the news. */
    PdfStatus working(boolean now) {
        return new PdfStatus(version, madeAt, seconds, now, now ? null : problem);
    }

    PdfStatus written(LocalTime at, double took) {
        return new PdfStatus(version + 1, at, took, false, null);
    }

    PdfStatus failed(String why) {
        return new PdfStatus(version, madeAt, seconds, false, why);
    }
}
