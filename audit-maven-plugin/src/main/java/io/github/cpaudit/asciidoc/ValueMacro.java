package io.github.cpaudit.asciidoc;

import io.github.cpaudit.tables.RenderException;
import io.github.cpaudit.values.FigureValues;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.PositionalAttributes;

/**
 * {@code audit:value[energy.total.tce]}: one computed figure in a sentence, rounded per
 * formulas.md §8 ({@code format=} to choose another rounding). An unknown key is a document error;
 * a figure the data cannot give prints as a highlighted "—" and is an open item.
 */
@PositionalAttributes({"key"})
final class ValueMacro extends InlineMacros {

    private final ProjectSession session;

    ValueMacro(ProjectSession session) {
        super("audit");
        this.session = session;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Object keyAttribute = attributes.get("key");
        String key = keyAttribute == null ? "" : keyAttribute.toString().trim();
        Cursor at = at(parent, "audit:" + target + "[" + key);
        if (!"value".equals(target)) {
            OpenItems.error(this, at, "未知的行内宏（unknown inline macro）：audit:" + target + "[]，应为 audit:value[键]");
            return plain(parent, "audit:" + target + "[" + key + "]");
        }
        FigureValues values = session.values(parent.getDocument(), this);
        OpenItems.reportData(this, parent.getDocument(), session.view(parent.getDocument(), this));
        Optional<FigureValues.Value> value = values.find(key);
        if (value.isEmpty()) {
            OpenItems.error(this, at, "未知的数值键（unknown value key）：audit:value[" + key + "]，可用的有："
                    + String.join("、", values.keys()));
            return open(parent, "【未知数值：" + key + "】");
        }
        String text;
        try {
            Object format = attributes.get("format");
            text = values.format(value.get(), format == null ? null : format.toString());
        } catch (RenderException e) {
            OpenItems.error(this, at, e.getMessage() + "（audit:value[" + key + "]）");
            return open(parent, "—");
        }
        if (!value.get().figure().isAvailable()) {
            OpenItems.report(this, parent.getDocument(), at, "数值无法计算（value not available）：audit:value[" + key + "]："
                    + value.get().figure().reason());
            return open(parent, text);
        }
        return plain(parent, text);
    }
}
