package io.github.cpaudit.preview;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;
import io.github.cpaudit.publish.PreviewSession;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page the preview serves: the report's own HTML with, before its end, a panel of the latest
 * render's problems ({@code 文件:行: 消息}; a failed render says the page is the last good one) and
 * the script that reloads the page on the next render, keeping the scroll position. With the
 * background PDF the panel always shows, its first line the PDF's state and link, which the script
 * updates without a reload. The report's file is never changed: this is added only on the way to the browser.
 */
final class PreviewPage {

    private static final String STYLE = "#audit-preview{position:sticky;top:0;z-index:99;font:14px/1.5 sans-serif;"
            + "background:#fff8e1;border-bottom:2px solid #f0ad4e;padding:.4em 1em;max-height:40vh;overflow:auto}"
            + "#audit-preview.failed{background:#fdecea;border-color:#d9534f}#audit-preview li{margin:.1em 0}"
            + "#audit-preview.quiet{background:#eef5fb;border-color:#9cc3e6;padding:.2em 1em}";

    private static final String SCRIPT = "(function(){var k='audit-preview-scroll';var y=sessionStorage.getItem(k);"
            + "if(y!==null){window.scrollTo(0,+y);sessionStorage.removeItem(k);}"
            + "var s=new EventSource('/events');s.onmessage=function(e){if(+e.data!==%d){"
            + "sessionStorage.setItem(k,String(window.scrollY));location.reload();}};"
            + "s.addEventListener('pdf',function(e){var b=document.getElementById('audit-pdf');if(b){b.innerHTML=e.data;}});})();";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PreviewPage() {
    }

    static String of(PreviewSession.Render render, int version) {
        return of(render, version, null);
    }

    /** With {@code pdf} (not {@code null}), the panel always shows, its first line the PDF's state. */
    static String of(PreviewSession.Render render, int version, PdfStatus pdf) {
        String pdfLine = pdf == null ? "" : "<div id=\"audit-pdf\">" + pdfBar(pdf) + "</div>";
        StringBuilder panel = new StringBuilder();
        if (pdf != null && render.fresh() && render.problems().isEmpty()) {
            panel.append("<div id=\"audit-preview\" class=\"quiet\">").append(pdfLine).append("</div>");
        }
        if (!render.fresh() || !render.problems().isEmpty()) {
            panel.append("<div id=\"audit-preview\"").append(render.fresh() ? "" : " class=\"failed\"").append(">");
            panel.append(pdfLine);
            if (!render.fresh()) {
                panel.append("<strong>").append(escape(render.html() == null
                        ? "报告无法转换（render failed）：请按下列问题改正，保存后自动重试。"
                        : "最近一次修改有错误（render failed）：下面显示的是上一次成功的页面，改正后自动更新。"))
                        .append("</strong>");
            }
            panel.append("<ul>");
            for (Problem problem : render.problems()) {
                panel.append("<li class=\"").append(problem.severity().compareTo(Severity.ERROR) >= 0 ? "error" : "warn")
                        .append("\">").append(escape(problem.logLine())).append("</li>");
            }
            panel.append("</ul></div>");
        }
        String extra = "<style>" + STYLE + "</style>" + panel + "<script>" + SCRIPT.formatted(version) + "</script>";
        String html = render.html() == null ? "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>预览</title></head>"
                + "<body></body></html>" : render.html();
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        // the panel first in the body, so that it is what the writer sees
        return open < 0 ? extra + html : html.substring(0, open + 1) + extra + html.substring(open + 1);
    }

    /** The SSE event that updates the PDF's line of an open page without reloading it. */
    static String pdfEvent(PdfStatus pdf) {
        return "event: pdf\ndata: " + pdfBar(pdf) + "\n\n";
    }

    /** The PDF's line: a link to the last one written, whether a new one is made, why the last try failed. */
    static String pdfBar(PdfStatus pdf) {
        String last = pdf.version() == 0 ? null : "<a href=\"" + PreviewServer.PDF_PATH + "?v=" + pdf.version()
                + "\" target=\"_blank\">" + escape(String.format(Locale.ROOT, "PDF：第 %d 版（%s 生成，用时 %.1f s）",
                pdf.version(), CLOCK.format(pdf.madeAt()), pdf.seconds())) + "</a>";
        if (pdf.working()) {
            return last == null ? news("PDF 生成中…") : last + "　" + news("新版 PDF 生成中…");
        }
        if (pdf.problem() != null) {
            // an SSE data line ends at a line break
            return news("PDF 未能生成：" + pdf.problem().replaceAll("\\s*\\R\\s*", " ")) + (last == null ? "" : "　" + last);
        }
        return last == null ? news("PDF 尚未生成：页面没有错误时自动生成") : last;
    }

    private static String news(String text) {
        return "<span class=\"pdf-news\">" + escape(text) + "</span>";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
