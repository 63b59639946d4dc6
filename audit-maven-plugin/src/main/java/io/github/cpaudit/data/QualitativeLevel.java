package io.github.cpaudit.data;

import java.util.Optional;

/** Reads the level a qualitative indicator meets as writers write it: Ⅱ, Ⅱ级, II, 2 …; or none. */
final class QualitativeLevel {

    private static final String[][] SPELLINGS = {
        {"Ⅰ", "Ⅰ级", "I", "I级", "1", "一级"},
        {"Ⅱ", "Ⅱ级", "II", "II级", "2", "二级"},
        {"Ⅲ", "Ⅲ级", "III", "III级", "3", "三级"},
    };

    private QualitativeLevel() {
    }

    /** The 0-based level (0 = Ⅰ), or empty for anything else. */
    static Optional<Integer> parse(String text, int levels) {
        String key = TableValidator.halfWidth(text).strip().toUpperCase(java.util.Locale.ROOT);
        for (int level = 0; level < Math.min(levels, SPELLINGS.length); level++) {
            for (String spelling : SPELLINGS[level]) {
                if (spelling.equals(key)) {
                    return Optional.of(level);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isNone(String text) {
        return text.strip().startsWith("未达到") || text.strip().equals("均未达到");
    }
}
