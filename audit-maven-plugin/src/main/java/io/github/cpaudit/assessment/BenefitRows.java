package io.github.cpaudit.assessment;

import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.tables.BenefitSheet;

import java.util.List;

/** The 效益汇总 table: worksheet 3-1's lines, in its order and with its rounding. */
final class BenefitRows {

    private BenefitRows() {
    }

    static ExportTable of(ProjectView view) {
        List<List<Cell>> rows = BenefitSheet.lines(view).stream().map(line -> {
            Kind kind = BenefitLine.kind(line.item());
            return new ExportRow(ExportSheet.BENEFITS, view.formatter()).text("item", BenefitSheet.name(line.item()))
                    .text("unit", perYear(line.item())).figure("baseline", line.baseline(), kind)
                    .number("reduction", line.reduction(), kind).figure("rate", line.rate(), Kind.PERCENT)
                    .number("implemented", line.implemented(), kind).cells();
        }).toList();
        return new ExportTable(ExportSheet.BENEFITS, rows);
    }

    /** The unit of an engine item per year, as 3-1 prints it: t/a for COD（t）, none for an item without unit. */
    static String perYear(String item) {
        String unit = BenefitLine.unit(item);
        return unit.isEmpty() ? "" : unit + "/a";
    }
}
