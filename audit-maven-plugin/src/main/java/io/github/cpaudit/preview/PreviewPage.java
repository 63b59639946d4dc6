package io.github.cpaudit.preview;

import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;
import io.github.cpaudit.publish.PreviewSession;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page the preview serves: the report's own HTML with, first in its body, a panel of the latest
 * render's problems ({@code 文件:行: 消息}, each place a link to the source at that line; a failed
 * render says the page is the last good one; a button steps through the page's open items) and the
 * script that reloads the page on the next render, keeping the block at the top of the view or, when
 * the edited block is out of view, showing it. With the background PDF the panel always shows, its
 * first line the PDF's state and link, which the script updates without a reload. The report's file
 * is never changed: this is added only on the way to the browser.
 */
final class PreviewPage {

    private static final String STYLE = "#audit-preview{position:sticky;top:0;z-index:99;font:14px/1.5 sans-serif;"
            + "background:#fff8e1;border-bottom:2px solid #f0ad4e;padding:.3em 1em;max-height:40vh;overflow:auto}"
            + "#audit-preview.failed{background:#fdecea;border-color:#d9534f}#audit-preview li{margin:.1em 0}"
            + "#audit-preview summary{cursor:pointer}#audit-preview button{margin-left:1em;font:inherit}"
            + "#audit-preview li.error{color:#a94442}#audit-preview a{color:#0b5cad}"
            + ".audit-edited{animation:audit-edited 2s ease-out}"
            + "@keyframes audit-edited{from{background:#fff3a0}to{background:transparent}}"
            + ".audit-open.audit-current{outline:2px solid #d9534f}"
            + "#audit-preview.quiet{background:#eef5fb;border-color:#9cc3e6;padding:.2em 1em}";

    /**
     * Sections out of view are laid out only when they come into view: a reload of a page with
     * hundreds of enterprises' tables then costs what the visible part costs (measured on 500
     * enterprises: the load event 6–9 s without, 0.34 s with; bench/serve.sh). The preview only.
     */
    private static final String LAZY_LAYOUT = ".sect1,.sect2,.sect3{content-visibility:auto;contain-intrinsic-size:auto 2000px}";

    /**
     * Before a reload the block at the top of the view is remembered by its place under
     * {@code #content} (a pixel offset means little once sections are laid out lazily); after it, that
     * block goes back where it was and, if the edited block is out of view, the view moves to it.
     * The button steps through the open items ({@code .audit-open}) of the page.
     */
    private static final String SCRIPT = "(function(){var K='audit-preview-at',edited=%s,version=%d;"
            + "if('scrollRestoration' in history){history.scrollRestoration='manual';}"
            + "function panel(){var p=document.getElementById('audit-preview');return p?Math.max(0,p.getBoundingClientRect().bottom):0;}"
            + "function root(){return document.getElementById('content')||document.body;}"
            + "function pathOf(el){var r=root(),path=[];while(el&&el!==r){var i=0,s=el;while((s=s.previousElementSibling)){i++;}"
            + "path.unshift(i);el=el.parentElement;}return el?path:null;}"
            + "function atPath(path){var el=root();for(var i=0;i<path.length&&el;i++){el=el.children[path[i]];}return el||null;}"
            + "function save(){var at={y:window.scrollY},el=document.elementFromPoint(Math.floor(window.innerWidth/2),panel()+2);"
            + "var p=el&&pathOf(el);if(p){at.path=p;at.top=el.getBoundingClientRect().top;}"
            + "sessionStorage.setItem(K,JSON.stringify(at));}"
            // a lazily laid out section measures as its placeholder: the sections around a block to show are laid out
            + "function show(el){for(var a=el;a;a=a.parentElement){if(/(^| )sect[123]( |$)/.test(a.className||'')){"
            + "a.style.contentVisibility='visible';}}return el;}"
            + "function restore(){var s=sessionStorage.getItem(K);if(s===null){return;}sessionStorage.removeItem(K);"
            + "var at=JSON.parse(s),el=at.path?show(atPath(at.path)):null;"
            + "if(el){window.scrollTo(0,window.scrollY+el.getBoundingClientRect().top-at.top);}else{window.scrollTo(0,at.y);}"
            + "var e=edited&&show(document.getElementById(edited));if(e){var r=e.getBoundingClientRect(),top=panel();"
            + "if(r.bottom<top||r.top>window.innerHeight){window.scrollTo(0,window.scrollY+r.top-top-16);}"
            + "e.classList.add('audit-edited');}}"
            + "function openItems(){var b=document.getElementById('audit-preview-next');if(!b){return;}"
            + "var open=document.querySelectorAll('.audit-open'),n=-1;if(open.length===0){b.remove();return;}"
            + "b.textContent='下一个待补充（共 '+open.length+' 处）';"
            + "b.onclick=function(ev){ev.preventDefault();if(n>=0){open[n].classList.remove('audit-current');}"
            + "n=(n+1)%%open.length;var o=open[n];o.classList.add('audit-current');"
            + "window.scrollTo(0,window.scrollY+o.getBoundingClientRect().top-panel()-window.innerHeight/4);};}"
            + "document.addEventListener('DOMContentLoaded',function(){restore();openItems();});"
            + "var es=new EventSource('/events');es.onmessage=function(m){if(+m.data!==version){save();location.reload();}};"
            + "es.addEventListener('pdf',function(m){var b=document.getElementById('audit-pdf');if(b){b.innerHTML=m.data;}});})();";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PreviewPage() {
    }

    static String of(PreviewSession.Render render, int version) {
        return of(render, version, null);
    }

    /** With {@code pdf} (not {@code null}), the panel always shows, its first line the PDF's state. */
    static String of(PreviewSession.Render render, int version, PdfStatus pdf) {
        // a span: it stands in the panel's summary line, the one line a folded panel shows
        String pdfLine = pdf == null ? "" : "<span id=\"audit-pdf\">" + pdfBar(pdf) + "</span> ";
        StringBuilder panel = new StringBuilder();
        if (pdf != null && render.fresh() && render.problems().isEmpty()) {
            panel.append("<div id=\"audit-preview\" class=\"quiet\">").append(pdfLine).append("</div>");
        }
        if (!render.fresh() || !render.problems().isEmpty()) {
            long errors = render.problems().stream().filter(PreviewPage::isError).count();
            // a long list of a draft's open items stays folded until asked for; errors are shown
            boolean unfold = !render.fresh() || errors > 0;
            panel.append("<details id=\"audit-preview\"").append(render.fresh() ? "" : " class=\"failed\"")
                    .append(unfold ? " open" : "").append("><summary>").append(pdfLine);
            if (!render.fresh()) {
                panel.append("<strong>").append(escape(render.html() == null
                        ? "报告无法转换（render failed）：请按下列问题改正，保存后自动重试。"
                        : render.stale() ? "最近一次修改有错误（render failed）：下面显示的是上一次成功的页面，改正后自动更新。"
                        : "报告有错误（render failed）：下面是这一次带错误的结果，改正后自动更新。"))
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
        String extra = "<style>" + STYLE + LAZY_LAYOUT + "</style>" + panel + "<script>" + SCRIPT.formatted(edited, version) + "</script>";
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
