package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.tables.TableRenderer;
import java.util.List;
import org.asciidoctor.ast.StructuralNode;

/** {@code audit-table::NAME[]}: one of the report's computed tables, numbered in its chapter. */
final class AuditTableMacro extends TableMacros {

    /** The 数据来源与计算说明, which lists the document's own worksheets. */
    private static final String SOURCES = "sources";

    AuditTableMacro(ProjectSession session) {
        super("audit-table", session);
    }

    @Override
    protected Printed print(StructuralNode parent, String target, TableOptions options, boolean inAttachment) {
        TableRenderer renderer = session.renderer(parent.getDocument(), this);
        OpenItems.reportData(this, parent.getDocument(), session.view(parent.getDocument(), this));
        List<String> used = used(parent.getDocument());
        // the sources of the worksheets this document shows; tables= names others
        TableOptions asked = SOURCES.equals(target) && !used.isEmpty()
                ? options.with(TableOptions.USED_WORKSHEETS, String.join("、", used)) : options;
        TableRenderer.Rendered rendered = renderer.table(target, asked, HtmlStyleDocinfo.isHtml(parent.getDocument()));
        return new Printed(session.tableTitle(target), false, false, rendered.asciidoc(), rendered.open(),
                rendered.details());
    }
}
