package io.github.cpaudit.publish;

/**
 * Developer switches for how a report is published, each changing no byte of the output; every
 * build but a benchmark's comparison uses {@link #DEFAULT}.
 *
 * @param pdfPatches whether asciidoctor-pdf runs with the toolkit's speed patches ({@code pdf_speed.rb})
 * @param clientCompilerForHtml whether an HTML-only build runs with the JVM's optimizing compiler
 *                   switched off ({@link ClientCompilerOnly})
 */
public record PublishSpeed(boolean pdfPatches, boolean clientCompilerForHtml) {

    public static final PublishSpeed DEFAULT = new PublishSpeed(true, true);
}
