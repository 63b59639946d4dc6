package io.github.cpaudit.publish;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.asciidoctor.ast.Document;

/**
 * The phases of one preview render, again and again in one warm runtime, as {@link PreviewSession}
 * runs them: load (parse, macros, tree processors), marking the edited block, converting. Prints each
 * phase's wall time, this thread's CPU time of load and convert, and the collectors' time; for
 * finding where a render's time goes, not a test.
 *
 * <pre>java -cp … io.github.cpaudit.publish.RenderPhases PROJECT_DIR CHAPTER RENDERS</pre>
 */
public final class RenderPhases {

    private RenderPhases() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]).toAbsolutePath();
        Path chapter = project.resolve(args[1]);
        int renders = Integer.parseInt(args[2]);
        PublishRequest request = new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target/audit"), Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR,
                Path.of(System.getProperty("user.home"), ".cache/cp-audit"));
        LogCollector[] collector = {new LogCollector(request, PublishLog.SILENT)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ReportRuntime runtime = new ReportRuntime(record -> collector[0].log(record))) {
            for (int i = 1; i <= renders; i++) {
                collector[0] = new LogCollector(request, PublishLog.SILENT);
                long gc = collected();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Document document = runtime.load(request.masterFile(), ConversionOptions.of(request, Format.HTML, null, null, null));
                long t1 = System.nanoTime();
                long cpu1 = threads.getCurrentThreadCpuTime();
                EditMarker.mark(document, new PreviewSession.Edit(chapter, 20));
                long t2 = System.nanoTime();
                String html = document.convert();
                long t3 = System.nanoTime();
                long cpu3 = threads.getCurrentThreadCpuTime();
                System.out.printf("render %d: load %.3f s (cpu %.3f), mark %.3f s, convert %.3f s (cpu %.3f), gc %.3f s, total %.3f s, %d chars%n",
                        i, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (cpu3 - cpu1) / 1e9,
                        (collected() - gc) / 1e3, (t3 - t0) / 1e9, html.length());
            }
        }
    }

    /** Milliseconds all collectors took so far. */
    private static long collected() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(bean -> bean.getCollectionTime()).sum();
    }
}
