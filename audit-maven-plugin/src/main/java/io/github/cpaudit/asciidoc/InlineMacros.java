package io.github.cpaudit.asciidoc;

import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.ExplanationText;
import io.github.cpaudit.calc.FigureFormatter;
import java.util.Map;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/** What the inline macros share: the macro's line, and a highlighted phrase for what is open. */
abstract class InlineMacros extends InlineMacroProcessor {

    InlineMacros(String name) {
        super(name);
    }

    InlineMacros(String name, Map<String, Object> config) {
        super(name, config);
    }

    /** The macro's place: looked up from the nearest enclosing block that has one. */
    static Cursor at(ContentNode parent, String macroText) {
        ContentNode node = parent;
        while (node != null && !(node instanceof StructuralNode structural && structural.getSourceLocation() != null)) {
            node = node.getParent();
        }
        return node == null ? null : MacroLocation.of((StructuralNode) node, macroText);
    }

    /** Highlighted text (a {@code mark} with role {@code audit-open}) in HTML and PDF. */
    PhraseNode open(ContentNode parent, String text) {
        return createPhraseNode(parent, "quoted", escape(text), Map.of("role", "audit-open"), Map.of("type", "mark"));
    }

    /** The document attribute that counts the traced figures, for their ids. */
    private static final String TRACE_COUNT = "audit-trace-count";

    /**
     * The text as a link whose title is the explanation's lines, at most {@code shown} input rows of
     * them and then where to see them all ({@code explainWith}: the option of {@code audit:explain}).
     */
    PhraseNode traced(ContentNode parent, String text, Explanation explanation, FigureFormatter formatter, int shown,
            String explainWith) {
        return traced(parent, text, String.join("\n", ExplanationText.lines(explanation, formatter, "  ", shown,
                "（全部：mvn audit:explain " + explainWith + "）")));
    }

    /**
     * The text as a link with role {@code audit-trace} whose title is {@code details} (HTML only:
     * the page shows it on hover, its script on a click), both escaped for the attribute; the link
     * points to itself ({@code #audit-trace-3}), so that without the script a click goes nowhere.
     */
    private PhraseNode traced(ContentNode parent, String text, String details) {
        Document document = parent.getDocument();
        Object count = document.getAttribute(TRACE_COUNT);
        int n = count == null ? 1 : Integer.parseInt(count.toString()) + 1;
        document.setAttribute(TRACE_COUNT, String.valueOf(n), true);
        String id = "audit-trace-" + n;
        return createPhraseNode(parent, "anchor", inert(text), Map.of("role", "audit-trace", "title", inert(details)),
                Map.of("type", ":link", "target", "#" + id, "id", id));
    }

    /**
     * The text escaped for HTML, also for an attribute, with every ASCII character that a later
     * substitution keys on as a numeric character reference: a macro's converted output stays in the
     * text that the rest of the macro pass reads, and there {@code <<ref>>} (as {@code &lt;&lt;}),
     * {@code link:x[y]}, a bare URL, an e-mail address, {@code ((term))}, {@code [[id]]} and a line
     * ending in {@code  +} would become markup, inside the title attribute too. A browser reads the
     * references back as the characters.
     */
    static String inert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<', '>', '[', ']', ':', '@', '(', ')', '+', '\\' -> out.append("&#").append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    PhraseNode plain(ContentNode parent, String text) {
        return createPhraseNode(parent, "quoted", escape(text), Map.of(), Map.of("type", "unquoted"));
    }

    /** The phrase's text is output as is: escaped for HTML (asciidoctor-pdf reads the same entities). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
