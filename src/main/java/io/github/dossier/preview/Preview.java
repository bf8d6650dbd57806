package io.github.dossier.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.internal.Fault;
import io.github.dossier.preview.Workbench.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The preview server behind {@code dossier:serve}: serves the site on localhost, rebuilds it when a raw file, a
 * brief, an author file or a template changes ({@link Watch}), and makes open pages reload. Pages get a small script
 * that asks {@code /__dossier/version} once a second; the files on disk are never changed for it. Requests for the
 * researcher's tools ({@code /__dossier/…}) go to the {@link Workbench}.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(dossier, config, 8000, System.out::println)) { … }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    private static final String RELOAD = "<script>(function(){var v=null;setInterval(function(){fetch('/__dossier/version')"
            + ".then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v){location.reload();}v=t;})"
            + ".catch(function(){});},1000);}());</script>";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "json", "application/json; charset=utf-8", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8",
            "bib", "text/plain; charset=utf-8", "ris", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService watcher;
    private final Watch watch;
    private final AtomicLong version = new AtomicLong();
    private final Workbench workbench;

    private Preview(HttpServer server, ExecutorService watcher, Watch watch, DossierConfig config) {
        this.server = server;
        this.watcher = watcher;
        this.watch = watch;
        this.workbench = new Workbench(config, watch::dossier, watch::awaitBuilt, version::get);
    }

    /**
     * Builds once, then serves {@code config}'s site on {@code port} (0 for any free port) and watches its inputs:
     * raw files, briefs, author files, templates, and the data files at the top of the data directory (a change to
     * one of those reloads the knowledge they hold before the rebuild). Changes are told by the file system where it
     * can (inotify on Linux), so a saved file is built at once; elsewhere the inputs are looked at once a second.
     */
    public static Preview start(Dossier dossier, DossierConfig config, int port, Consumer<String> log)
            throws IOException, DossierException {
        Watch watch = new Watch(dossier.resident(), config);
        watch.build();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService watcher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dossier-watch");
            t.setDaemon(true);
            return t;
        });
        Preview preview = new Preview(server, watcher, watch, config);
        server.createContext("/", exchange -> preview.serve(exchange, config.outputDirectory()));
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dossier-serve");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        watcher.execute(() -> watch.run(preview.version::incrementAndGet, log));
        return preview;
    }

    /** How many times a change rebuilt the site. */
    public long rebuilds() {
        return version.get();
    }

    /** The address the site is served at. */
    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    private void serve(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Response r;
            if (path.startsWith("/__dossier/") && !path.equals("/__dossier/version")) {
                r = workbench.handle(request(exchange));
            } else {
                try {
                    r = respond(path, site);
                } catch (IOException | RuntimeException e) {
                    // A file removed mid-read (a rebuild swapping the site in): the page's next reload gets it.
                    r = new Response(503, "text/plain; charset=utf-8",
                            ("The site is being rebuilt; reload in a moment (" + Fault.describe(e) + ")\n")
                                    .getBytes(StandardCharsets.UTF_8));
                }
            }
            send(exchange, r);
        }
    }

    /** The request as the tools read it, its body read up to one byte past what they accept. */
    private static Workbench.Request request(HttpExchange exchange) throws IOException {
        byte[] body;
        try (java.io.InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(Workbench.MAX_BODY + 1);
        }
        var h = exchange.getRequestHeaders();
        // The path as sent, decoded once by the tools (a slug may hold "+" or "%").
        return new Workbench.Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Optional.ofNullable(h.getFirst("Host")).orElse(""),
                Optional.ofNullable(h.getFirst("Origin")), Optional.ofNullable(h.getFirst("Sec-Fetch-Site")),
                Optional.ofNullable(h.getFirst("Content-Type")).orElse(""), body);
    }

    private Response respond(String path, Path site) throws IOException {
        if (path.equals("/__dossier/version")) {
            return new Response(200, "text/plain", String.valueOf(version.get()).getBytes(StandardCharsets.UTF_8));
        }
        Path root = site.toAbsolutePath().normalize();
        Path file;
        try {
            file = root.resolve(path.substring(1)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            // A NUL or another character no file name can hold: no such page can exist.
            return new Response(400, "text/plain; charset=utf-8",
                    ("Bad request: " + e.getReason() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            Path notFound = root.resolve("404.html");
            // The 404 page resolves its links against the published base URL; here the site root is "/".
            byte[] body = Files.isRegularFile(notFound)
                    ? Files.readString(notFound).replaceFirst("<base href=\"[^\"]*\">", "<base href=\"/\">")
                            .getBytes(StandardCharsets.UTF_8)
                    : "Not found".getBytes(StandardCharsets.UTF_8);
            return new Response(404, TYPES.get("html"), body);
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            String page = "/" + root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            body = new String(body, StandardCharsets.UTF_8).replace("</body>", workbench.bar(page) + RELOAD + "</body>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return new Response(200, type, body);
    }

    private static void send(HttpExchange exchange, Response r) throws IOException {
        r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Content-Type", r.type());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(r.status(), r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(r.body());
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        watch.close();
        server.stop(0);
    }
}