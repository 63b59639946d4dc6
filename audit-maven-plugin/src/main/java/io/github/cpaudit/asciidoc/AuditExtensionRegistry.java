package io.github.cpaudit.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * The toolkit's one extension registry, found through SPI so that the same jar works in the Maven
 * build and in an editor's AsciiDoc preview.
 */
public final class AuditExtensionRegistry implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
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
                .docinfoProcessor(new HtmlStyleDocinfo());
    }
}
