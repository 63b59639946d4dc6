package io.github.cpaudit.asciidoc;

import java.util.Map;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
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

    PhraseNode plain(ContentNode parent, String text) {
        return createPhraseNode(parent, "quoted", escape(text), Map.of(), Map.of("type", "unquoted"));
    }

    /** The phrase's text is output as is: escaped for HTML (asciidoctor-pdf reads the same entities). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
