package io.github.cpaudit.preview;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.publish.PreviewSession;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves the preview: {@code /} the last good page with the problems of the latest render above
 * it, {@code /events} a server-sent event stream that tells open pages a new render is there (each
 * page reloads itself and keeps its scroll position), {@code /source/…} a project file at a problem's
 * line ({@link SourceView}) and, with {@code audit.serve.pdf}, the event {@code pdf} with the
 * background PDF's state, the PDF served at {@value #PDF_PATH}. Binds the loopback address unless asked.
 */
final class PreviewServer implements AutoCloseable {

    /** Where the background PDF is served. */
    static final String PDF_PATH = "/report.pdf";
    private static final String NOT_FOUND = "未找到（not found）";

    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile PreviewSession.Render render;
    private volatile int version;
    private final Path projectDir;
    /** The background PDF's file and state; {@code null} without {@code audit.serve.pdf}. */
    private volatile Path pdfFile;
    private volatile PdfStatus pdf;

    PreviewServer(Path projectDir, String host, int port, boolean allowRemote, PreviewSession.Render first) {
        this.projectDir = projectDir;
        this.render = first;
        try {
            server = HttpServer.create(new InetSocketAddress(address(host, allowRemote), port), 0);
        } catch (IOException e) {
            throw new AuditException("预览无法启动（serve failed）：端口 " + port + " 无法使用（" + e.getMessage()
                    + "），请用 -Daudit.serve.port=… 换一个端口", e);
        }
        server.createContext("/events", this::events);
        server.createContext(SourceView.PREFIX, this::source);
        server.createContext("/", this::page);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "audit-serve-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /**
     * The address to bind, refused unless loopback or allowed: checked before the first render, so
     * that a wrong setting is said at once.
     */
    static InetAddress address(String host, boolean allowRemote) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (IOException e) {
            throw new AuditException("预览无法启动（serve failed）：audit.serve.host 为 " + host + "，不是可用的地址（" + e.getMessage() + "）");
        }
        if (!address.isLoopbackAddress() && !allowRemote) {
            throw new AuditException("预览只在本机地址上提供（loopback only）：audit.serve.host 为 " + host
                    + "，应为 127.0.0.1 或 localhost；确需让其他机器访问时加 -Daudit.serve.remote=true");
        }
        return address;
    }

    /** The address the browser opens. */
    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/";
    }

    /** Shows a new render and tells every open page. */
    void show(PreviewSession.Render next) {
        render = next;
        version++;
        broadcast(versionEvent(version));
    }

    /** Serves the background PDF at {@value #PDF_PATH}; its state shows in the page's panel. */
    void servePdf(Path file, PdfStatus first) {
        pdf = first;
        pdfFile = file;
        server.createContext(PDF_PATH, this::pdfFile);
    }

    /** Shows the PDF's new state on every open page (the event {@code pdf}), without reloading them. */
    void showPdf(PdfStatus next) {
        pdf = next;
        broadcast(PreviewPage.pdfEvent(next));
    }

    private void broadcast(String event) {
        for (OutputStream listener : listeners) {
            if (!send(listener, event)) {
                listeners.remove(listener);
            }
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            notFound(exchange, NOT_FOUND);
            return;
        }
        reply(exchange, 200, "text/html; charset=utf-8", PreviewPage.of(render, version, pdf).getBytes(StandardCharsets.UTF_8));
    }

    private void pdfFile(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PDF_PATH)) {
            notFound(exchange, NOT_FOUND);
            return;
        }
        byte[] bytes;
        try {
            // whole or not at all: the file is only ever replaced by an atomic move
            bytes = Files.readAllBytes(pdfFile);
        } catch (NoSuchFileException e) {
            notFound(exchange, "PDF 尚未生成（no pdf yet）：页面顶部显示它的进度");
            return;
        }
        // saved under audit:report's name, not the address's
        exchange.getResponseHeaders().set("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(pdfFile.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        reply(exchange, 200, "application/pdf", bytes);
    }

    private void source(HttpExchange exchange) throws IOException {
        String page = SourceView.page(projectDir, exchange.getRequestURI());
        if (page == null) {
            notFound(exchange, NOT_FOUND + "：只显示项目文件夹里的文本文件");
            return;
        }
        reply(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // the version now: a page that missed an event while reconnecting reloads at once
        PdfStatus pdfNow = pdf;
        if (send(out, versionEvent(version)) && (pdfNow == null || send(out, PreviewPage.pdfEvent(pdfNow)))) {
            listeners.add(out);
        }
    }

    private static String versionEvent(int version) {
        return "data: " + version + "\n\n";
    }

    private static boolean send(OutputStream out, String event) {
        // the page's and the PDF's threads both send: one event at a time on a stream
        synchronized (out) {
            try {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                return false; // the page was closed
            }
        }
    }

    private static void notFound(HttpExchange exchange, String message) throws IOException {
        reply(exchange, 404, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // the page went away first
            }
        }
        server.stop(0);
    }
}
