package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.tables.AsciidocText;
import io.github.cpaudit.tables.TableRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * {@code audit-enterprises::[]}: the 一企一策 attachment, one section per enterprise of the roster
 * (or of {@code enterprise=}), each holding its diagnosis sheet (worksheet 3-2). The sections are
 * built as AST nodes since AsciiDoc parsed inside a block macro cannot open sections; they are
 * unnumbered and titled with the enterprise's id and name, which the table of contents lists.
 */
final class EnterprisesMacro extends BlockMacroProcessor {

    static final String SHEET = "3-2";

    private final ProjectSession session;

    EnterprisesMacro(ProjectSession session) {
        super("audit-enterprises");
        this.session = session;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Cursor at = MacroLocation.of(parent, "audit-enterprises::" + target + "[");
        Worksheet sheet = session.catalog().find(SHEET).orElseThrow();
        ProjectView view = session.view(parent.getDocument(), this);
        OpenItems.reportData(this, parent.getDocument(), view);
        TableRenderer renderer = session.renderer(parent.getDocument(), this);
        Set<String> wanted = selected(attributes);
        if (view.enterprises().isEmpty()) {
            OpenItems.report(this, parent.getDocument(), at, "缺少数据：企业名录（roster）没有企业（audit-enterprises::[]）");
        }
        int level = parent instanceof Section section ? section.getLevel() + 1 : 1;
        for (Enterprise enterprise : view.enterprises()) {
            if (!wanted.isEmpty() && !wanted.contains(enterprise.id()) && !wanted.contains(enterprise.name())) {
                continue;
            }
            Map<Object, Object> options = new HashMap<>();
            Section section = createSection(parent, level, false, options);
            section.setTitle(AsciidocText.inline(enterprise.id() + " " + enterprise.name()));
            section.setId("enterprise-" + enterprise.id().replaceAll("[^A-Za-z0-9_-]", "_"));
            Map<String, String> sheetOptions = new LinkedHashMap<>();
            sheetOptions.put("enterprise", enterprise.id());
            TableRenderer.Rendered rendered;
            try {
                rendered = renderer.worksheet(sheet, new TableOptions(sheetOptions), HtmlStyleDocinfo.isHtml(parent.getDocument()));
            } catch (RenderException e) {
                OpenItems.error(this, at, e.getMessage() + "（audit-enterprises::[]）");
                return null;
            }
            TableMacros.used(parent.getDocument(), SHEET);
            List<String> lines = new ArrayList<>();
            lines.add("[caption=\"\"]");
            lines.add("." + sheet.ownTitle());
            lines.addAll(rendered.asciidoc().lines().toList());
            parseContent(section, lines);
            ChineseLineBreaking.markNothingToJoin(section.getBlocks(), rendered.asciidoc());
            session.placed(parent.getDocument(), rendered.details());
            parent.append(section);
            for (String open : rendered.open()) {
                OpenItems.report(this, parent.getDocument(), at, enterprise.id() + "：" + open + "（audit-enterprises::[]）");
            }
        }
        return null;
    }

    private static Set<String> selected(Map<String, Object> attributes) {
        Object value = attributes.get("enterprise");
        if (value == null || value.toString().isBlank()) {
            return Set.of();
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (String id : value.toString().split("[、,，]")) {
            ids.add(id.trim());
        }
        return ids;
    }
}
