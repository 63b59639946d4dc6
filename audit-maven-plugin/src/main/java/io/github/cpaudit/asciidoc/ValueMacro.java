package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.Registry;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.values.FigureValues;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.PositionalAttributes;

/**
 * {@code audit:value[energy.total.tce]}: one computed figure in a sentence, rounded per
 * formulas.md §8 ({@code format=} to choose another rounding). An unknown key is a document error;
 * a figure the data cannot give prints as a highlighted "—" and is an open item. In HTML a figure
 * that keeps its sources is a link whose title is its 计算说明 (the formula, input rows and
 * coefficients); the PDF prints the bare figure.
 */
@PositionalAttributes({"key"})
final class ValueMacro extends InlineMacros {

    /** Input rows a figure's details list in the page; the rest are counted and left to audit:explain. */
    static final int TRACED_INPUTS = 12;

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
        ProjectView view = session.view(parent.getDocument(), this);
        OpenItems.reportData(this, parent.getDocument(), view);
        Registry registry = session.registry();
        Optional<Named<?>> entry = registry.find(Category.VALUE, key, view);
        if (entry.isEmpty() && FigureValues.isLevelKey(key) && view.indicatorSystemUnreadable()) {
            // the levels come from the indicator system, whose own problems are listed: not a second error
            OpenItems.report(this, parent.getDocument(), at, "数值无法计算（value not available）：audit:value[" + key
                    + "]：指标体系未能读入，请先改正指标体系文件的问题");
            return open(parent, "—");
        }
        if (entry.isEmpty()) {
            OpenItems.error(this, at, "未知的数值键（unknown value key）：audit:value[" + key + "]，可用的有："
                    + String.join("、", new TreeSet<>(registry.names(Category.VALUE, view))));
            return open(parent, "【未知数值：" + key + "】");
        }
        FigureValues.Value value = Registry.compute(entry.get(), view, key, TableOptions.none());
        String text;
        try {
            Object format = attributes.get("format");
            text = FigureValues.format(value, format == null ? null : format.toString(), view.formatter());
        } catch (RenderException e) {
            OpenItems.error(this, at, e.getMessage() + "（audit:value[" + key + "]）");
            return open(parent, "—");
        }
        if (!value.figure().isAvailable()) {
            OpenItems.report(this, parent.getDocument(), at, "数值无法计算（value not available）：audit:value[" + key + "]："
                    + value.figure().reason());
            return open(parent, text);
        }
        if (value.incomplete() != null) {
            OpenItems.report(this, parent.getDocument(), at, "合计不完整（incomplete total）：audit:value[" + key + "]："
                    + value.incomplete());
            return open(parent, text + "（不完整）");
        }
        if (value.explanation() != null && HtmlStyleDocinfo.isHtml(parent.getDocument())) {
            // the PDF stays clean: its 数据来源与计算说明 attachment carries the explanation
            return traced(parent, text, value.explanation(), view.formatter(), TRACED_INPUTS, "-Daudit.value=" + key);
        }
        return plain(parent, text);
    }
}
