package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * What the table macros share: turning the macro's attributes into options, placing the template's
 * AsciiDoc into the document (parsed, so HTML and PDF show the same table) under its title, and
 * reporting what is missing at the macro's line.
 */
abstract class TableMacros extends BlockMacroProcessor {

    protected final ProjectSession session;

    TableMacros(String name, ProjectSession session) {
        super(name);
        this.session = session;
    }

    /** The table printed by the subclass; a {@link RenderException} is a document error. */
    protected abstract Printed print(StructuralNode parent, String target, TableOptions options, boolean inAttachment);

    /**
     * A printed table: its title, whether it keeps its own caption, whether it is too wide for a
     * portrait page, its AsciiDoc, what is open and the number of its cells' details (0: none).
     */
    protected record Printed(String title, boolean ownCaption, boolean wide, String asciidoc, List<String> open,
            int details) { }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Cursor at = MacroLocation.of(parent, getName() + "::" + target + "[");
        Printed printed;
        try {
            printed = print(parent, target, options(attributes), inAttachment(parent));
        } catch (RenderException e) {
            OpenItems.error(this, at, e.getMessage() + "（" + getName() + "::" + target + "[]）");
            return null;
        }
        List<String> lines = new ArrayList<>();
        // a wide table gets landscape pages in the PDF (layout=portrait keeps it upright); HTML ignores the breaks
        String layout = attributes.getOrDefault("layout", printed.wide() ? "landscape" : "portrait").toString();
        boolean landscape = "landscape".equals(layout);
        if (landscape) {
            lines.addAll(List.of("[page-layout=landscape]", "<<<", ""));
        }
        Object id = attributes.get("id");
        if (id != null) {
            lines.add("[[" + id + "]]");
        }
        if (printed.ownCaption()) {
            lines.add("[caption=\"\"]");
        }
        Object title = attributes.get("title");
        lines.add("." + (title != null ? title : printed.title()));
        lines.addAll(printed.asciidoc().lines().toList());
        if (landscape) {
            lines.addAll(List.of("", "[page-layout=portrait]", "<<<"));
        }
        int before = parent.getBlocks().size();
        parseContent(parent, lines);
        ChineseLineBreaking.markNothingToJoin(parent.getBlocks().subList(before, parent.getBlocks().size()), printed.asciidoc());
        session.placed(parent.getDocument(), printed.details());
        for (String open : printed.open()) {
            OpenItems.report(this, parent.getDocument(), at, open + "（" + getName() + "::" + target + "[]）");
        }
        return null;
    }

    /** The document attribute that lists the computed worksheets the document placed, for the sources table. */
    private static final String USED = "audit-used-worksheets";

    /** Records that the document shows computed worksheet {@code number}. */
    static void used(Document document, String number) {
        List<String> numbers = new ArrayList<>(used(document));
        if (!numbers.contains(number)) {
            numbers.add(number);
            document.setAttribute(USED, String.join("、", numbers), true);
        }
    }

    /** The computed worksheets the document placed so far, in their order. */
    static List<String> used(Document document) {
        Object numbers = document.getAttribute(USED);
        return numbers == null || numbers.toString().isEmpty() ? List.of() : List.of(numbers.toString().split("、"));
    }

    /** The macro's named attributes as options (positional ones left out). */
    static TableOptions options(Map<String, Object> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            if (value != null && !key.chars().allMatch(Character::isDigit)) {
                values.put(key, value.toString());
            }
        });
        return new TableOptions(values);
    }

    /** Inside an attachment (附件), where a worksheet keeps its own title (typesetting.md). */
    private static boolean inAttachment(StructuralNode node) {
        for (StructuralNode n = node; n != null; n = (StructuralNode) n.getParent()) {
            if (n instanceof Section section && "appendix".equals(section.getSectionName())) {
                return true;
            }
            if (!(n.getParent() instanceof StructuralNode)) {
                break;
            }
        }
        return false;
    }
}
