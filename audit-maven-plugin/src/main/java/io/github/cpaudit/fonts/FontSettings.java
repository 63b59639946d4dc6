package io.github.cpaudit.fonts;

/**
 * The PDF fonts a project asked for, per role, as written in the goal's parameters ({@code bodyFont},
 * {@code headingFont}, {@code tableFont}). Each is a TrueType file (relative to the project folder),
 * one face of a collection ({@code src/fonts/simsun.ttc#SimSun} or {@code #0}), or the Chinese name of
 * a font installed on the machine ({@code 仿宋}, {@code 黑体}, {@code 宋体}, {@code 楷体},
 * {@code 微软雅黑}); {@code null} keeps the theme's font.
 *
 * @param body    prose, lists, captions, header and footer, table of contents entries, and tables
 *                unless {@code table} is set
 * @param heading section titles, the cover title and the title of the table of contents
 * @param table   table cells and table captions; {@code null} follows {@code body}
 */
public record FontSettings(String body, String heading, String table) {

    /** No font asked for: the theme's fonts throughout. */
    public static final FontSettings THEME = new FontSettings(null, null, null);

    public FontSettings {
        body = blankToNull(body);
        heading = blankToNull(heading);
        table = blankToNull(table);
    }

    /** What was asked for the role, or {@code null}. */
    String value(FontRole role) {
        return switch (role) {
            case BODY -> body;
            case HEADING -> heading;
            case TABLE -> table;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
