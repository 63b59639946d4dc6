package io.github.cpaudit.tables;

import java.util.List;

/**
 * Enterprise names in one table cell: joined with 、, at most {@link #AT_MOST} of them and then
 * "等 N 家". A level or a problem shared by hundreds of enterprises would fill a cell taller than a
 * page, which asciidoctor-pdf cuts off; each enterprise's own results are in its 一企一策 table.
 */
final class NameList {

    /** How many names a cell shows before it says "等 N 家". */
    static final int AT_MOST = 30;

    private NameList() {
    }

    static String of(List<String> names) {
        return upTo(names, AT_MOST);
    }

    static String upTo(List<String> names, int limit) {
        if (names.size() <= limit) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, limit)) + "等 " + names.size() + " 家";
    }
}
