package io.github.dossier.preview;

import io.github.dossier.BuildReport;
import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.internal.Fault;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The preview's watcher: the engine (replaced when data files change), the inputs as they are now (kept up to date
 * from the file system's events, or looked at whole when it has none) and as they were last built; and the loop that
 * waits for a change, lets it settle, reloads the knowledge when data files changed, and builds.
 */
final class Watch {

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

    /** The engine, as the last change to the data files left it. */
    Dossier dossier() {
        return dossier;
    }

    /** Builds the inputs as they are now. */
    BuildReport build() throws DossierException {
        return build(current);
    }

    /**
     * Builds the inputs as they were in {@code before}. What the build wrote itself is no change to build again
     * for; anything else that changed while it ran still differs from the new baseline, and is built next.
     */
    private BuildReport build(Snapshot before) throws DossierException {
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

    /** Until the watcher is closed: waits for a change, lets it settle, and builds, calling {@code rebuilt} after each build. */
    void run(Runnable rebuilt, Consumer<String> log) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (events == null) {
                    Thread.sleep(1000);
                    current = Snapshot.of(config, f -> { });
                } else if (!awaitChanges()) {
                    continue;
                }
                tick(rebuilt, log);
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

    private void tick(Runnable rebuilt, Consumer<String> log) {
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
            rebuilt.run();
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
