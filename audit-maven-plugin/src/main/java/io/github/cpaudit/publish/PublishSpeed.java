package io.github.cpaudit.publish;

/**
 * Developer switches for how a report is published, each changing no byte of the output; every
 * build but a benchmark's comparison uses {@link #DEFAULT}, except that a goal nothing runs after
 * may leave out the optimizing compiler.
 *
 * @param pdfPatches whether asciidoctor-pdf runs with the toolkit's speed patches ({@code pdf_speed.rb})
 * @param lastInJvm whether nothing else runs in this JVM after the publish (the goal asked last on the
 *     command line, the reactor's last project, no parallel build, no daemon): only then may an HTML-only
 *     draft switch off the JVM's optimizing compiler ({@link ClientCompilerOnly}), because what that
 *     leaves behind can slow nothing else
 */
public record PublishSpeed(boolean pdfPatches, boolean lastInJvm) {

    public static final PublishSpeed DEFAULT = new PublishSpeed(true, false);
}
