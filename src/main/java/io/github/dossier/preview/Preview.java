package io.github.dossier.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.dossier.BuildReport;
import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.internal.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The preview server behind {@code dossier:serve}: serves the site on localhost, rebuilds it when a raw file, a
 * brief, an author file or a template changes, and makes open pages reload. Pages get a small script that asks
 * {@code /__dossier/version} once a second; the files on disk are never changed for it.
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
    private final ScheduledExecutorService watcher;
    private final AtomicLong version = new AtomicLong();

    private Preview(HttpServer server, ScheduledExecutorService watcher) {
        this.server = server;
        this.watcher = watcher;
    }

    /**
     * Builds once, then serves {@code config}'s site on {@code port} (0 for any free port) and watches its inputs:
     * raw files, briefs, author files, templates, and the data files at the top of the data directory (a change to
     * one of those reloads the knowledge they hold before the rebuild).
     */
    public static Preview start(Dossier dossier, DossierConfig config, int port, Consumer<String> log)
            throws IOException, DossierException {
        Watch watch = new Watch(dossier);
        watch.build(config, Snapshot.of(config));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dossier-watch");
            t.setDaemon(true);
            return t;
        });
        Preview preview = new Preview(server, watcher);
        server.createContext("/", exchange -> preview.serve(exchange, config.outputDirectory()));
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dossier-serve");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        watcher.scheduleWithFixedDelay(() -> watch.tick(config, preview, log), 1, 1, TimeUnit.SECONDS);
        return preview;
    }

    /** How many times a change rebuilt the site. */
    public long rebuilds() {
        return version.get();
    }

    /** The watcher's state between ticks: the engine (replaced when data files change) and the inputs last built. */
    private static final class Watch {
        private Dossier dossier;
        private Snapshot built;

        Watch(Dossier dossier) {
            this.dossier = dossier;
        }

        /**
         * Builds the inputs as they were in {@code before}. What the build wrote itself is no change to build again
         * for; anything else that changed while it ran still differs from the new baseline, and is built next tick.
         */
        BuildReport build(DossierConfig config, Snapshot before) throws DossierException {
            try {
                BuildReport report = dossier.build();
                built = before.with(Snapshot.of(config), report.contentWritten());
                return report;
            } catch (DossierException e) {
                built = before;
                throw e;
            }
        }

        void tick(DossierConfig config, Preview preview, Consumer<String> log) {
            try {
                Snapshot now = Snapshot.of(config);
                if (now.equals(built)) {
                    return;
                }
                if (!now.dataFiles().equals(built.dataFiles())) {
                    dossier = dossier.reloaded();
                    log.accept("data files changed: knowledge reloaded");
                }
                try {
                    BuildReport report = build(config, now);
                    preview.version.incrementAndGet();
                    log.accept("rebuilt: " + report.pages() + " pages, " + report.warnings().size() + " warnings; "
                            + report.summary().get(report.summary().size() - 1));
                } catch (DossierException e) {
                    log.accept("rebuild failed: " + e.getMessage());
                }
            } catch (RuntimeException e) {
                // A failed tick must not end the watcher (a scheduled task that throws is never run again).
                log.accept("watching failed: " + Fault.describe(e));
            }
        }
    }

    /** Every watched file's stamp (by absolute path), so that any change, and only a change, is noticed. */
    private record Snapshot(Map<Path, String> files, Map<Path, String> dataFiles) {

        static Snapshot of(DossierConfig config) {
            Map<Path, String> files = new HashMap<>();
            for (Path dir : new Path[] {config.rawDirectory(), config.briefsDirectory(), config.authorsDirectory(),
                    config.templatesDirectory()}) {
                if (dir != null && Files.isDirectory(dir)) {
                    walk(dir, files);
                }
            }
            Map<Path, String> data = new HashMap<>();
            if (config.dataDirectory() != null && Files.isDirectory(config.dataDirectory())) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(config.dataDirectory())) {
                    for (Path f : ds) {
                        BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
                        if (attrs.isRegularFile()) {
                            data.put(key(f), stamp(attrs));
                        }
                    }
                } catch (IOException e) {
                    // changing now: compared again on the next tick
                }
            }
            return new Snapshot(files, data);
        }

        private static void walk(Path dir, Map<Path, String> into) {
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        into.put(key(file), stamp(attrs));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // vanished mid-walk: the next tick sees the settled state
                    }
                });
            } catch (IOException e) {
                // as above
            }
        }

        private static Path key(Path file) {
            return file.toAbsolutePath().normalize();
        }

        private static String stamp(BasicFileAttributes attrs) {
            return attrs.size() + "@" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }

        /** This snapshot, with the state of the {@code written} files taken from {@code after}. */
        Snapshot with(Snapshot after, List<Path> written) {
            Map<Path, String> files = new HashMap<>(this.files);
            for (Path p : written) {
                Path key = key(p);
                String state = after.files.get(key);
                if (state == null) {
                    files.remove(key);
                } else {
                    files.put(key, state);
                }
            }
            return new Snapshot(files, dataFiles);
        }
    }

    /** The address the site is served at. */
    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    private void serve(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            Response r;
            try {
                r = respond(exchange.getRequestURI().getPath(), site);
            } catch (IOException | RuntimeException e) {
                // A file removed mid-read (a rebuild swapping the site in): the page's next reload gets it.
                r = new Response(503, "text/plain; charset=utf-8",
                        ("The site is being rebuilt; reload in a moment (" + Fault.describe(e) + ")\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            send(exchange, r.status(), r.type(), r.body());
        }
    }

    private record Response(int status, String type, byte[] body) {
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
            body = new String(body, StandardCharsets.UTF_8).replace("</body>", RELOAD + "</body>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return new Response(200, type, body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        server.stop(0);
    }
}
