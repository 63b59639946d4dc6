package io.github.cpaudit.preview;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;
import io.github.cpaudit.publish.PreviewSession;

/**
 * The page the preview serves: the report's own HTML with, before its end, a panel of the latest
 * render's problems ({@code 文件:行: 消息}; a failed render says the page is the last good one) and
 * the script that reloads the page on the next render, keeping the scroll position. The report's
 * file is never changed: this is added only on the way to the browser.
 */
final class PreviewPage {

    private static final String STYLE = "#audit-preview{position:sticky;top:0;z-index:99;font:14px/1.5 sans-serif;"
            + "background:#fff8e1;border-bottom:2px solid #f0ad4e;padding:.4em 1em;max-height:40vh;overflow:auto}"
            + "#audit-preview.failed{background:#fdecea;border-color:#d9534f}#audit-preview li{margin:.1em 0}";

    private static final String SCRIPT = "(function(){var k='audit-preview-scroll';var y=sessionStorage.getItem(k);"
            + "if(y!==null){window.scrollTo(0,+y);sessionStorage.removeItem(k);}"
            + "var s=new EventSource('/events');s.onmessage=function(e){if(+e.data!==%d){"
            + "sessionStorage.setItem(k,String(window.scrollY));location.reload();}};})();";

    private PreviewPage() {
    }

    static String of(PreviewSession.Render render, int version) {
        StringBuilder panel = new StringBuilder();
        if (!render.fresh() || !render.problems().isEmpty()) {
            panel.append("<div id=\"audit-preview\"").append(render.fresh() ? "" : " class=\"failed\"").append(">");
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
