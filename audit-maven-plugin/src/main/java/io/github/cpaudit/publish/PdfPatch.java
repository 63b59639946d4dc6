package io.github.cpaudit.publish;

import java.util.List;

/**
 * What became of one of the runtime patches that speed up asciidoctor-pdf ({@code pdf_speed.rb}):
 * applied, or skipped because the runtime holds other gem versions than it was written for.
 *
 * @param name       the patch, e.g. {@code code-page-memo}
 * @param applied    whether it is in place
 * @param writtenFor the gem versions it was written for, e.g. {@code ttfunk 1.7.0}
 * @param found      the gem versions the runtime holds (and why it was skipped otherwise)
 */
record PdfPatch(String name, boolean applied, String writtenFor, String found) {

    /** The outcomes {@code CpAudit::PdfSpeed.apply} answers: {@code [[name, applied, written for, found], …]}. */
    static List<PdfPatch> fromRuby(Object outcomes) {
        return ((List<?>) outcomes).stream().map(outcome -> (List<?>) outcome).map(fields -> new PdfPatch(
                (String) fields.get(0), (Boolean) fields.get(1), (String) fields.get(2), (String) fields.get(3))).toList();
    }
}
