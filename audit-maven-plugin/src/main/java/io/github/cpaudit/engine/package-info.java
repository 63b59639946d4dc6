/**
 * The loaded project as everything above reads it: {@link io.github.cpaudit.engine.ProjectView} holds
 * the project's data, every computed result and the one number formatter, read and calculated once.
 * No Asciidoctor or Maven types.
 */
package io.github.cpaudit.engine;
