package io.github.dossier.preview;

import io.github.dossier.DossierConfig;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every file the preview watches, by absolute path, with its stamp (size and time of change), so that any change, and
 * only a change, is noticed: the raw files, briefs, author files and templates, and the data files at the top of the
 * data directory.
 *
 * @param files     the files of the watched trees
 * @param dataFiles the data files
 */
record Snapshot(Map<Path, String> files, Map<Path, String> dataFiles) {

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
