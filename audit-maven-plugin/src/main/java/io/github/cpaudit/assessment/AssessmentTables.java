package io.github.cpaudit.assessment;

import io.github.cpaudit.engine.ProjectView;

import java.util.List;

/** The export's tables of a loaded project, in the order of {@link ExportSheet}. */
public final class AssessmentTables {

    private AssessmentTables() {
    }

    public static List<ExportTable> of(ProjectView view) {
        return List.of(EnterpriseRows.of(view), OptionRows.options(view), OptionRows.effects(view), BenefitRows.of(view));
    }
}
