package io.github.cpaudit.assessment;

import java.math.BigDecimal;

/** A cell of an export table: a text, a number as the report rounds it, or nothing. */
public sealed interface Cell {

    /** What the cell shows: the text, or the number's digits. */
    String shown();

    /** An empty cell: not applicable or not computed. */
    Cell EMPTY = new Text("");

    /** A text, written as text in every format (a name that looks like a formula stays a name). */
    record Text(String shown) implements Cell {
    }

    /**
     * A number, rounded as the report prints it.
     *
     * @param shown the digits without grouping separators ("664.5", "-3.2"), which CSV writes as they are
     */
    record Number(String shown) implements Cell {

        public BigDecimal value() {
            return new BigDecimal(shown);
        }

        /** Digits after the point, for the workbook's number format. */
        public int decimals() {
            return Math.max(0, value().scale());
        }
    }
}
