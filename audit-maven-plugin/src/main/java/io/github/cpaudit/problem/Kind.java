package io.github.cpaudit.problem;

/** What a problem is about; {@code audit:check} sorts by it, never by message text. */
public enum Kind {
    /** A cell or row of a data file that cannot be read as the schema says. */
    DATA(""),
    /** A row a calculation refused (e.g. a unit it cannot convert). */
    REFUSED(""),
    /** Something the document asks for that does not exist or cannot be rendered. */
    DOCUMENT(""),
    /** A blank the writer still has to fill: a warning in draft, an error in final. */
    OPEN_ITEM("待补充（open item）："),
    /** A project setting or goal parameter that is wrong or missing. */
    CONFIG("");

    private final String prefix;

    Kind(String prefix) {
        this.prefix = prefix;
    }

    /** What the log puts before a message of this kind, so a writer sees it is still to do. */
    public String prefix() {
        return prefix;
    }
}
