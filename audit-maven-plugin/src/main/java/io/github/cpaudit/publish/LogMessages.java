package io.github.cpaudit.publish;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese wording for the Asciidoctor and asciidoctor-pdf messages a writer meets most, with the
 * English key kept in parentheses so the original stays searchable. Unknown messages pass as is.
 */
final class LogMessages {

    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile(
            "(?:skipping reference to|dropping line containing reference to) missing attribute: (.+)");
    private static final Pattern MISSING_IMAGE = Pattern.compile("image to embed not found or not readable: (.+)");
    /** A file the PDF cannot read as an image (the HTML only links it, so only the PDF says so). */
    private static final Pattern BROKEN_IMAGE = Pattern.compile("could not embed image: (.+?); (.+)");

    private record Translation(Pattern english, String chinese) { }

    private static final List<Translation> TRANSLATIONS = List.of(
            t("include file not found: (.+)", "找不到被包含的文件（include file not found）：$1"),
            new Translation(MISSING_ATTRIBUTE, "引用了未定义的文档属性（missing attribute）：{$1}"),
            new Translation(MISSING_IMAGE, "找不到图片文件（image not found）：$1"),
            new Translation(BROKEN_IMAGE, "PDF 无法嵌入图片（could not embed image）：$1（$2）"),
            t("Could not locate the character `(.+)' \\((.+?)\\) in the following fonts: (.+)",
                    "字体里没有字符 “$1”（$2）（missing glyph），所查字体：$3"),
            t("section title out of sequence: expected levels? (.+), got level (\\d+)",
                    "章节标题级别跳跃（section title out of sequence）：应为 $1 级，实为 $2 级"),
            t("possible invalid reference: (.+)", "交叉引用可能无效（possible invalid reference）：$1"),
            t("invalid reference: (.+)", "交叉引用的目标不存在（invalid reference）：$1"),
            t("unterminated (\\w+) block", "块没有结束分隔线（unterminated $1 block）"),
            t("cannot fit contents of table cell into specified column width",
                    "PDF 表格的列太窄，单元格内容放不下（cannot fit contents of table cell）：请加宽该列（cols=），"
                            + "或把表格放到横向页面（计算表的宏加 layout=landscape）"));

    private LogMessages() {
    }

    static String translate(String message) {
        for (Translation translation : TRANSLATIONS) {
            Matcher matcher = translation.english().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceFirst(translation.chinese());
            }
        }
        return message;
    }

    /**
     * For a message Asciidoctor logs without a place, a test for the source lines it is about: the
     * lines that refer to a missing attribute, or the image macros that name a missing or broken image;
     * {@code null} for every other message.
     */
    static Predicate<String> subjectLine(String message) {
        Matcher attribute = MISSING_ATTRIBUTE.matcher(message);
        if (attribute.matches()) {
            String reference = "{" + attribute.group(1).toLowerCase(Locale.ROOT) + "}";
            return line -> line.toLowerCase(Locale.ROOT).contains(reference);
        }
        Matcher image = MISSING_IMAGE.matcher(message);
        if (!image.matches()) {
            image = BROKEN_IMAGE.matcher(message);
        }
        if (image.matches()) {
            String path = image.group(1).replace('\\', '/');
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            return line -> line.contains("image:") && line.contains(fileName);
        }
        return null;
    }

    private static Translation t(String english, String chinese) {
        return new Translation(Pattern.compile(english), chinese);
    }
}
