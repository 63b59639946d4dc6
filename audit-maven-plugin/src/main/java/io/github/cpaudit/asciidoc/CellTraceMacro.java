package io.github.cpaudit.asciidoc;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.tables.TableRenderer;
import io.github.cpaudit.tables.TableRenderer.PrintedTrace;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;

/**
 * {@code audit-cell:7[]}: a traced cell of a computed table as its template printed it (the table
 * macros write the reference, never a writer). In HTML the cell's text is a link whose title is its
 * 计算说明, as {@code audit:value} prints a figure; the PDF and the DOCX show the bare text.
 */
final class CellTraceMacro extends InlineMacros {

    /**
     * Input rows a cell's details list: fewer than a figure's, since a table of 500 enterprises carries
     * thousands of them in one page; the rest are counted and left to audit:explain.
     */
    static final int TRACED_INPUTS = 6;

    private final ProjectSession session;

    CellTraceMacro(ProjectSession session) {
        super(TableRenderer.CELL_MACRO);
        this.session = session;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        TableRenderer renderer = session.renderer(parent.getDocument(), this);
        Optional<PrintedTrace> printed = renderer.traced(target);
        if (printed.isEmpty()) {
            OpenItems.error(this, at(parent, TableRenderer.CELL_MACRO + ":" + target + "["),
                    "未知的单元格引用（unknown cell reference）：" + TableRenderer.CELL_MACRO + ":" + target
                            + "[]，它只由计算表生成，请用 worksheet:: 或 audit-table:: 插入表格");
            return plain(parent, "—");
        }
        PrintedTrace trace = printed.get();
        if (!HtmlStyleDocinfo.isHtml(parent.getDocument())) {
            return plain(parent, trace.text());
        }
        ProjectView view = session.view(parent.getDocument(), this);
        return traced(parent, trace.text(), trace.cell().explanation(), view.formatter(), TRACED_INPUTS,
                "-Daudit.cell=" + trace.table() + ":" + trace.cell().address());
    }
}
