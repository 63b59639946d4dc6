package io.github.cpaudit.asciidoc;

import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.Registry;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.charts.ChartSpec;
import io.github.cpaudit.charts.ReportCharts;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.fonts.ChartFonts;
import io.github.cpaudit.tables.BlankForms;
import io.github.cpaudit.tables.ComputedTables;
import io.github.cpaudit.tables.TableRenderer;
import io.github.cpaudit.tables.TableTemplates;
import io.github.cpaudit.tables.TemplateResolver;
import io.github.cpaudit.values.FigureValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Processor;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * The project's data as every macro of one Asciidoctor instance shares them: read and calculated
 * once, and again only when an input file changes (an editor's preview keeps its instance open while
 * the writer edits). One session per registered instance, so nothing is static.
 */
final class ProjectSession {

    /** The document attribute naming the project folder; without it, the document's folder. */
    static final String PROJECT = "audit-project";
    /** The project's templates folder, relative to the project (DESIGN.md: src/docs/templates). */
    static final String TEMPLATES = "audit-templates";
    static final String DEFAULT_TEMPLATES = "src/docs/templates";
    private static final int DRAWN_CHARTS = 32;

    private record Loaded(List<String> fingerprint, ProjectView view, TableRenderer renderer) { }

    private final WorksheetCatalog catalog = WorksheetCatalog.bundled();
    /** Every worksheet, table, chart and value the document can ask for by name. */
    private final Registry registry = new Registry(List.of(ComputedTables.all(), ReportCharts.all(), FigureValues.all()));
    private final ChartFonts chartFonts = new ChartFonts();
    /** Charts drawn, by what they show and their font: HTML and PDF share one drawing; the newest few kept. */
    private final Map<List<Object>, byte[]> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, byte[]> eldest) {
            return size() > DRAWN_CHARTS;
        }
    };
    private final Map<Path, Loaded> loaded = new HashMap<>();
    /**
     * Per project, the conversion (its document's Ruby object) that last found the inputs unchanged:
     * its other macros need not look at every data file again, and all of them see one reading.
     */
    private final Map<Path, WeakReference<Object>> checkedFor = new HashMap<>();

    /**
     * Per conversion (its document's Ruby object), the numbers of the cells' details of the tables it
     * placed: a document attribute would not do, since the conversion restores the header's attributes
     * after the parse that places the tables. A conversion's entry goes with its document.
     */
    private final Map<Object, Set<Integer>> placedDetails = new WeakHashMap<>();

    WorksheetCatalog catalog() {
        return catalog;
    }

    /** The loaded project of the document, read again only when one of its inputs changed. */
    synchronized ProjectView view(Document document, Processor processor) {
        return load(document, processor).view();
    }

    synchronized TableRenderer renderer(Document document, Processor processor) {
        return load(document, processor).renderer();
    }

    /** Records that the document placed a table with the cells' details {@code details} (0: none). */
    synchronized void placed(Document document, int details) {
        if (details != 0) {
            placedDetails.computeIfAbsent(conversion(document), key -> new LinkedHashSet<>()).add(details);
        }
    }

    /** The numbers of the cells' details the document's tables carry, each once, in the order placed. */
    synchronized List<Integer> placedDetails(Document document) {
        return List.copyOf(placedDetails.getOrDefault(conversion(document), Set.of()));
    }

    private static Object conversion(Document document) {
        return document instanceof RubyObjectWrapper ruby ? ruby.getRubyObject() : document;
    }

    Registry registry() {
        return registry;
    }

    /** The charts' fonts, each read once per session. */
    ChartFonts chartFonts() {
        return chartFonts;
    }

    /** The PNG of a chart in a font, drawn once per session (the same spec and font give the same bytes). */
    synchronized byte[] chartPng(ChartSpec chart, String font, Supplier<byte[]> draw) {
        return drawn.computeIfAbsent(List.of(chart, font), key -> draw.get());
    }

    /** The default title of report table {@code name}, or the name when there is none. */
    String tableTitle(String name) {
        return registry.find(Category.TABLE, name).map(Named::title).orElse(name);
    }

    /** Blank forms need no data: only the templates. */
    BlankForms blankForms(Document document) {
        return new BlankForms(new TableTemplates(new TemplateResolver(templatesDir(document))));
    }

    /** Reads and calculates the project when it is new or changed, logging the phase with its time. */
    private Loaded load(Document document, Processor processor) {
        Path project = projectDir(document);
        Path templates = templatesDir(document);
        Loaded cached = loaded.get(project);
        Object conversion = conversion(document);
        WeakReference<Object> checked = checkedFor.get(project);
        if (cached != null && checked != null && checked.get() == conversion) {
            return cached;
        }
        if (cached != null && cached.fingerprint().equals(fingerprint(project, cached.view(), templates))) {
            checkedFor.put(project, new WeakReference<>(conversion));
            return cached;
        }
        long start = System.nanoTime();
        ProjectView view = ProjectView.load(project);
        List<String> print = fingerprint(project, view, templates);
        processor.log(new LogRecord(Severity.INFO, String.format(java.util.Locale.ROOT,
                "读取并计算项目数据（data）：%d 家企业，%.1f s", view.enterprises().size(), (System.nanoTime() - start) / 1e9)));
        Loaded fresh = new Loaded(print, view, new TableRenderer(view, registry,
                new TableTemplates(new TemplateResolver(templates))));
        loaded.put(project, fresh);
        // only a reading that succeeded spares this conversion's other macros the look
        checkedFor.put(project, new WeakReference<>(conversion));
        return fresh;
    }

    static Path projectDir(Document document) {
        Object project = document.getAttribute(PROJECT);
        Object docdir = document.getAttribute("docdir");
        String dir = project != null ? project.toString() : docdir != null ? docdir.toString() : ".";
        return Path.of(dir).toAbsolutePath().normalize();
    }

    static Path templatesDir(Document document) {
        Object templates = document.getAttribute(TEMPLATES);
        return projectDir(document).resolve(templates == null ? DEFAULT_TEMPLATES : templates.toString()).normalize();
    }

    /** Names, sizes and times of every file the view was read from. */
    private static List<String> fingerprint(Path project, ProjectView view, Path templates) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(project.resolve("audit.yaml"));
        view.config().ifPresent(config -> {
            inputs.add(resolve(project, config.indicatorSystem()));
            inputs.add(resolve(project, config.energyLimits()));
            inputs.add(resolve(project, config.emissionLimits()));
        });
        List<String> print = new ArrayList<>();
        inputs.stream().filter(Objects::nonNull).forEach(path -> print.add(stamp(path)));
        walk(project.resolve("data"), print);
        walk(templates, print);
        return print;
    }

    private static Path resolve(Path project, Path file) {
        return file == null ? null : project.resolve(file);
    }

    private static void walk(Path dir, List<String> print) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(path -> print.add(stamp(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return path + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return path + "|-";
        }
    }
}
