package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The blank fill-in form of a worksheet: header row with units, empty rows, and the
 * 制表/审核/日期 line (template {@code blank-form.vm}, or {@code blank-sheet.vm} for a one-field-per-row
 * form such as 3-2). Needs no data, so a freshly scaffolded project prints it at once.
 */
public final class BlankForms {

    /** Rows of an empty form unless {@code rows=} says otherwise (spec/worksheets.md). */
    static final int DEFAULT_ROWS = 5;

    private final TableTemplates templates;

    public BlankForms(TableTemplates templates) {
        this.templates = templates;
    }

    public String render(Worksheet worksheet, TableOptions options) {
        int rows = options.count("rows").orElse(DEFAULT_ROWS);
        String template = worksheet.sheet() ? "blank-sheet.vm" : "blank-form.vm";
        List<Map<String, Object>> columns = worksheet.columns().stream()
                .map(c -> Map.<String, Object>of("name", c.name(), "header", c.header())).toList();
        // a non-breaking space keeps an empty row as tall as a written one
        String empty = String.join(" ", Collections.nCopies(worksheet.columns().size(), "|{nbsp}"));
        return templates.render(template, Map.of("number", worksheet.number(), "title", worksheet.title(),
                "columns", columns, "header", TableRenderer.header(worksheet), "cols", worksheet.cols(),
                "blankRows", rows, "empty", empty));
    }
}
