package io.github.cpaudit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, for tests and benchmarks that need a
 * real browser: its own process and fresh profile, one page, each command's answer matched to it by
 * its id, events handed to listeners. Every {@code Page.loadEventFired} is also queued with the
 * {@link System#nanoTime()} it arrived at, so that a benchmark can time "file saved → page loaded"
 * with {@link #awaitLoad}. {@link #close()} ends the whole process tree and deletes the profile.
 */
public final class HeadlessBrowser implements AutoCloseable {

    /** What a test says when it is skipped because {@link #find()} found nothing. */
    public static final String NOT_FOUND = "headless Chromium not found: install Debian's package chromium "
            + "(apt-get install chromium) or set AUDIT_CHROMIUM";

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration COMMAND = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path temp;
    private final Process process;
    private final Thread killer = new Thread(this::kill, "headless-browser-kill");
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Long> loads = new LinkedBlockingQueue<>();

    /**
     * The browser to start: {@code -Daudit.chromium} or {@code AUDIT_CHROMIUM} when set (a wrong
     * path then fails in {@link #start}, it is not skipped), else Debian's or Google's executable on
     * the {@code PATH} or in {@code /usr/bin}.
     */
    public static Optional<Path> find() {
        String set = System.getProperty("audit.chromium", System.getenv("AUDIT_CHROMIUM"));
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set));
        }
        String[] dirs = (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin").split(File.pathSeparator);
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(dirs).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    public static HeadlessBrowser start(Path executable) throws IOException, InterruptedException {
        return new HeadlessBrowser(executable);
    }

    private HeadlessBrowser(Path executable) throws IOException, InterruptedException {
        temp = Files.createTempDirectory("headless-browser");
        Path profile = temp.resolve("profile");
        try {
            process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                    // Chromium's stderr is noise (dbus, GPU) unless it fails to start
                    .redirectErrorStream(true).redirectOutput(temp.resolve("chromium.log").toFile()).start();
        } catch (IOException e) {
            delete(temp);
            throw new IOException("cannot run " + executable + " (" + e.getMessage() + "): check AUDIT_CHROMIUM or -Daudit.chromium", e);
        }
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            String devTools = "http://127.0.0.1:" + devToolsPort(profile.resolve("DevToolsActivePort"));
            HttpClient http = HttpClient.newHttpClient();
            String page = null;
            for (JsonNode target : JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(devTools + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body())) {
                if (page == null && target.path("type").asText().equals("page")) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                throw new IllegalStateException("no page target at " + devTools + "/json/list");
            }
            socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Receiver()).get(START.toSeconds(), TimeUnit.SECONDS);
            send("Page.enable", Map.of());
            send("Runtime.enable", Map.of());
        } catch (IOException | InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            String log = log();
            close();
            throw new IllegalStateException("Chromium did not start (" + e + "); its log:\n" + log, e);
        }
    }

    /** The port Chromium writes in the first line of the file once it listens. */
    private String devToolsPort(Path file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            // the file is complete once its second line (the browser's path) is there
            if (lines.size() >= 2) {
                return lines.get(0).trim();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(process.isAlive() ? "no " + file + " within " + START : "Chromium exited");
    }

    /** Sends a command and waits for its result. */
    public JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(message.toString(), true);
        try {
            return answer.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " failed: " + (e.getCause() == null ? e : e.getCause().getMessage()), e);
        } finally {
            pending.remove(id);
        }
    }

    /** Called with each event's method and params, on the socket's thread (which must not wait for a command). */
    public void addListener(BiConsumer<String, JsonNode> listener) {
        listeners.add(listener);
    }

    /** Opens the address and waits for its load event. */
    public void navigate(String url) throws InterruptedException {
        discardLoads();
        send("Page.navigate", Map.of("url", url));
        awaitLoad(START);
    }

    /**
     * Takes the oldest load event not taken yet, waiting for one if none is queued, and returns the
     * {@link System#nanoTime()} it arrived at; fails after the timeout. {@link #discardLoads()}
     * before the action makes sure the load is the one it caused.
     */
    public long awaitLoad(Duration timeout) throws InterruptedException {
        Long arrived = loads.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (arrived == null) {
            throw new AssertionError("the page did not load within " + timeout.toSeconds() + " s");
        }
        return arrived;
    }

    public void discardLoads() {
        loads.clear();
    }

    /** The value of a JavaScript expression in the page (a string, number, boolean, map, list or null). */
    public Object evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw: " + result.get("exceptionDetails"));
        }
        return JSON.convertValue(result.path("result").path("value"), Object.class);
    }

    /**
     * The text of the page, without its scripts and styles; from the DOM, not innerText, which leaves
     * out what a page lays out lazily ({@code content-visibility: auto}) until it is scrolled to.
     */
    public String text() {
        return (String) evaluate("(() => { const b = document.body.cloneNode(true);"
                + " b.querySelectorAll('script,style').forEach(e => e.remove()); return b.textContent; })()");
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("chromium.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(none: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        delete(temp);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends Chromium and its helpers (zygotes, renderers), which do not exit with it by themselves. */
    private void kill() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle each : tree) {
            if (each.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join() == null) {
                each.destroyForcibly();
            }
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins a message's frames, answers its command or hands its event on. */
    private final class Receiver implements WebSocket.Listener {

        private final StringBuilder frames = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                JsonNode message = parse(frames.toString());
                frames.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                    if (answer != null && message.has("error")) {
                        answer.completeExceptionally(new IllegalStateException(message.get("error").toString()));
                    } else if (answer != null) {
                        answer.complete(message.path("result"));
                    }
                } else {
                    String method = message.path("method").asText();
                    if (method.equals("Page.loadEventFired")) {
                        loads.add(System.nanoTime());
                    }
                    listeners.forEach(listener -> listener.accept(method, message.path("params")));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            onError(webSocket, new IllegalStateException("the DevTools connection closed: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            // no command waits for an answer that cannot come
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
