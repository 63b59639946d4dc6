package io.github.cpaudit.init;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.CsvTableUpdate;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.tables.BlankForms;
import io.github.cpaudit.tables.TableTemplates;
import io.github.cpaudit.tables.TemplateResolver;
import io.github.cpaudit.tables.WorksheetForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a new audit project: the report skeleton (Appendix C) of the report-skeleton jar, a
 * {@code pom.xml} that uses the plugin, {@code audit.yaml}, one empty data table per table of the
 * schema with its header row, the fill-in worksheets asked for, a {@code .gitignore} and the JVM
 * options of {@code .mvn/jvm.config}. It never
 * overwrites: when any file it would write exists, it writes nothing and lists them all.
 */
public final class ProjectScaffold {

    static final String SKELETON = "cpaudit/skeleton/project/";
    /** The skeleton's file list: a jar cannot be listed, so the skeleton names its files. */
    static final String MANIFEST = SKELETON + "files.txt";
    static final String MASTER = "src/docs/asciidoc/report.adoc";

    /**
     * Writes the project.
     *
     * @return the files written, relative to the project folder, in writing order
     * @throws AuditException when a file exists already (listing every one) or a worksheet number is unknown
     */
    public List<String> create(ScaffoldRequest request) {
        Map<String, byte[]> files = plan(request);
        List<String> existing = new ArrayList<>();
        for (String file : files.keySet()) {
            if (Files.exists(request.directory().resolve(file))) {
                existing.add(file);
            }
        }
        if (!existing.isEmpty()) {
            throw new AuditException("没有创建项目（init refused）：" + request.directory() + " 中已有下列 " + existing.size()
                    + " 个文件，audit:init 从不覆盖已有文件，未做任何改动：\n  " + String.join("\n  ", existing)
                    + "\n请换一个空目录（参数 audit.directory），或先移走这些文件。");
        }
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = request.directory().resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new AuditException("写入新项目失败（cannot write）：" + e.getMessage());
        }
        return List.copyOf(files.keySet());
    }

    /**
     * Adds to an existing project the skeleton's files of a document package ({@code assessment}:
     * {@code src/docs/asciidoc/assessment.adoc} and the folder {@code assessment/} beside it) that
     * it lacks; a file the project has is kept as it is.
     *
     * @return the files written, relative to the project folder
     * @throws AuditException when the folder is not an audit project
     */
    public List<String> addPackage(Path directory, String key) {
        if (!Files.isRegularFile(directory.resolve("audit.yaml"))) {
            throw new AuditException("没有添加（init refused）：" + directory + " 中没有 audit.yaml，不是审核项目。"
                    + "请在项目目录中运行，或用参数 audit.directory 指明项目目录。");
        }
        String master = "src/docs/asciidoc/" + key + ".adoc";
        String folder = "src/docs/asciidoc/" + key + "/";
        List<String> written = new ArrayList<>();
        try {
            for (String path : skeletonFiles()) {
                Path target = directory.resolve(path);
                if ((path.equals(master) || path.startsWith(folder)) && !Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, resource(SKELETON + path));
                    written.add(path);
                }
            }
        } catch (IOException e) {
            throw new AuditException("写入项目失败（cannot write）：" + e.getMessage());
        }
        return written;
    }

    /** Every file of the new project and its content, by path relative to the project folder. */
    Map<String, byte[]> plan(ScaffoldRequest request) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pom.xml", utf8(ProjectFiles.pom(request)));
        files.put("audit.yaml", utf8(ProjectFiles.auditYaml(request)));
        files.put(".gitignore", utf8(ProjectFiles.gitignore()));
        files.put(".mvn/jvm.config", utf8(ProjectFiles.jvmConfig()));
        for (String path : skeletonFiles()) {
            files.put(path, path.equals(MASTER) ? utf8(answered(new String(resource(SKELETON + path),
                    StandardCharsets.UTF_8), request)) : resource(SKELETON + path));
        }
        for (TableSpec table : Schema.bundled().tables()) {
            files.put("data/" + table.key() + ".csv",
                    CsvTableUpdate.newFile(table.columns().stream().map(ColumnSpec::header).toList()));
        }
        WorksheetCatalog catalog = WorksheetCatalog.bundled();
        BlankForms blank = new BlankForms(new TableTemplates(new TemplateResolver(null)));
        for (String number : request.worksheets()) {
            Worksheet worksheet = catalog.find(number).orElseThrow(() -> new AuditException(
                    "未知的工作表编号（unknown worksheet）：" + number + "，参数 audit.worksheets 应为 all、none 或 1-1 至 3-2 的编号，用逗号分隔"));
            files.put("src/docs/asciidoc/worksheets/" + WorksheetForm.fileName(worksheet),
                    utf8(WorksheetForm.document(worksheet, blank)));
        }
        return files;
    }

    /** The master's title attributes with the region and industry the writer gave (else the 〈…〉 placeholders). */
    private static String answered(String master, ScaffoldRequest request) {
        String text = master;
        if (request.region() != null && !request.region().isBlank()) {
            text = text.replace(":audit-region: 〈地区〉", ":audit-region: " + request.region().strip());
        }
        if (request.industry() != null && !request.industry().isBlank()) {
            text = text.replace(":audit-industry: 〈行业〉", ":audit-industry: " + request.industry().strip());
        }
        return text;
    }

    private static List<String> skeletonFiles() {
        String manifest = new String(resource(MANIFEST), StandardCharsets.UTF_8);
        return manifest.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ProjectScaffold.class.getClassLoader().getResourceAsStream(name)) {
            return Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException(
                    "report skeleton incomplete, missing from the classpath: " + name)).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
