package io.github.cpaudit.project;

import io.github.cpaudit.problem.Location;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The two audit rounds a project compares ({@code rounds:} in {@code audit.yaml}): either a later
 * round whose rows sit in {@code data/} under another year ({@code after: 2026}), or the previous
 * audit's project folder ({@code previous: ../电镀-2022}), whose baseline year is then "before" and
 * this project's baseline year "after".
 *
 * @param afterYear  the later round's year, or {@code null} when the project points to a previous one
 * @param previous   the previous project's folder, absolute, or {@code null}
 * @param beforeName what the report calls the earlier round, or {@code null} for the default
 * @param afterName  what the report calls the later round, or {@code null} for the default
 * @param tolerance  in percent: a measured change that falls short of an option's claim by no
 *                   more than this still verifies it
 * @param at         the {@code rounds} entry, for messages
 */
public record RoundsSetting(Integer afterYear, Path previous, String beforeName, String afterName,
        BigDecimal tolerance, Location at) {

    /** The verification tolerance when the project sets none, in percent. */
    public static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.TEN;
}
