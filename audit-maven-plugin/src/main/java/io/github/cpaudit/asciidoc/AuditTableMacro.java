package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.tables.TableRenderer;
import org.asciidoctor.ast.StructuralNode;

/** {@code audit-table::NAME[]}: one of the report's computed tables, numbered in its chapter. */
final class AuditTableMacro extends TableMacros {

    AuditTableMacro(ProjectSession session) {
        super("audit-table", session);
    }

    @Override
    protected Printed print(StructuralNode parent, String target, TableOptions options, boolean inAttachment) {
        TableRenderer renderer = session.renderer(parent.getDocument(), this);
        OpenItems.reportData(this, parent.getDocument(), session.view(parent.getDocument(), this));
        TableRenderer.Rendered rendered = renderer.table(target, options);
        return new Printed(session.tableTitle(target), false, false, rendered.asciidoc(), rendered.open());
    }
}
