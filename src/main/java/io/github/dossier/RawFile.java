package io.github.dossier;

import io.github.dossier.internal.Fingerprint;
import io.github.dossier.raw.Container;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
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
 * A raw article and the {@code source:} its brief records, as a build lists them: a raw file (its path under the raw
 * directory), or one article of a {@link Container} (a web archive's response, a Zotero item).
 *
 * @param path   the file, or the container that holds the article
 * @param source its name relative to the raw directory ({@link RawReader#sourceName}), and in its container
 * @param entry  the article in its container, or {@code null} for a raw file that is one article
 */
record RawFile(Path path, String source, Container.Entry entry) {

    /** A raw file that is one article. */
    RawFile(Path path, String source) {
        this(path, source, null);
    }

    /**
     * Whether the article is a page rather than a text scrape (whose short lines profile the corpus): a saved page, a
     * PDF, an article of a container.
     */
    boolean html() {
        RawDocument.Format format = RawDocument.Format.forFileName(path.getFileName().toString());
        return entry != null || format != RawDocument.Format.TEXT && format != RawDocument.Format.MARKDOWN;
    }

    /** Reads the article, from its file or its container; {@code raw} is the raw directory. */
    RawDocument read(Path raw) throws RawInputException {
        return entry == null ? RawReader.DEFAULT.read(raw, path)
                : Container.forFileName(path.getFileName().toString()).read(raw, path, entry);
    }

    /**
     * The article's stamp, or empty when it cannot be had (then the article is read): its file's ({@link
     * Fingerprint#stamp}); for an article of a container, the container's with the article's place in it and the
     * stamps of the files it is read from, the newest modification time second as in a file's stamp.
     */
    String stamp() {
        try {
            String own = Fingerprint.stamp(path);
            if (entry == null || own.isEmpty()) {
                return own;
            }
            StringBuilder all = new StringBuilder(own).append('#').append(entry.locator());
            long newest = Fingerprint.stampNanos(own);
            for (Path read : entry.reads()) {
                String stamp = Fingerprint.stamp(read);
                if (stamp.isEmpty()) {
                    return "";
                }
                newest = Math.max(newest, Fingerprint.stampNanos(stamp));
                all.append('|').append(stamp);
            }
            return "0@" + newest + "@" + all;
        } catch (IOException e) {
            return "";
        }
    }

    /** How a build lists a container's articles: afresh, or as it listed them last time. */
    @FunctionalInterface
    interface Lister {
        /** Lists them afresh. */
        Lister FRESH = (container, raw, file, source) -> container.list(raw, file);

        Container.Listing list(Container container, Path raw, Path file, String source) throws RawInputException;
    }

    /** Every article under {@code raw}, each container listed afresh ({@link #list(Path, Diagnostics.Recorder, Lister)}). */
    static List<RawFile> list(Path raw, Diagnostics.Recorder diagnostics) throws DossierException {
        return list(raw, diagnostics, Lister.FRESH);
    }

    /**
     * Every article under {@code raw}: each article file, sorted, links followed but hidden files skipped, and in a
     * container's place its articles, in its order ({@code lister} lists them). A file a container's article is read
     * from (a Zotero item's snapshot) is no article of its own. What cannot be listed (a link that loops back to a
     * folder above it, a link out of the raw folder, an unreadable folder, a container that cannot be read) and files
     * whose names read the same as an earlier one's are skipped with a warning each; what a container holds that is
     * no article is counted ({@link Diagnostics.Recorder#passed}).
     */
    static List<RawFile> list(Path raw, Diagnostics.Recorder diagnostics, Lister lister) throws DossierException {
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
                                    && RawReader.reads(name)) {
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
        return expand(raw, files, diagnostics, lister);
    }

    /** {@code files} with each container's articles in its place, and the files they are read from left out. */
    private static List<RawFile> expand(Path raw, List<RawFile> files, Diagnostics.Recorder diagnostics,
            Lister lister) {
        List<RawFile> out = new ArrayList<>();
        java.util.Set<Path> claimed = new java.util.HashSet<>();
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (RawFile file : files) {
            Container container = Container.forFileName(file.path().getFileName().toString());
            if (container == null) {
                out.add(file);
                continue;
            }
            try {
                Container.Listing listing = lister.list(container, raw, file.path(), file.source());
                listing.skipped().forEach(diagnostics::skip);
                listing.passed().forEach(diagnostics::passed);
                listing.claimed().forEach(p -> claimed.add(p.toAbsolutePath().normalize()));
                for (Container.Entry entry : listing.entries()) {
                    entry.reads().forEach(p -> claimed.add(p.toAbsolutePath().normalize()));
                    if (sources.add(entry.source())) {
                        out.add(new RawFile(file.path(), entry.source(), entry));
                    } else {
                        diagnostics.skip(entry.source() + ": another article of " + file.source()
                                + " has the same name; only the first is read");
                    }
                }
            } catch (RawInputException e) {
                diagnostics.skip(e.getMessage());
            } catch (RuntimeException e) {
                diagnostics.skip(file.source() + ": list: " + io.github.dossier.internal.Fault.describe(e) + "; skipped");
            }
        }
        out.removeIf(f -> f.entry() == null && claimed.contains(f.path().toAbsolutePath().normalize()));
        return out;
    }
}
