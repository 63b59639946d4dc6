/**
 * {@code audit:serve}: the live preview. {@link io.github.cpaudit.preview.LivePreview} renders the
 * report's HTML in one warm runtime ({@link io.github.cpaudit.publish.PreviewSession}), serves it on
 * the loopback address ({@link io.github.cpaudit.preview.PreviewServer}) and renders again when a
 * source changes ({@link io.github.cpaudit.preview.SourceWatcher}); the open page reloads itself.
 */
package io.github.cpaudit.preview;
