package io.github.cpaudit.preview;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The target of the problems panel's links: a project file's text with line numbers, the problem's
 * line marked and scrolled to, and a link that opens the file at that line in VS Code. Only text
 * files inside the project folder are shown; a workbook's place is named, not linked.
 */
final class SourceView {

    static final String PREFIX = "/source/";

    private static final List<String> TEXT = Stream.concat(EditedLine.DOCUMENTS.stream(),
            Stream.of(".csv", ".yaml", ".yml", ".txt", ".vm", ".md", ".css", ".json")).toList();
    /** A data file larger than this is not shown in the browser. */
    private static final long MAX_BYTES = 8 << 20;

    private SourceView() {
    }

    /** Whether a problem's file (relative to the project) gets a link. */
    static boolean shows(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return TEXT.stream().anyMatch(name::endsWith);
    }

    static String link(String file, int line) {
        StringBuilder path = new StringBuilder(PREFIX);
        for (String part : file.replace('\\', '/').split("/")) {
            if (path.length() > PREFIX.length()) {
                path.append('/');
            }
            path.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return line > 0 ? path + "?line=" + line + "#L" + line : path.toString();
    }

    /** The page for a request's path, or {@code null} when it names no text file inside the project. */
    static String page(Path projectDir, URI request) throws IOException {
        String relative = request.getRawPath().substring(PREFIX.length());
        Path root = projectDir.toAbsolutePath().normalize();
        Path file = root.resolve(URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!file.startsWith(root) || !shows(file.getFileName().toString()) || !Files.isRegularFile(file)
                || Files.size(file) > MAX_BYTES) {
            return null;
        }
        int line = line(request.getRawQuery());
        String name = root.relativize(file).toString().replace('\\', '/');
        // a file saved as GBK shows replacement characters here; Asciidoctor and the data loader say which
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(PreviewPage.escape(name)).append("</title><style>body{margin:0;font:14px/1.45 monospace}"
                        + "header{position:sticky;top:0;background:#f5f5f5;border-bottom:1px solid #ccc;padding:.4em 1em;"
                        + "font-family:sans-serif}pre{margin:0;padding:.5em 0}pre span{display:block;white-space:pre-wrap;scroll-margin-top:5em}"
                        + "pre a{display:inline-block;width:4em;color:#999;text-align:right;margin-right:1em;"
                        + "text-decoration:none}pre span:target,pre span.at{background:#fff3a0}</style></head><body><header>"
                        + "<a href=\"/\">← 返回预览</a>　").append(PreviewPage.escape(name));
        if (line > 0) {
            page.append(" 第 ").append(line).append(" 行");
        }
        String editor = "vscode://file" + (file.toString().startsWith("/") ? "" : "/") + file.toString().replace('\\', '/')
                + (line > 0 ? ":" + line : "");
        page.append("　<a href=\"").append(PreviewPage.escape(editor)).append("\">在 VS Code 中打开</a></header><pre>");
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            page.append("<span id=\"L").append(number).append('"').append(number == line ? " class=\"at\"" : "")
                    .append("><a href=\"#L").append(number).append("\">").append(number).append("</a>")
                    .append(PreviewPage.escape(lines[i])).append("</span>");
        }
        return page.append("</pre></body></html>").toString();
    }

    private static int line(String query) {
        if (query == null) {
            return 0;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("line=")) {
                try {
                    return Integer.parseInt(pair.substring(5));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
