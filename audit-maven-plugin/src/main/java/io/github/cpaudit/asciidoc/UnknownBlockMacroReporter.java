package io.github.cpaudit.asciidoc;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports block macros that nothing processed. Asciidoctor prints an unknown {@code name::target[]}
 * (or one glued to the paragraph above it) as plain text and logs nothing, so a typo such as
 * {@code worksheat::2-4[]} would silently reach the report. A document error: it fails the build in
 * every mode (DESIGN.md).
 */
final class UnknownBlockMacroReporter extends Treeprocessor {

    /** Asciidoctor's own block macro syntax: a name, two colons, a target without spaces, attributes. */
    private static final Pattern BLOCK_MACRO = Pattern.compile("^([A-Za-z][\\w-]*)::(\\S*?)\\[(.*)]$");

    @Override
    public Document process(Document document) {
        List<StructuralNode> paragraphs = document.findBy(Map.of("context", ":paragraph"));
        for (StructuralNode paragraph : paragraphs) {
            if (!(paragraph instanceof Block block)) {
                continue;
            }
            List<String> lines = block.getLines();
            for (int i = 0; i < lines.size(); i++) {
                Matcher macro = BLOCK_MACRO.matcher(lines.get(i).trim());
                if (macro.matches()) {
                    log(new LogRecord(Severity.ERROR, lineOf(paragraph.getSourceLocation(), i),
                            "未知的块宏（unknown block macro）：" + macro.group(1) + "::，“" + macro.group()
                                    + "” 会原样印在报告里。请检查宏名的拼写，块宏须单独成段（前面空一行）"));
                }
            }
        }
        return document;
    }

    /** The place of the {@code offset}-th line of a block that starts at {@code start}. */
    private static Cursor lineOf(Cursor start, int offset) {
        return start == null || offset == 0 ? start : MacroLocation.at(start, start.getLineNumber() + offset);
    }
}
