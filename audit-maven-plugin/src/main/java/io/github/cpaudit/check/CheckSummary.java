package io.github.cpaudit.check;

import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.checklist.ChecklistGap;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;
import io.github.cpaudit.publish.PublishLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as the writer reads it in the build log: a short table (类别 | 数量), then every open
 * thing with its place, then the findings. Open lines are warnings in draft and errors in final
 * mode; the table and the findings are information (findings are report content, not warnings).
 */
final class CheckSummary {

    /** How a line is printed. */
    enum Level {
        INFO,
        /** Open: a warning in draft, an error in final mode. */
        OPEN,
        ERROR
    }

    /** One line of the summary. */
    record Line(Level level, String text) { }

    static final String DATA = "数据问题（invalid data）";
    static final String CHECKLIST = "资料缺项（missing checklist items）";
    static final String OPEN_ITEMS = "文档待补充项（open items）";
    static final String DOCUMENT = "文档问题（document problems）";
    static final String OPEN = "未完成合计（open）";
    static final String FINDINGS = "审核发现（findings）";

    private CheckSummary() {
    }

    /** Prints the summary through the log. */
    static void print(CheckReport report, PublishLog log) {
        for (Line line : lines(report)) {
            switch (line.level()) {
                case INFO -> log.info(line.text());
                case OPEN -> {
                    if (report.mode() == AuditMode.FINAL) {
                        log.error(line.text());
                    } else {
                        log.warn(line.text());
                    }
                }
                case ERROR -> log.error(line.text());
            }
        }
    }

    /** The summary's lines, in order. */
    static List<Line> lines(CheckReport report) {
        List<Line> lines = new ArrayList<>();
        lines.add(info("审核检查（audit:check）：" + report.enterprises().size() + " 家企业，" + report.mode().label()
                + "模式"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(DATA, report.dataProblems().size());
        counts.put(CHECKLIST, report.checklistGaps().size());
        counts.put(OPEN_ITEMS, report.openItems().size());
        counts.put(DOCUMENT, report.documentProblems().size());
        counts.put(OPEN, report.open());
        counts.put(FINDINGS, report.findings().size());
        table(counts).forEach(text -> lines.add(info(text)));

        if (!report.dataProblems().isEmpty()) {
            lines.add(open(DATA + "："));
            for (Problem problem : report.dataProblems()) {
                lines.add(open("  " + problem.format()));
            }
        }
        if (!report.checklistGaps().isEmpty()) {
            lines.add(open(CHECKLIST + "：" + report.enterprisesWithGaps() + " 家企业共 "
                    + report.checklistGaps().size() + " 项（应为“已提供”，或“不适用”并写明理由）"));
            String enterprise = null;
            for (ChecklistGap gap : report.checklistGaps()) {
                if (!gap.enterprise().equals(enterprise)) {
                    enterprise = gap.enterprise();
                    lines.add(open("  " + gap.enterprise() + " " + gap.enterpriseName() + "："));
                }
                lines.add(open("    " + (gap.place() == null ? "" : gap.place() + ": ") + gap.message()));
            }
        }
        if (!report.openItems().isEmpty()) {
            lines.add(open(OPEN_ITEMS + "："));
            report.openItems().forEach(item -> lines.add(open("  " + item.format())));
        }
        if (!report.documentProblems().isEmpty()) {
            lines.add(open(DOCUMENT + "："));
            for (Problem problem : report.documentProblems()) {
                boolean error = problem.severity().ordinal() >= Severity.ERROR.ordinal();
                lines.add(new Line(error ? Level.ERROR : Level.OPEN, "  " + problem.format()));
            }
        }
        if (!report.findings().isEmpty()) {
            lines.add(info(FINDINGS + "，报告内容，不算未完成项："));
            for (ReviewFinding finding : report.findings()) {
                lines.add(info("  " + finding.enterprise() + " " + report.name(finding.enterprise()) + " "
                        + finding.kind() + "：" + finding.text()
                        + (finding.sources().isEmpty() ? "" : "（" + finding.sources().get(0).format() + "）")));
            }
        }
        lines.add(info(verdict(report)));
        return lines;
    }

    /** The closing sentence: what the mode makes of what was found. */
    private static String verdict(CheckReport report) {
        if (report.open() == 0) {
            return "没有未完成项" + (report.mode() == AuditMode.FINAL ? "，定稿检查通过。" : "。");
        }
        if (report.mode() == AuditMode.FINAL) {
            return "定稿模式：以上 " + report.open() + " 项未完成，检查不通过。";
        }
        return "草稿模式：以上 " + report.open() + " 项未完成，定稿前须逐项处理（定稿模式 audit.mode=final 下检查不通过）。";
    }

    /** 类别 | 数量, the labels padded to one display width (a Chinese character is two columns). */
    private static List<String> table(Map<String, Integer> counts) {
        String header = "类别";
        int width = counts.keySet().stream().mapToInt(CheckSummary::width).reduce(width(header), Math::max);
        List<String> rows = new ArrayList<>();
        rows.add(pad(header, width) + " | 数量");
        rows.add("-".repeat(width) + "-+-----");
        counts.forEach((label, count) -> rows.add(pad(label, width) + " | " + String.format("%4d", count)));
        return rows;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - width(text));
    }

    /** Columns a terminal gives the text: two for East Asian wide and full-width characters. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
    }

    private static Line info(String text) {
        return new Line(Level.INFO, text);
    }

    private static Line open(String text) {
        return new Line(Level.OPEN, text);
    }
}
