package io.github.cpaudit.publish;

/**
 * Developer switches for how a report is published, each changing no byte of the output; every
 * build but a benchmark's comparison uses {@link #DEFAULT}.
 *
 * @param pdfPatches whether asciidoctor-pdf runs with the toolkit's speed patches ({@code pdf_speed.rb})
 */
public record PublishSpeed(boolean pdfPatches) {

    public static final PublishSpeed DEFAULT = new PublishSpeed(true);
}
