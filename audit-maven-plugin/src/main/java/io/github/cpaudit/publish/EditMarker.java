package io.github.cpaudit.publish;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

import java.nio.file.Path;

/**
 * Finds the block a writer just edited in the parsed document, the last block in reading order that
 * starts in the edited file at or before the edited line, and gives it the id the preview's page
 * scrolls to ({@link #ID}) when it has none of its own.
 */
final class EditMarker {

    /** The id the page looks for when it has an edited block without an id of its own. */
    static final String ID = "audit-edited";

    private final Path file;
    private final int line;
    /** The last block so far that starts in the file at or before the line. */
    private StructuralNode found;

    private EditMarker(PreviewSession.Edit edit) {
        this.file = edit.file().toAbsolutePath().normalize();
        this.line = edit.line();
    }

    /** @return the id of the edited block (its own or {@link #ID}); {@code null} when none is found */
    static String mark(StructuralNode document, PreviewSession.Edit edit) {
        EditMarker marker = new EditMarker(edit);
        marker.visit(document);
        if (marker.found == null) {
            return null;
        }
        String id = marker.found.getId();
        if (id == null || id.isEmpty()) {
            marker.found.setId(ID);
            return ID;
        }
        return id;
    }

    private void visit(StructuralNode node) {
        Cursor at = node.getSourceLocation();
        if (at != null && at.getLineNumber() <= line && file.equals(fileOf(at))) {
            found = node;
        }
        for (StructuralNode child : node.getBlocks()) {
            visit(child);
        }
    }

    private static Path fileOf(Cursor at) {
        String name = at.getFile();
        if (name == null) {
            return null;
        }
        Path path = Path.of(name);
        return (path.isAbsolute() || at.getDir() == null ? path : Path.of(at.getDir()).resolve(path)).toAbsolutePath().normalize();
    }
}
