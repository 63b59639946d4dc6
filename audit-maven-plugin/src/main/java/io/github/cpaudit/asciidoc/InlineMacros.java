package io.github.cpaudit.asciidoc;

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
     * The text as a link with role {@code audit-trace} whose title is {@code details} (HTML only:
     * the page shows it on hover, its script on a click), both escaped for the attribute; the link
     * points to itself ({@code #audit-trace-3}), so that without the script a click goes nowhere.
     */
    PhraseNode traced(ContentNode parent, String text, String details) {
        Document document = parent.getDocument();
        Object count = document.getAttribute(TRACE_COUNT);
        int n = count == null ? 1 : Integer.parseInt(count.toString()) + 1;
        document.setAttribute(TRACE_COUNT, String.valueOf(n), true);
        String id = "audit-trace-" + n;
        return createPhraseNode(parent, "anchor", escape(text),
                Map.of("role", "audit-trace", "title", escape(details).replace("\"", "&quot;")),
                Map.of("type", ":link", "target", "#" + id, "id", id));
    }

    PhraseNode plain(ContentNode parent, String text) {
        return createPhraseNode(parent, "quoted", escape(text), Map.of(), Map.of("type", "unquoted"));
    }

    /** The phrase's text is output as is: escaped for HTML (asciidoctor-pdf reads the same entities). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
