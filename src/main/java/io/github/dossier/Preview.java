package io.github.dossier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** Builds once, then serves {@code config}'s site on {@code port} (0 for any free port) and watches its inputs. */
    public static Preview start(Dossier dossier, DossierConfig config, int port, Consumer<String> log)
            throws IOException, DossierException {
        dossier.build();
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
        long[] seen = {stamp(config)};
        watcher.scheduleWithFixedDelay(() -> {
            long now = stamp(config);
            if (now != seen[0]) {
                seen[0] = now;
                try {
                    BuildReport report = dossier.build();
                    preview.version.incrementAndGet();
                    log.accept("rebuilt: " + report.summary().get(2));
                } catch (DossierException e) {
                    log.accept("rebuild failed: " + e.getMessage());
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
        return preview;
    }

    /** The address the site is served at. */
    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    private void serve(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__dossier/version")) {
                send(exchange, 200, "text/plain", String.valueOf(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path root = site.toAbsolutePath().normalize();
            Path file = root.resolve(path.substring(1)).normalize();
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
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            if (name.endsWith(".html")) {
                body = new String(body, StandardCharsets.UTF_8).replace("</body>", RELOAD + "</body>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A number that changes whenever an input file changes: the newest modification time and the file count. */
    private static long stamp(DossierConfig config) {
        long[] acc = {0, 0};
        for (Path dir : new Path[] {config.rawDirectory(), config.briefsDirectory(), config.authorsDirectory(),
                config.templatesDirectory()}) {
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        acc[0] = Math.max(acc[0], attrs.lastModifiedTime().toMillis());
                        acc[1]++;
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // a file vanished mid-walk: the next tick sees the settled state
            }
        }
        return acc[0] * 31 + acc[1];
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        server.stop(0);
    }
}
