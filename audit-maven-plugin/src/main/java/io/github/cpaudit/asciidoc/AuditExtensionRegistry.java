package io.github.cpaudit.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * The toolkit's one extension registry, found through SPI so that the same jar works in the Maven
 * build and in an editor's AsciiDoc preview: with its Ruby additions too, so that a preview that has
 * only the jar renders what {@code audit:report} publishes.
 */
public final class AuditExtensionRegistry implements ExtensionRegistry {

    /**
     * Section numbers without the trailing dot, paths from the document's folder and the report's
     * default attributes (Chinese captions and labels, numbering, table of contents).
     */
    private static final String CORE_RUBY = "cpaudit/ruby/audit_core.rb";

    /** Called once for each Asciidoctor instance, when it is created. */
    @Override
    public void register(Asciidoctor asciidoctor) {
        RubyScripts.load(asciidoctor, CORE_RUBY);
        // one session per Asciidoctor instance: the project is read once and shared by every macro
        ProjectSession session = new ProjectSession();
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
                .docinfoProcessor(new HtmlStyleDocinfo())
                .docinfoProcessor(new CellDetailsDocinfo(session));
    }
}
