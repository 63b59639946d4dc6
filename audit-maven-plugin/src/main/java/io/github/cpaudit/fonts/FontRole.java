package io.github.cpaudit.fonts;

import java.util.List;

/**
 * The parts of the PDF that take their own font, with the goal parameter that sets it and the
 * asciidoctor-pdf theme keys ({@code <key>-font-family}) it covers.
 */
enum FontRole {

    BODY("正文", "bodyFont", List.of("base", "caption", "toc", "toc-h1", "toc-h2", "toc-h3", "toc-h4", "toc-h5",
            "toc-h6", "header", "footer", "sidebar", "abstract", "admonition", "example", "footnotes",
            "description-list-term", "callout-list", "title-page", "title-page-authors", "title-page-revision")),
    // the levels too: a project's theme may give one of them a family of its own
    HEADING("标题", "headingFont", List.of("heading", "heading-h1", "heading-h2", "heading-h3", "heading-h4",
            "heading-h5", "heading-h6", "title-page-title", "title-page-subtitle", "toc-title", "sidebar-title",
            "abstract-title")),
    TABLE("表格", "tableFont", List.of("table", "table-head", "table-caption"));

    private final String label;
    private final String parameter;
    private final List<String> themeKeys;

    FontRole(String label, String parameter, List<String> themeKeys) {
        this.label = label;
        this.parameter = parameter;
        this.themeKeys = themeKeys;
    }

    /** 正文, 标题, 表格. */
    String label() {
        return label;
    }

    /** "参数 bodyFont（audit.bodyFont）", for messages. */
    String parameterText() {
        return "参数 " + parameter + "（audit." + parameter + "）";
    }

    /** Theme key prefixes whose {@code -font-family} this role sets. */
    List<String> themeKeys() {
        return themeKeys;
    }
}
