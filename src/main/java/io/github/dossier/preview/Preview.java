package io.github.dossier.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.dossier.BuildReport;
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
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private final ExecutorService watcher;
    private final Watch watch;
    private final AtomicLong version = new AtomicLong();
    private final Workbench workbench;

    private Preview(HttpServer server, ExecutorService watcher, Watch watch, DossierConfig config) {
        this.server = server;
        this.watcher = watcher;
        this.watch = watch;
        this.workbench = new Workbench(config, () -> watch.dossier, watch::awaitBuilt, version::get);
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
        watch.build(watch.current);
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
        watcher.execute(() -> watch.run(preview, log));
        return preview;
    }

    /** How many times a change rebuilt the site. */
    public long rebuilds() {
        return version.get();
    }

    /**
     * The watcher's state: the engine (replaced when data files change), the inputs as they are now (kept up to date
     * from the file system's events, or looked at whole when it has none) and as they were last built.
     */
    private static final class Watch {
        /** How long a burst of events (an editor's write, then rename) is let settle before a build. */
        private static final long SETTLE_MILLIS = 30;

        private final DossierConfig config;
        private final WatchService events;
        private final Map<WatchKey, Path> folders = new HashMap<>();
        private volatile Dossier dossier;
        private volatile Snapshot current;
        private volatile Snapshot built;
        /** Why the last rebuild failed; empty when it succeeded. */
        private volatile Optional<String> failure = Optional.empty();

        Watch(Dossier dossier, DossierConfig config) throws IOException {
            this.dossier = dossier;
            this.config = config;
            WatchService ws = FileSystems.getDefault().newWatchService();
            // A service that only polls (as the JDK's is on some systems, every few seconds) is slower than looking.
            this.events = ws.getClass().getName().contains("Polling") ? null : ws;
            if (events == null) {
                ws.close();
            }
            this.current = rescan();
        }

        /**
         * The inputs looked at whole, every folder they are in watched (and the folder above each input folder, where
         * its making, deletion or replacing shows), and the watch on any other folder ended: one moved out of the
         * inputs keeps its key, and would report what is made in its new place as inputs.
         */
        private Snapshot rescan() {
            Set<WatchKey> kept = new HashSet<>();
            Snapshot now = Snapshot.of(config, folder -> register(folder, kept));
            folders.keySet().removeIf(key -> {
                if (kept.contains(key)) {
                    return false;
                }
                key.cancel();
                return true;
            });
            return now;
        }

        /**
         * Watches {@code folder} for files made, changed and deleted in it (not below it), and notes its key in
         * {@code kept}.
         */
        private void register(Path folder, Set<WatchKey> kept) {
            if (events == null) {
                return;
            }
            try {
                // A folder watched already keeps its key; one moved gets its new path.
                WatchKey key = folder.register(events, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
                kept.add(key);
            } catch (IOException e) {
                // gone already, or unwatchable: the next overflow, or the next full look, sees it
            }
        }

        /**
         * Builds the inputs as they were in {@code before}. What the build wrote itself is no change to build again
         * for; anything else that changed while it ran still differs from the new baseline, and is built next.
         */
        BuildReport build(Snapshot before) throws DossierException {
            try {
                BuildReport report = dossier.build();
                current = current.with(report.contentWritten());
                failure = Optional.empty();
                built = before.with(report.contentWritten());
                return report;
            } catch (DossierException e) {
                failure = Optional.of(e.getMessage());
                built = before;
                throw e;
            }
        }

        /**
         * Waits (up to a minute) until a rebuild has built {@code file} as it is now, a file the server itself just
         * saved; returns why that rebuild failed, if it did.
         */
        Optional<String> awaitBuilt(Path file) throws InterruptedException {
            Path key = Snapshot.key(file);
            String stamp;
            try {
                stamp = Snapshot.stamp(Files.readAttributes(key, BasicFileAttributes.class));
            } catch (IOException e) {
                return Optional.of("cannot read " + file + ": " + e.getMessage());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Snapshot b = built;
                if (stamp.equals(b.files().get(key)) || stamp.equals(b.dataFiles().get(key))) {
                    return failure;
                }
                Thread.sleep(10);
            }
            return Optional.of("the rebuild did not come within a minute");
        }

        /** Until the watcher is closed: waits for a change, lets it settle, and builds. */
        void run(Preview preview, Consumer<String> log) {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (events == null) {
                        Thread.sleep(1000);
                        current = Snapshot.of(config, f -> { });
                    } else if (!awaitChanges()) {
                        continue;
                    }
                    tick(preview, log);
                } catch (InterruptedException | ClosedWatchServiceException e) {
                    return;
                } catch (RuntimeException e) {
                    // A failed round must not end the watcher.
                    log.accept("watching failed: " + Fault.describe(e));
                }
            }
        }

        /**
         * Waits for the file system's events and brings {@link #current} up to date with the files they name, once
         * no event has come for {@link #SETTLE_MILLIS}; false when none came within a second.
         */
        private boolean awaitChanges() throws InterruptedException {
            WatchKey key = events.poll(1, TimeUnit.SECONDS);
            if (key == null) {
                return false;
            }
            Set<Path> touched = new HashSet<>();
            boolean whole = false;
            while (key != null) {
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                        whole = true;
                    } else {
                        Path p = Snapshot.key(folder.resolve((Path) event.context()));
                        touched.add(p);
                        // An input folder (or one above it) made, deleted or replaced: what to watch is found again.
                        whole |= Snapshot.holdsInputs(config, p);
                    }
                }
                if (!key.reset()) {
                    // A deleted folder's key is cancelled (on Linux, inotify drops the watch); the folder above it
                    // is watched too, and sees it made again.
                    folders.remove(key);
                    whole |= folder != null && Snapshot.holdsInputs(config, folder);
                }
                key = events.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            }
            current = whole ? rescan() : current.updated(config, touched, f -> register(f, new HashSet<>()));
            return true;
        }

        private void tick(Preview preview, Consumer<String> log) {
            Snapshot now = current;
            if (now.equals(built)) {
                return;
            }
            if (!knowledge(now.dataFiles()).equals(knowledge(built.dataFiles()))) {
                try {
                    dossier = dossier.reloaded();
                } catch (RuntimeException e) {
                    // A broken setting (a pattern that does not compile, a file not in UTF-8): said once, nothing
                    // built or removed, until the file is saved again.
                    built = now;
                    log.accept("rebuild failed: " + e.getMessage() + " (nothing was built; the site is as it was)");
                    return;
                }
                log.accept("data files changed: knowledge reloaded");
            }
            try {
                BuildReport report = build(now);
                preview.version.incrementAndGet();
                log.accept("rebuilt: " + report.pages() + " pages, " + report.warnings().size() + " warnings; "
                        + report.summary().get(report.summary().size() - 1));
            } catch (DossierException e) {
                log.accept("rebuild failed: " + e.getMessage());
            }
        }

        /** The data files that hold knowledge, which an engine loads once: not those every build reads afresh. */
        private static Map<Path, String> knowledge(Map<Path, String> dataFiles) {
            Map<Path, String> out = new HashMap<>(dataFiles);
            out.keySet().removeIf(p -> DossierConfig.PER_BUILD_DATA_FILES.contains(p.getFileName().toString()));
            return out;
        }

        void close() {
            try {
                if (events != null) {
                    events.close();
                }
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    /** Every watched file's stamp (by absolute path), so that any change, and only a change, is noticed. */
    private record Snapshot(Map<Path, String> files, Map<Path, String> dataFiles) {

        /**
         * The watched folders' files, each folder handed to {@code folders} as it is walked, and so is the nearest
         * folder above each input folder, where the input folder's making, deletion or replacing shows.
         */
        static Snapshot of(DossierConfig config, Consumer<Path> folders) {
            for (Path dir : inputs(config)) {
                Path above = key(dir).getParent();
                while (above != null && !Files.isDirectory(above)) {
                    above = above.getParent();
                }
                if (above != null) {
                    folders.accept(above);
                }
            }
            Map<Path, String> files = new HashMap<>();
            for (Path dir : watched(config)) {
                if (dir != null && Files.isDirectory(dir)) {
                    walk(dir, files, folders);
                }
            }
            Map<Path, String> data = new HashMap<>();
            Path dataDir = config.dataDirectory();
            if (dataDir != null && Files.isDirectory(dataDir)) {
                folders.accept(key(dataDir));
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataDir)) {
                    for (Path f : ds) {
                        BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
                        if (attrs.isRegularFile()) {
                            data.put(key(f), stamp(attrs));
                        }
                    }
                } catch (IOException e) {
                    // changing now: compared again on the next look
                }
            }
            return new Snapshot(files, data);
        }

        private static Path[] watched(DossierConfig config) {
            return new Path[] {config.rawDirectory(), config.briefsDirectory(), config.authorsDirectory(),
                    config.templatesDirectory()};
        }

        /** Every folder a build reads: the watched trees, and the data directory (its top only). */
        private static List<Path> inputs(DossierConfig config) {
            List<Path> out = new java.util.ArrayList<>();
            for (Path dir : watched(config)) {
                if (dir != null) {
                    out.add(dir);
                }
            }
            if (config.dataDirectory() != null) {
                out.add(config.dataDirectory());
            }
            return out;
        }

        /** Whether {@code path} is an input folder or a folder above one (where it is made, deleted or replaced). */
        static boolean holdsInputs(DossierConfig config, Path path) {
            Path k = key(path);
            for (Path dir : inputs(config)) {
                if (key(dir).startsWith(k)) {
                    return true;
                }
            }
            return false;
        }

        private static void walk(Path dir, Map<Path, String> into, Consumer<Path> folders) {
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        folders.accept(key(d));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!hidden(file)) {
                            into.put(key(file), stamp(attrs));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // vanished mid-walk: the next look sees the settled state
                    }
                });
            } catch (IOException e) {
                // as above
            }
        }

        /**
         * This snapshot with the files at the {@code touched} paths looked at again: a file's stamp, a folder's files
         * (a folder made or moved in is walked, and handed to {@code folders}), and nothing of what is gone.
         */
        Snapshot updated(DossierConfig config, Set<Path> touched, Consumer<Path> folders) {
            Map<Path, String> files = new HashMap<>(this.files);
            Map<Path, String> data = new HashMap<>(this.dataFiles);
            Path dataDir = config.dataDirectory() == null ? null : key(config.dataDirectory());
            for (Path p : touched) {
                if (hidden(p)) {
                    continue;
                }
                Path k = key(p);
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(k, BasicFileAttributes.class);
                } catch (IOException e) {
                    attrs = null; // gone
                }
                boolean inTree = false;
                for (Path dir : watched(config)) {
                    // A watched folder itself made, deleted or replaced is looked at whole (rescan), not here.
                    inTree |= dir != null && k.startsWith(key(dir)) && !k.equals(key(dir));
                }
                if (inTree) {
                    if (attrs != null && attrs.isDirectory()) {
                        walk(k, files, folders);
                    } else if (attrs != null) {
                        files.put(k, stamp(attrs));
                    } else if (files.remove(k) == null) {
                        files.keySet().removeIf(f -> f.startsWith(k)); // a folder gone, and what it held
                    }
                } else if (dataDir != null && dataDir.equals(k.getParent())) {
                    if (attrs != null && attrs.isRegularFile()) {
                        data.put(k, stamp(attrs));
                    } else {
                        data.remove(k);
                    }
                }
            }
            return new Snapshot(files, data);
        }

        /**
         * A hidden file (a write's temporary file, the briefs' ledger): what builds and saves write beside the inputs,
         * no change to build for.
         */
        private static boolean hidden(Path file) {
            Path name = file.getFileName();
            return name != null && name.toString().startsWith(".");
        }

        static Path key(Path file) {
            return file.toAbsolutePath().normalize();
        }

        static String stamp(BasicFileAttributes attrs) {
            return attrs.size() + "@" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }

        /** This snapshot, with the {@code written} files looked at again. */
        Snapshot with(List<Path> written) {
            Map<Path, String> files = new HashMap<>(this.files);
            for (Path p : written) {
                if (hidden(p)) {
                    continue; // the briefs' ledger: never in a snapshot, so never a change
                }
                Path key = key(p);
                try {
                    files.put(key, stamp(Files.readAttributes(key, BasicFileAttributes.class)));
                } catch (IOException e) {
                    files.remove(key);
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
