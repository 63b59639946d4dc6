package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.tables.TableRenderer;
import java.util.List;
import org.asciidoctor.ast.StructuralNode;

/**
 * {@code worksheet::2-4[]}: a worksheet of Appendix A computed from the project's data, or with
 * {@code form=blank} its blank fill-in form. In a chapter it is one of the chapter's tables
 * ({@code 表 3-2 能源消耗及折标（工作表2-4）}); in an attachment it keeps its own title
 * ({@code 工作表2-4 能源消耗及折标}).
 */
final class WorksheetMacro extends TableMacros {

    WorksheetMacro(ProjectSession session) {
        super("worksheet", session);
    }

    @Override
    protected Printed print(StructuralNode parent, String target, TableOptions options, boolean inAttachment) {
        Worksheet worksheet = session.catalog().find(target).orElseThrow(() -> new RenderException(
                "未知的工作表编号（unknown worksheet）：" + target + "，应为 1-1 至 1-5、2-1 至 2-22、3-1 或 3-2"));
        boolean own = inAttachment || options.get("caption").filter("own"::equals).isPresent();
        String title = own ? worksheet.ownTitle() : worksheet.chapterTitle();
        if (options.get("form").filter("blank"::equals).isPresent()) {
            return new Printed(title, own, worksheet.landscape(), session.blankForms(parent.getDocument()).render(worksheet, options), List.of(), 0);
        }
        TableRenderer renderer = session.renderer(parent.getDocument(), this);
        OpenItems.reportData(this, parent.getDocument(), session.view(parent.getDocument(), this));
        TableRenderer.Rendered rendered = renderer.worksheet(worksheet, options,
                HtmlStyleDocinfo.isHtml(parent.getDocument()));
        used(parent.getDocument(), worksheet.number());
        return new Printed(title, own, worksheet.landscape(), rendered.asciidoc(), rendered.open(), rendered.details());
    }
}
