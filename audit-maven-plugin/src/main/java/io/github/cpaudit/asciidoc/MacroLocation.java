package io.github.cpaudit.asciidoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

/**
 * The line of a macro. Asciidoctor hands a macro processor its parent block, not its own line, so
 * the macro's text is looked up in the parent's file from the parent's first line on (the parent is
 * the paragraph of an inline macro, the section of a block macro). Falls back to the parent's place.
 */
final class MacroLocation {

    private MacroLocation() {
    }

    static Cursor of(StructuralNode parent, String macroText) {
        Cursor start = parent.getSourceLocation();
        if (start == null || start.getFile() == null) {
            return start;
        }
        // the same macro twice under one parent: the n-th call is the n-th occurrence
        String seen = "audit-seen-" + Integer.toHexString((start.getFile() + ":" + start.getLineNumber() + ":"
                + macroText).hashCode());
        Object before = parent.getDocument().getAttribute(seen);
        int skip = before == null ? 0 : Integer.parseInt(before.toString());
        parent.getDocument().setAttribute(seen, String.valueOf(skip + 1), true);
        try {
            List<String> lines = Files.readAllLines(Path.of(start.getFile()), StandardCharsets.UTF_8);
            for (int i = Math.max(0, start.getLineNumber() - 1); i < lines.size(); i++) {
                if (lines.get(i).contains(macroText) && skip-- == 0) {
                    return at(start, i + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable source: the parent's place is the best we have
        }
        return start;
    }

    /** The place of line {@code line} in the file of {@code start}. */
    static Cursor at(Cursor start, int line) {
        return new Cursor() {
            @Override
            public int getLineNumber() {
                return line;
            }

            @Override
            public String getPath() {
                return start.getPath();
            }

            @Override
            public String getDir() {
                return start.getDir();
            }

            @Override
            public String getFile() {
                return start.getFile();
            }

            @Override
            public String toString() {
                return getFile() + ": line " + line;
            }
        };
    }
}
