package io.github.cpaudit.catalog;

/** What a document can ask the project for by name, and the macro that asks. */
public enum Category {
    /** A computed worksheet of Appendix A: {@code worksheet::2-4[]}. */
    WORKSHEET("worksheet::", "工作表", "worksheet"),
    /** One of the report's own tables: {@code audit-table::levels[]}. */
    TABLE("audit-table::", "表格", "table"),
    /** A chart: {@code audit-chart::levels[]}. */
    CHART("audit-chart::", "图表", "chart"),
    /** One figure in a sentence: {@code audit:value[energy.total.tce]}. */
    VALUE("audit:value", "数值", "value");

    private final String macro;
    private final String chinese;
    private final String key;

    Category(String macro, String chinese, String key) {
        this.macro = macro;
        this.chinese = chinese;
        this.key = key;
    }

    /** The macro as a writer types it, up to the name. */
    public String macro() {
        return macro;
    }

    /** The category's Chinese name, for messages (未知的图表名称 …). */
    public String chinese() {
        return chinese;
    }

    /** The category's English key, for messages ({@code unknown chart}). */
    public String key() {
        return key;
    }
}
