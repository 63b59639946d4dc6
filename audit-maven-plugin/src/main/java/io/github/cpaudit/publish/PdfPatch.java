package io.github.cpaudit.publish;

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
}
