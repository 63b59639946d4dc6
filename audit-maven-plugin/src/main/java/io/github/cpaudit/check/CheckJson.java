package io.github.cpaudit.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.checklist.ChecklistGap;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The report as {@code check.json}, for tools (a CI step, a dashboard): the same lists as the
 * summary, with stable English keys, places split into file, sheet, row and column (or line), and
 * the messages in Chinese. Deterministic: no timestamps, "\n" line ends.
 */
final class CheckJson {

    /** The file's name in the output folder. */
    static final String FILE = "check.json";

    private CheckJson() {
    }

    /**
     * Writes {@code check.json} into {@code outputDir}, replacing only a previous {@code check.json}
     * (written beside it first and then moved, so a reader never sees half a file).
     */
    static Path write(CheckReport report, Path outputDir) {
        Path target = outputDir.resolve(FILE);
        Path temporary = null;
        try {
            Files.createDirectories(outputDir);
            temporary = Files.createTempFile(outputDir, ".check-", ".json");
            Files.writeString(temporary, text(report), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new AuditException("无法写出检查结果（check.json not writable）：" + target + "：" + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    /** The JSON text. */
    static String text(CheckReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("mode", report.mode().key());
            json.writeNumberField("enterprises", report.enterprises().size());
            json.writeNumberField("open", report.open());
            json.writeObjectFieldStart("counts");
            json.writeNumberField("dataProblems", report.dataProblems().size());
            json.writeNumberField("checklistGaps", report.checklistGaps().size());
            json.writeNumberField("openItems", report.openItems().size());
            json.writeNumberField("documentProblems", report.documentProblems().size());
            json.writeNumberField("findings", report.findings().size());
            json.writeEndObject();

            json.writeArrayFieldStart("dataProblems");
            for (Problem problem : report.dataProblems()) {
                json.writeStartObject();
                cell(json, problem.location());
                json.writeStringField("key", problem.key());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("checklistGaps");
            for (ChecklistGap gap : report.checklistGaps()) {
                json.writeStartObject();
                json.writeStringField("enterprise", gap.enterprise());
                json.writeStringField("enterpriseName", gap.enterpriseName());
                json.writeStringField("item", gap.item().id());
                json.writeStringField("itemName", gap.item().item());
                json.writeStringField("requirement", gap.item().requirement());
                json.writeStringField("kind", gap.kind().key());
                json.writeStringField("found", gap.found());
                cell(json, gap.location());
                json.writeStringField("message", gap.message());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("openItems");
            for (Problem item : report.openItems()) {
                documentRecord(json, item, false);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("documentProblems");
            for (Problem problem : report.documentProblems()) {
                documentRecord(json, problem, true);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("findings");
            for (ReviewFinding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringField("enterprise", finding.enterprise());
                json.writeStringField("enterpriseName", report.name(finding.enterprise()));
                json.writeStringField("kind", finding.kind());
                json.writeStringField("text", finding.text());
                json.writeArrayFieldStart("sources");
                for (Source source : finding.sources()) {
                    json.writeString(source.format());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** {@code location} as the summary prints it, then its parts; all {@code null} without a place. */
    private static void cell(JsonGenerator json, Location location) throws IOException {
        Location.Cell cell = location instanceof Location.Cell at ? at : null;
        json.writeStringField("location", cell == null ? null : cell.format());
        json.writeStringField("file", cell == null ? null : cell.path());
        json.writeStringField("sheet", cell == null ? null : cell.sheet().orElse(null));
        if (cell == null || cell.row() == 0) {
            json.writeNullField("row");
        } else {
            json.writeNumberField("row", cell.row());
        }
        json.writeStringField("column", cell == null ? null : cell.column().orElse(null));
    }

    /** A record of the document: its place as {@code file:line} and split, and its message. */
    private static void documentRecord(JsonGenerator json, Problem problem, boolean withSeverity) throws IOException {
        json.writeStartObject();
        if (withSeverity) {
            json.writeStringField("severity", problem.severity().name());
        }
        Location at = problem.location();
        json.writeStringField("location", at.file().isEmpty() ? null : at.format());
        json.writeStringField("file", at.file().orElse(null));
        if (at.line() > 0) {
            json.writeNumberField("line", at.line());
        } else {
            json.writeNullField("line");
        }
        json.writeStringField("message", problem.message());
        json.writeEndObject();
    }
}
