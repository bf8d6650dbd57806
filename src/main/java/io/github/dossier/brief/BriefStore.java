package io.github.dossier.brief;

import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The briefs directory: reads every brief, and replaces the generated ones while leaving curated ones alone.
 *
 * <p>Slugs are made unique in source order ({@code title}, {@code title-2}, …), so the same raw files always give
 * the same file names. A file is rewritten only when its text changes, atomically. Generated briefs whose raw
 * file is gone are removed; curated briefs never are.
 */
public final class BriefStore {

    /** What {@link #sync} did, and the briefs the directory now holds, by slug (as {@link #readAll} would read them). */
    public record SyncResult(int written, int unchanged, int curated, int removed, List<Brief> briefs) {
    }

    private final Path directory;
    private final Path index;
    private final BriefCodec codec = new BriefCodec();

    public BriefStore(Path directory) {
        this(directory, null);
    }

    /**
     * A store that remembers, in {@code index} (a file outside the briefs, in a cache), what it last wrote: a brief
     * whose content and file are both as they were then is known unchanged without writing its text out again.
     */
    public BriefStore(Path directory, Path index) {
        this.directory = directory;
        this.index = index;
    }

    public Path directory() {
        return directory;
    }

    /** Every brief on disk, by slug. A file that cannot be read fails the whole read, naming it. */
    public List<Brief> readAll() throws IOException {
        List<Brief> out = new ArrayList<>();
        for (Path file : files()) {
            out.add(read(file));
        }
        out.sort(Comparator.comparing(Brief::slug));
        return out;
    }

    public Brief read(Path file) throws IOException {
        return codec.read(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.md")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /**
     * Makes the directory hold {@code generated} (one brief per raw file) beside the curated briefs already there.
     * Briefs whose source has a curated brief are not written.
     */
    public SyncResult sync(List<Brief> generated) throws IOException {
        Files.createDirectories(directory);
        // Curated briefs (and anything that does not look like a brief Dossier wrote) are read in full, so that a
        // broken one fails here; a generated one only needs its name, as it is compared by text below.
        List<Brief> curatedBriefs = new ArrayList<>();
        Set<String> existingGenerated = new HashSet<>();
        for (Path file : files()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
            if (looksGenerated(text)) {
                existingGenerated.add(slug);
                continue;
            }
            Brief b = codec.read(file, text);
            if (b.curated()) {
                curatedBriefs.add(b);
            } else {
                existingGenerated.add(slug);
            }
        }
        Set<String> curatedSources = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (Brief b : curatedBriefs) {
            curatedSources.add(b.source());
            taken.add(b.slug());
        }
        TreeMap<String, Brief> bySource = new TreeMap<>();
        for (Brief b : generated) {
            if (!curatedSources.contains(b.source())) {
                bySource.put(b.source(), b);
            }
        }
        Map<String, Brief> bySlug = new LinkedHashMap<>();
        for (Brief b : bySource.values()) {
            String slug = b.slug();
            for (int n = 2; taken.contains(slug); n++) {
                slug = b.slug() + "-" + n;
            }
            taken.add(slug);
            bySlug.put(slug, b.withSlug(slug));
        }
        // Written in parallel: each file is compared with its new text and replaced only when they differ; one the
        // index says is as this store left it, with the same content, is not even compared.
        Map<String, String> known = readIndex();
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<IOException> failure = new AtomicReference<>();
        bySlug.values().parallelStream().forEach(b -> {
            try {
                Path file = directory.resolve(b.slug() + ".md");
                String content = Fingerprint.of(b.toString());
                if (content.equals(known.get(b.slug())) && Fingerprint.stamp(file).equals(known.get(b.slug() + "\tfile"))) {
                    seen.put(b.slug(), content);
                    return;
                }
                String text = codec.write(b);
                if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                    writeAtomically(file, text);
                    written.incrementAndGet();
                }
                seen.put(b.slug(), content);
            } catch (IOException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        int removed = 0;
        for (String slug : new java.util.TreeSet<>(existingGenerated)) {
            if (!bySlug.containsKey(slug)) {
                Files.deleteIfExists(directory.resolve(slug + ".md"));
                removed++;
            }
        }
        writeIndex(seen);
        List<Brief> all = new ArrayList<>(curatedBriefs);
        all.addAll(bySlug.values());
        all.sort(Comparator.comparing(Brief::slug));
        return new SyncResult(written.get(), bySlug.size() - written.get(), curatedBriefs.size(), removed,
                List.copyOf(all));
    }

    private Map<String, String> readIndex() {
        Map<String, String> out = new java.util.HashMap<>();
        if (index == null || !Files.isRegularFile(index)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                out.put(f[0], f[1]);
                out.put(f[0] + "\tfile", f[2]);
            }
        } catch (IOException | RuntimeException damaged) {
            out.clear(); // only costs time
        }
        return out;
    }

    private void writeIndex(Map<String, String> contents) throws IOException {
        if (index == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(contents).entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\t')
                    .append(Fingerprint.stamp(directory.resolve(e.getKey() + ".md"))).append('\n');
        }
        Files.createDirectories(index.getParent());
        writeAtomically(index, sb.toString());
    }

    /**
     * Whether {@code text} is a brief as Dossier writes them, not marked curated: it opens with the title, names its
     * source, and has no {@code curated} key. Such a file is regenerated whatever it holds.
     */
    private static boolean looksGenerated(String text) {
        if (!text.startsWith("---\ntitle: ")) {
            return false;
        }
        int close = text.indexOf("\n---\n", 3);
        String front = close < 0 ? text : text.substring(0, close + 1);
        return close > 0 && front.contains("\nsource: ") && !front.contains("\ncurated:");
    }

    /** Writes through a temporary file in the same directory, so a reader never sees half a file. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
