package io.github.cpaudit.intake;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of collection workbooks: {@code <id>-<企业名称>.xlsx}, safe on Windows, macOS and Linux
 * (the consultant mails them to enterprises on every system) and unique even where a file system
 * ignores case.
 */
final class FormFileNames {

    static final String EXTENSION = ".xlsx";
    static final String WHOLE_ROSTER = "全部企业" + EXTENSION;

    /** Characters Windows refuses in a file name, and control characters. */
    private static final Pattern ILLEGAL = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    // 60 characters of Chinese are 180 bytes in UTF-8, under the 255-byte limit of common file systems
    private static final int MAX_BASE_LENGTH = 60;

    private final Set<String> taken = new HashSet<>();

    /** The workbook's name for an enterprise; a second name that differs only in case gets a number. */
    String of(String id, String name) {
        String base = safe(id + "-" + (name == null ? "" : name));
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n;
        }
        return candidate + EXTENSION;
    }

    /** The text with illegal characters replaced by _, no leading or trailing dots or spaces, at most 60 characters. */
    static String safe(String text) {
        String cleaned = ILLEGAL.matcher(text).replaceAll("_").strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_BASE_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_BASE_LENGTH));
        }
        cleaned = cleaned.replaceAll("^[.\\s]+|[.\\s]+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
