package io.github.dossier;

import io.github.dossier.internal.Fingerprint;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawReader;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw file and the {@code source:} its brief records (its path under the raw directory), as a build lists them.
 *
 * @param path   the file
 * @param source its name relative to the raw directory ({@link RawReader#sourceName})
 */
record RawFile(Path path, String source) {

    /** Whether the file is a saved web page rather than a text scrape. */
    boolean html() {
        return RawDocument.Format.forFileName(path.getFileName().toString()) == RawDocument.Format.HTML;
    }

    /** The file's stamp ({@link Fingerprint#stamp}), or empty when it cannot be had (then the file is read). */
    String stamp() {
        try {
            return Fingerprint.stamp(path);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Every article file under {@code raw}, sorted, links followed but hidden files skipped. What cannot be listed
     * (a link that loops back to a folder above it, a link out of the raw folder, an unreadable folder) and files
     * whose names read the same as an earlier one's are skipped with a warning each.
     */
    static List<RawFile> list(Path raw, Diagnostics.Recorder diagnostics) throws DossierException {
        List<Path> found = new ArrayList<>();
        try {
            Path realRaw = raw.toRealPath();
            Files.walkFileTree(raw, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            // A link to a folder elsewhere (ln -s / raw/root) would walk the whole disk.
                            if (!dir.equals(raw) && !dir.toRealPath().startsWith(realRaw)) {
                                diagnostics.skip(RawReader.sourceName(raw, dir)
                                        + ": is a link to a folder outside the raw directory; skipped");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (!attrs.isDirectory() && !name.startsWith(".")
                                    && RawDocument.Format.forFileName(name) != null) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String source = RawReader.sourceName(raw, file);
                            diagnostics.skip(source + (e instanceof FileSystemLoopException
                                    ? ": is a link back to a folder that contains it (a loop); skipped"
                                    : ": cannot be listed: " + e.getMessage() + "; skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DossierException("cannot list raw directory " + raw + ": " + e.getMessage(), e);
        }
        // By name as text, and by the bytes of the name where two read the same (names that are not UTF-8).
        found.sort(Comparator.comparing(Path::toString).thenComparing(Comparator.naturalOrder()));
        List<RawFile> files = new ArrayList<>();
        Map<String, Path> bySource = new HashMap<>();
        for (Path file : found) {
            String source = RawReader.sourceName(raw, file);
            if (bySource.putIfAbsent(source, file) != null) {
                diagnostics.skip(source + ": another raw file has a name that reads the same (names that differ only in "
                        + "bytes that are not valid " + System.getProperty("sun.jnu.encoding", "UTF-8")
                        + "); only the first is read, rename this one");
                continue;
            }
            files.add(new RawFile(file, source));
        }
        return files;
    }
}
