package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jruby.Ruby;
import org.junit.jupiter.api.Test;

/**
 * The version guards of {@code pdf_speed.rb}: in a runtime without the gems the patches were written
 * for (a bare JRuby, where ttfunk, Prawn and asciidoctor-pdf are not loaded, as after an upgrade
 * none of the versions match) every patch is skipped, named with the versions found, and nothing
 * fails. A bare runtime, not Asciidoctor's, because loading asciidoctor-pdf would bring the gems.
 */
class PdfSpeedGuardTest {

    @Test
    void patchesForOtherGemVersionsAreSkippedAndNothingFails() throws IOException {
        Ruby ruby = Ruby.newInstance();
        try (InputStream in = PdfSpeedGuardTest.class.getClassLoader().getResourceAsStream("cpaudit/ruby/pdf_speed.rb")) {
            ruby.evalScriptlet(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(PdfPatch.fromRuby(ruby.evalScriptlet("CpAudit::PdfSpeed.apply"))).containsExactly(
                    new PdfPatch("code-page-memo", false, "ttfunk 1.7.0", "ttfunk ?"),
                    new PdfPatch("lazy-pdf-reader", false, "prawn-templates 0.1.2, asciidoctor-pdf 2.3.23",
                            "prawn-templates ?, asciidoctor-pdf ?; pdf/reader not deferred"),
                    new PdfPatch("font-file-cache", false, "prawn 2.4.0, asciidoctor-pdf 2.3.23", "prawn ?, asciidoctor-pdf ?"),
                    new PdfPatch("unicode-range-index", false, "ttfunk 1.7.0", "ttfunk ?"));
        } finally {
            ruby.tearDown();
        }
    }
}
