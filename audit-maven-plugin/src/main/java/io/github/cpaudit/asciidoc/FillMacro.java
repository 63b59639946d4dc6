package io.github.cpaudit.asciidoc;

import java.util.Map;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.extension.Format;
import org.asciidoctor.extension.FormatType;

/**
 * {@code fill:[企业名称]}: a blank for a fact only the writer knows. It prints highlighted as
 * 【待填写：企业名称】; an open item (a warning in draft, an error in final mode) at its line.
 */
@Format(FormatType.SHORT)
final class FillMacro extends InlineMacros {

    FillMacro() {
        super("fill", new java.util.HashMap<>(Map.of("content_model", ":text")));
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Object text = attributes.get("text");
        String what = text == null || text.toString().isBlank() ? "内容" : text.toString().trim();
        OpenItems.report(this, parent.getDocument(), at(parent, "fill:[" + (text == null ? "" : text) + "]"),
                "未填写的空白（unfilled blank）：fill:[" + what + "]");
        return open(parent, "【待填写：" + what + "】");
    }
}
