package io.github.cpaudit.preview;

import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;
import io.github.cpaudit.publish.PreviewSession;

/**
 * The page the preview serves: the report's own HTML with, first in its body, a panel of the latest
 * render's problems ({@code 文件:行: 消息}, each place a link to the source at that line; a failed
 * render says the page is the last good one; a button steps through the page's open items) and the
 * script that reloads the page on the next render, keeping the scroll position or, when the edited
 * block is out of view, showing it. The report's file is never changed: this is added only on the
 * way to the browser.
 */
final class PreviewPage {

    private static final String STYLE = "#audit-preview{position:sticky;top:0;z-index:99;font:14px/1.5 sans-serif;"
            + "background:#fff8e1;border-bottom:2px solid #f0ad4e;padding:.3em 1em;max-height:40vh;overflow:auto}"
            + "#audit-preview.failed{background:#fdecea;border-color:#d9534f}#audit-preview li{margin:.1em 0}"
            + "#audit-preview summary{cursor:pointer}#audit-preview button{margin-left:1em;font:inherit}"
            + "#audit-preview li.error{color:#a94442}#audit-preview a{color:#0b5cad}"
            + ".audit-edited{animation:audit-edited 2s ease-out}"
            + "@keyframes audit-edited{from{background:#fff3a0}to{background:transparent}}"
            + ".audit-open.audit-current{outline:2px solid #d9534f}";

    /**
     * After a reload: back to the saved position, then, if the edited block is out of view, to it.
     * The button steps through the open items ({@code .audit-open}) of the page.
     */
    private static final String SCRIPT = "(function(){var k='audit-preview-scroll',y=sessionStorage.getItem(k),"
            + "edited=%s,panel=document.getElementById('audit-preview');"
            + "function top(){return panel?panel.getBoundingClientRect().bottom:0;}"
            + "if(y!==null){sessionStorage.removeItem(k);window.scrollTo(0,+y);"
            + "var e=edited&&document.getElementById(edited);if(e){var r=e.getBoundingClientRect();"
            + "if(r.bottom<top()||r.top>window.innerHeight){window.scrollTo(0,window.scrollY+r.top-top()-16);}"
            + "e.classList.add('audit-edited');}}"
            + "var b=document.getElementById('audit-preview-next'),open=document.querySelectorAll('.audit-open'),n=-1;"
            + "if(b){if(open.length===0){b.remove();}else{b.textContent='下一个待补充（共 '+open.length+' 处）';"
            + "b.onclick=function(ev){ev.preventDefault();if(n>=0){open[n].classList.remove('audit-current');}n=(n+1)%%open.length;"
            + "var o=open[n];o.classList.add('audit-current');"
            + "window.scrollTo(0,window.scrollY+o.getBoundingClientRect().top-top()-window.innerHeight/4);};}}"
            + "var s=new EventSource('/events');s.onmessage=function(e){if(+e.data!==%d){"
            + "sessionStorage.setItem(k,String(window.scrollY));location.reload();}};})();";

    private PreviewPage() {
    }

    static String of(PreviewSession.Render render, int version) {
        StringBuilder panel = new StringBuilder();
        if (!render.fresh() || !render.problems().isEmpty()) {
            long errors = render.problems().stream().filter(PreviewPage::isError).count();
            // a long list of a draft's open items stays folded until asked for; errors are shown
            boolean unfold = !render.fresh() || errors > 0;
            panel.append("<details id=\"audit-preview\"").append(render.fresh() ? "" : " class=\"failed\"")
                    .append(unfold ? " open" : "").append("><summary>");
            if (!render.fresh()) {
                panel.append("<strong>").append(escape(render.html() == null
                        ? "报告无法转换（render failed）：请按下列问题改正，保存后自动重试。"
                        : "最近一次修改有错误（render failed）：下面显示的是上一次成功的页面，改正后自动更新。"))
                        .append("</strong> ");
            }
            panel.append(escape("问题 " + render.problems().size() + " 个（错误 " + errors + "，警告 "
                    + (render.problems().size() - errors) + "）"));
            panel.append("<button type=\"button\" id=\"audit-preview-next\">下一个待补充</button></summary><ul>");
            for (Problem problem : render.problems()) {
                panel.append("<li class=\"").append(isError(problem) ? "error" : "warn").append("\">")
                        .append(placed(problem)).append("</li>");
            }
            panel.append("</ul></details>");
        }
        String edited = render.edited() == null ? "null" : "'" + render.edited().replaceAll("[^\\w-]", "") + "'";
        String extra = "<style>" + STYLE + "</style>" + panel + "<script>" + SCRIPT.formatted(edited, version) + "</script>";
        String html = render.html() == null ? "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>预览</title></head>"
                + "<body></body></html>" : render.html();
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        // the panel first in the body, so that it is what the writer sees
        return open < 0 ? extra + html : html.substring(0, open + 1) + extra + html.substring(open + 1);
    }

    private static boolean isError(Problem problem) {
        return problem.severity().compareTo(Severity.ERROR) >= 0;
    }

    /** The problem as the log shows it, its place a link to the source view where there is one. */
    private static String placed(Problem problem) {
        Location at = problem.location();
        String text = escape(problem.kind().prefix() + problem.message());
        if (at.file().isEmpty()) {
            return text;
        }
        String place = escape(at.format());
        if (SourceView.shows(at.file().get())) {
            place = "<a href=\"" + escape(SourceView.link(at.file().get(), at.line())) + "\">" + place + "</a>";
        }
        return place + escape(at.separator()) + text;
    }

    static String escape(String text) {
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
