package io.github.cpaudit.asciidoc;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * The toolkit's one extension registry, found through SPI so that the same jar works in the Maven
 * build and in an editor's AsciiDoc preview.
 */
public final class AuditExtensionRegistry implements ExtensionRegistry {

    /** The session of every instance registered into, for as long as the instance lives. */
    private static final Map<Asciidoctor, ProjectSession> SESSIONS = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void register(Asciidoctor asciidoctor) {
        // one session per Asciidoctor instance: the project is read once and shared by every macro
        ProjectSession session = new ProjectSession();
        SESSIONS.put(asciidoctor, session);
        asciidoctor.javaExtensionRegistry()
                .blockMacro(new WorksheetMacro(session))
                .blockMacro(new AuditTableMacro(session))
                .blockMacro(new EnterprisesMacro(session))
                .blockMacro(new ChartMacro(session))
                .inlineMacro(new ValueMacro(session))
                .inlineMacro(new FillMacro())
                .treeprocessor(new ChineseCaptionNumbering())
                .treeprocessor(new UnknownBlockMacroReporter())
                // last: the reporter above reads the lines as written
                .treeprocessor(new ChineseLineBreaking())
                .docinfoProcessor(new HtmlStyleDocinfo());
    }

    /**
     * Gives the macros of {@code asciidoctor} a project read started before the instance existed.
     *
     * @return whether the instance has the toolkit's macros to take it
     */
    public static boolean readAhead(Asciidoctor asciidoctor, ProjectReadAhead read) {
        ProjectSession session = SESSIONS.get(asciidoctor);
        if (session != null) {
            session.readAhead(read);
        }
        return session != null;
    }
}
