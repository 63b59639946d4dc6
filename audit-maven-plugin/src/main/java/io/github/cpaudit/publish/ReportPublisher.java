package io.github.cpaudit.publish;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.fonts.FontResolver;
import io.github.cpaudit.fonts.InstalledFonts;
import io.github.cpaudit.fonts.PdfFonts;
import io.github.cpaudit.docx.DocxLayout;
import io.github.cpaudit.docx.DocxReport;

import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Publishes a report: checks the request, starts one Asciidoctor runtime, writes each format into
 * a temporary folder, fails on log records at the fail level, and moves the results into place only
 * when every format succeeded. Knows nothing of Maven.
 */
public final class ReportPublisher {

    private final PublishLog log;
    private final InstalledFonts installedFonts;

    public ReportPublisher(PublishLog log) {
        this(log, InstalledFonts.ofThisMachine());
    }

    /** With the font folders to look for installed fonts in (tests: never the machine's). */
    ReportPublisher(PublishLog log, InstalledFonts installedFonts) {
        this.log = log;
        this.installedFonts = installedFonts;
    }

    /** Publishes {@code request}; throws {@link AuditException} with a Chinese summary on failure. */
    public void publish(PublishRequest request) {
        publish(List.of(request));
    }

    /**
     * Publishes several document sets of one project (the report, its 评估材料, its 验收材料) with one
     * runtime, in order; each set is moved into its own place only when all its formats succeeded,
     * so that a failing set leaves its previous output, and the sets before it, as they are.
     */
    public void publish(List<PublishRequest> requests) {
        requests.forEach(ReportPublisher::checkInputs);
        PublishRequest first = requests.get(0);
        Set<Format> all = new TreeSet<>();
        requests.forEach(request -> all.addAll(request.formats()));
        long start = System.nanoTime();
        // fonts first: a font that cannot work fails the build before the runtime costs seconds
        PdfFonts fonts = chooseFonts(first, installedFonts, log);
        if (all.contains(Format.PDF)) {
            log.info(fonts.logLine());
        }
        // only a run nothing follows in this JVM: what the exclusion leaves behind then slows nothing else
        boolean clientOnly = all.equals(Set.of(Format.HTML)) && first.speed().lastInJvm();
        LogSwitch logs = new LogSwitch();
        try (ClientCompilerOnly jit = clientOnly ? ClientCompilerOnly.start() : null;
                ReportRuntime runtime = timed(log, "启动 Asciidoctor 运行时（runtime）", () -> new ReportRuntime(logs))) {
            if (jit != null && jit.active()) {
                log.info("HTML 草稿只用 JVM 的客户端编译器（client compiler only）：这次构建在它之后不再运行别的，短时运行更快");
            }
            PdfAssets assets = new PdfAssets(first.cacheDir());
            for (PublishRequest request : requests) {
                LogCollector collector = new LogCollector(request, log);
                logs.sendTo(collector);
                publishOne(new Conversion(request, runtime, null, assets, fonts), collector);
            }
        }
        log.info(String.format("发布完成，共用时 %.1f s", seconds(start)));
    }

    /** One document set: each format staged, then all moved into place. */
    private void publishOne(Conversion shared, LogCollector collector) {
        PublishRequest request = shared.request();
        Set<Format> formats = new TreeSet<>(request.formats()); // HTML first: it fails fastest
        try (StagedOutput staged = StagedOutput.create(request.outputDir())) {
            Conversion conversion = new Conversion(request, shared.runtime(), staged, shared.assets(), shared.fonts());
            for (Format format : formats) {
                if (format == Format.HTML && formats.contains(Format.DOCX)) {
                    continue; // converted from the DOCX's parse, next
                }
                if (format == Format.DOCX) {
                    writeDocx(conversion, formats.contains(Format.HTML));
                } else {
                    write(conversion, format);
                }
                failIfReached(collector, request.failLevel());
            }
            staged.commit(formats);
        }
        for (Format format : formats) {
            log.info("已发布 " + format.name() + "：" + ProjectPaths.relative(request.projectDir(),
                    request.outputDir().resolve(format.folder()).resolve(format.fileName(request.documentBaseName()))));
        }
    }

    /** What every format's conversion shares. */
    private record Conversion(PublishRequest request, ReportRuntime runtime, StagedOutput staged, PdfAssets assets,
            PdfFonts fonts) { }

    /** Writes one format into the staging folder, loading asciidoctor-pdf first for the PDF. */
    private void write(Conversion conversion, Format format) {
        PublishRequest request = conversion.request();
        Path target = conversion.staged().file(format, format.fileName(request.documentBaseName()));
        Options options = ConversionOptions.of(request, format, target, conversion.assets(), conversion.fonts());
        if (format == Format.PDF) {
            loadPdf(conversion.runtime(), request, log);
        }
        timed(log, "生成 " + format.name(), () -> {
            convert(conversion.runtime(), request, options, format);
            return null;
        });
        if (!Files.isRegularFile(target)) {
            throw new AuditException("报告未发布（publish failed）：" + format.name()
                    + " 没有生成输出文件，请查看上方日志。先前发布的报告保持不变。");
        }
    }

    /**
     * The DOCX, and the HTML with it when both are asked for, from one parse of the document: the
     * HTML is converted from the parsed document and the DOCX written from the same one, so that
     * both show what the macros computed once, numbered alike.
     */
    private void writeDocx(Conversion conversion, boolean html) {
        PublishRequest request = conversion.request();
        Options options = ConversionOptions.of(request, Format.HTML, null, conversion.assets(), conversion.fonts());
        Document document = timed(log, "解析文档（parse）", () -> converting(Format.DOCX,
                () -> conversion.runtime().load(request.masterFile(), options)));
        if (html) {
            Path page = conversion.staged().file(Format.HTML, Format.HTML.fileName(request.documentBaseName()));
            timed(log, "生成 HTML", () -> {
                String text = converting(Format.HTML, document::convert);
                writeText(page, text); // as convertFile writes it: byte for byte the HTML of an HTML-only build
                return null;
            });
        }
        Path target = conversion.staged().file(Format.DOCX, Format.DOCX.fileName(request.documentBaseName()));
        Path theme = request.theme() != null ? request.theme() : conversion.assets().defaultTheme();
        PdfFonts fonts = conversion.fonts();
        DocxLayout layout = DocxLayout.fromTheme(theme, fonts.bodyFamily(), fonts.headingFamily(), fonts.tableFamily());
        // the DOCX names its fonts, it does not embed them: the reader's machine must have them
        log.info("DOCX 字体（font names）：正文 " + layout.bodyFont() + "，标题 " + layout.headingFont() + "，表格 "
                + layout.tableFont());
        timed(log, "生成 DOCX", () -> {
            converting(Format.DOCX, () -> {
                DocxReport.write(document, layout, target);
                return null;
            });
            return null;
        });
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuditException("无法写出 HTML（output not writable）：" + file + "：" + e.getMessage());
        }
    }

    private static void convert(ReportRuntime runtime, PublishRequest request, Options options, Format format) {
        converting(format, () -> {
            runtime.convert(request.masterFile(), options);
            return null;
        });
    }

    /** Runs a conversion step; a Ruby error in it becomes the writer's message, without a trace. */
    private static <T> T converting(Format format, Supplier<T> step) {
        try {
            return step.get();
        } catch (AuditException e) {
            throw e;
        } catch (RuntimeException e) {
            // Ruby errors (a theme that does not parse, an unreadable font …) arrive as runtime exceptions
            throw new AuditException("报告未发布（publish failed）：" + format.name() + " 转换出错："
                    + rootMessage(e) + "。先前发布的报告保持不变。", e);
        }
    }

    /** The PDF's font per role; {@code installedFonts}: where installed fonts are looked for. */
    static PdfFonts chooseFonts(PublishRequest request, InstalledFonts installedFonts, PublishLog log) {
        return new FontResolver(request.projectDir(), installedFonts, log::warn).choose(request.fonts(),
                request.theme() == null ? PdfFonts.DEFAULT_THEME_FONT : "主题 " + request.theme().getFileName() + " 所定的字体");
    }

    /** Loads asciidoctor-pdf into the runtime (once), logging its time and the speed patches. */
    static void loadPdf(ReportRuntime runtime, PublishRequest request, PublishLog log) {
        boolean patches = request.speed().pdfPatches();
        logPdfPatches(log, patches, timed(log, "加载 PDF 转换器（asciidoctor-pdf）", () -> runtime.loadPdf(patches)));
    }

    private static void logPdfPatches(PublishLog log, boolean requested, List<PdfPatch> patches) {
        if (!requested) {
            log.info("PDF 加速补丁已关闭（pdf patches off）：audit.pdfPatches=false");
            return;
        }
        List<String> applied = patches.stream().filter(PdfPatch::applied).map(PdfPatch::name).toList();
        if (!applied.isEmpty()) {
            log.info("PDF 加速补丁（pdf patches）：已启用 " + String.join("、", applied));
        }
        for (PdfPatch patch : patches) {
            if (!patch.applied()) {
                // a gem upgrade switches a patch off: the PDF is right, only slower
                log.info("PDF 加速补丁未启用（pdf patch skipped）：" + patch.name() + " 为 " + patch.writtenFor()
                        + " 编写，运行时为 " + patch.found());
            }
        }
    }

    /** Problems listed in the failure message; the log above has all of them. */
    private static final int MAX_LISTED = 50;

    private static void failIfReached(LogCollector collector, FailLevel level) {
        List<Problem> reached = new java.util.ArrayList<>(collector.reaching(level));
        reached.sort(Problem.BY_PLACE);
        if (!reached.isEmpty()) {
            // every place, so that a writer finishing a report in final mode sees the whole list at once
            StringBuilder list = new StringBuilder();
            int shown = Math.min(reached.size(), MAX_LISTED);
            for (int i = 0; i < shown; i++) {
                list.append("\n  ").append(i + 1).append(". ").append(reached.get(i).logLine());
            }
            if (reached.size() > shown) {
                list.append("\n  ……另有 ").append(reached.size() - shown).append(" 个，见上方日志");
            }
            throw new AuditException("报告未发布（publish failed）：发现 " + reached.size() + " 个达到失败级别 "
                    + level.label() + " 的问题：" + list + "\n改正后重新发布；先前发布的报告保持不变。");
        }
    }

    private static void checkInputs(PublishRequest request) {
        checkOutputDir(request);
        checkSources(request);
        if (request.formats().contains(Format.PDF) || request.formats().contains(Format.DOCX)) {
            checkTheme(request); // the DOCX takes its page and type from the theme too
        }
        checkFontsDir(request);
    }

    static void checkOutputDir(PublishRequest request) {
        if (!request.outputDir().startsWith(request.projectDir())) {
            // SAFE mode keeps every file the conversion writes inside the project folder
            throw new AuditException("输出目录须在项目目录之内（output directory outside the project）："
                    + request.outputDir() + "。文档以 SAFE 模式渲染，只能写入项目目录 " + request.projectDir()
                    + " 之下；请修改参数 outputDirectory（audit.outputDirectory），默认为 target/audit。");
        }
    }

    static void checkTheme(PublishRequest request) {
        if (request.theme() != null && !Files.isRegularFile(request.theme())) {
            throw new AuditException("找不到 PDF 主题文件（theme not found）：" + request.theme()
                    + "。请检查参数 theme（audit.theme）：它应指向一个 YAML 主题文件；不设置则使用工具包的默认主题。");
        }
    }

    static void checkFontsDir(PublishRequest request) {
        if (request.fontsDir() != null && !Files.isDirectory(request.fontsDir())) {
            throw new AuditException("找不到字体目录（fonts directory not found）：" + request.fontsDir()
                    + "。请检查参数 fontsDirectory（audit.fontsDirectory）。");
        }
    }

    /** The source folder and the master document exist: the conversion has something to read. */
    static void checkSources(PublishRequest request) {
        if (!Files.isDirectory(request.sourceDir())) {
            throw new AuditException("找不到源目录（source directory not found）："
                    + request.sourceDir() + "。请检查参数 sourceDirectory（audit.sourceDirectory），默认为 src/docs/asciidoc。");
        }
        if (!Files.isRegularFile(request.masterFile())) {
            throw new AuditException("找不到主文档（master document not found）：" + request.masterFile()
                    + "。请检查参数 masterDocument（audit.masterDocument），默认为 report.adoc。");
        }
    }

    private static <T> T timed(PublishLog log, String phase, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        log.info(String.format("%s：%.1f s", phase, seconds(start)));
        return result;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The first line of the innermost cause's message: what a Ruby error says, without its trace. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
