package io.github.cpaudit.check;

import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.checklist.ChecklistGap;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code audit:check} found. Open (to be done before the report is final): data problems,
 * checklist gaps, the document's open items and its other problems. Findings are report content.
 *
 * @param mode             the mode checked in
 * @param enterprises      the enterprises of the roster, id → name, in roster order
 * @param dataProblems     invalid or refused data and unknown checklist items, with their cells
 * @param checklistGaps    required Appendix B items not provided, roster order
 * @param openItems        unfilled blanks and missing data of the document, in reading order, each
 *                         message without the 待补充（open item） prefix
 * @param documentProblems the document's other warnings and errors (broken include, unknown macro …)
 * @param findings         what a reviewer must not miss
 */
public record CheckReport(AuditMode mode, Map<String, String> enterprises, List<Problem> dataProblems,
        List<ChecklistGap> checklistGaps, List<Problem> openItems, List<Problem> documentProblems,
        List<ReviewFinding> findings) {

    public CheckReport {
        enterprises = Collections.unmodifiableMap(new LinkedHashMap<>(enterprises));
        dataProblems = List.copyOf(dataProblems);
        checklistGaps = List.copyOf(checklistGaps);
        openItems = List.copyOf(openItems);
        documentProblems = List.copyOf(documentProblems);
        findings = List.copyOf(findings);
    }

    /** How many things are open. */
    public int open() {
        return dataProblems.size() + checklistGaps.size() + openItems.size() + documentProblems.size();
    }

    /** Errors in the document itself: they fail {@code audit:report} in every mode, so they fail the check too. */
    public List<Problem> documentErrors() {
        return documentProblems.stream().filter(p -> p.severity().ordinal() >= Severity.ERROR.ordinal()).toList();
    }

    /** The enterprise's name, or its id when the roster does not know it. */
    public String name(String enterpriseId) {
        return enterprises.getOrDefault(enterpriseId, enterpriseId);
    }

    /** How many enterprises have at least one checklist gap. */
    public long enterprisesWithGaps() {
        return checklistGaps.stream().map(ChecklistGap::enterprise).distinct().count();
    }
}
