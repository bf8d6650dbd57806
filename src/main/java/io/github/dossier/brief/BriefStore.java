package io.github.dossier.brief;

import io.github.dossier.internal.AtomicFile;
import io.github.dossier.internal.Fault;
import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The briefs directory: reads every brief, and replaces the generated ones while leaving curated ones alone.
 *
 * <p>Slugs are made unique in source order ({@code title}, {@code title-2}, …), so the same raw files always give
 * the same file names. A file is rewritten only when its text changes, atomically. Generated briefs whose raw
 * file is gone are removed; curated briefs never are.
 */
public final class BriefStore {

    /**
     * What {@link #sync} did.
     *
     * @param briefs  the briefs the directory now holds, by slug (as {@link #readAll} would read them)
     * @param skipped one line for each generated brief not written (its raw file's source, and why)
     * @param kept    one line for each stale brief not removed because it changed while the sync ran
     * @param changed the brief files written or removed
     */
    public record SyncResult(int written, int unchanged, int curated, int removed, List<Brief> briefs,
            List<String> skipped, List<String> kept, List<Path> changed, Map<Brief, String> fingerprints) {

        /**
         * The {@link Brief#fingerprint()} of each generated brief in {@link #briefs()} (the very objects), as the sync
         * computed it to compare each with what it last wrote.
         */
        public SyncResult {
            fingerprints = java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(fingerprints));
        }
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

    /** Every brief on disk, by slug. A file that cannot be read fails the whole read, naming it. */
    public List<Brief> readAll() throws IOException {
        List<Brief> out = new ArrayList<>();
        for (Path file : files()) {
            out.add(read(file));
        }
        out.sort(Comparator.comparing(Brief::slug));
        return out;
    }

    /** The brief in {@code file}, its body left there and read again when asked ({@link Body#stored}). */
    public Brief read(Path file) throws IOException {
        Brief b = codec.read(file, Files.readString(file, StandardCharsets.UTF_8));
        return b.toBuilder().markdown(Body.stored(b.markdown().fingerprint(), b.markdown().isBlank(), file::toString,
                () -> codec.body(file, Files.readString(file, StandardCharsets.UTF_8)))).build();
    }

    private List<Path> files() throws IOException {
        return new ArrayList<>(stamps().keySet());
    }

    /** Every brief file, in order, with its {@link Fingerprint#stamp}: one look at each. */
    private TreeMap<Path, String> stamps() throws IOException {
        TreeMap<Path, String> out = new TreeMap<>(Comparator.comparing(Path::toString));
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.md")) {
            for (Path p : ds) {
                String stamp = Fingerprint.stamp(p);
                if (!stamp.isEmpty()) {
                    out.put(p, stamp);
                }
            }
        }
        return out;
    }

    /**
     * Makes the directory hold {@code generated} (one brief per raw file) beside the curated briefs already there.
     * Briefs whose source has a curated brief are not written.
     *
     * <p>Whether a brief on disk is curated is decided by its parsed front matter, whatever the spelling of its key
     * ({@code curated: true}, {@code "curated": true}, {@code curated : true}): every file is read unless the index
     * says it is exactly as this store wrote it. A file that cannot be read fails the sync, naming it, and is never
     * replaced. A file that changes while the sync runs is left as it is, with a failure line, for the next build.
     */
    public SyncResult sync(List<Brief> generated) throws IOException {
        Files.createDirectories(directory);
        Map<String, String> known = readIndex();
        List<Brief> curatedBriefs = new ArrayList<>();
        Set<String> existingGenerated = new HashSet<>();
        // The stamp of every brief file as it was read, to notice one that is edited before it is replaced.
        Map<String, String> readStamps = new java.util.concurrent.ConcurrentHashMap<>();
        for (Map.Entry<Path, String> f : stamps().entrySet()) {
            Path file = f.getKey();
            String slug = slugOf(file);
            String stamp = f.getValue();
            readStamps.put(slug, stamp);
            if (!stamp.isEmpty() && stamp.equals(known.get(slug + "\tfile"))) {
                existingGenerated.add(slug); // as this store wrote it: generated, and not read again
                continue;
            }
            Brief b = read(file);
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
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Brief, String> fingerprints = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Map<String, String> skipped = new java.util.concurrent.ConcurrentHashMap<>(); // by source
        AtomicReference<IOException> failure = new AtomicReference<>();
        bySlug.values().parallelStream().forEach(b -> {
            Path file = directory.resolve(b.slug() + ".md");
            try {
                String content = b.fingerprint();
                fingerprints.put(b, content);
                if (content.equals(known.get(b.slug()))
                        && readStamps.getOrDefault(b.slug(), "").equals(known.get(b.slug() + "\tfile"))) {
                    seen.put(b.slug(), content);
                    return;
                }
                String text;
                try {
                    text = codec.write(b);
                } catch (java.io.UncheckedIOException e) {
                    skipped.put(b.source(), e.getCause().getMessage() + "; skipped");
                    return;
                } catch (RuntimeException | StackOverflowError e) {
                    skipped.put(b.source(), b.source() + ": brief: cannot be written as YAML: " + Fault.describe(e)
                            + "; skipped");
                    return;
                }
                if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                    if (!unchangedSinceRead(file, readStamps)) {
                        skipped.put(b.source(), file + ": changed while the build was running; left as it is "
                                + "for the next build");
                        return;
                    }
                    AtomicFile.write(file, text);
                    written.add(b.slug());
                }
                seen.put(b.slug(), content);
            } catch (IOException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        List<String> kept = new ArrayList<>();
        int removed = 0;
        List<Path> changed = new ArrayList<>();
        for (String slug : new java.util.TreeSet<>(existingGenerated)) {
            Path file = directory.resolve(slug + ".md");
            if (!bySlug.containsKey(slug)) {
                if (!unchangedSinceRead(file, readStamps)) {
                    kept.add(file + ": changed while the build was running; left as it is for the next build");
                    continue;
                }
                Files.deleteIfExists(file);
                changed.add(file);
                removed++;
            }
        }
        writeIndex(seen, written, readStamps);
        List<Brief> all = new ArrayList<>(curatedBriefs);
        for (Brief b : bySlug.values()) {
            if (!skipped.containsKey(b.source())) {
                all.add(b);
            }
        }
        all.sort(Comparator.comparing(Brief::slug));
        new java.util.TreeSet<>(written).forEach(slug -> changed.add(directory.resolve(slug + ".md")));
        return new SyncResult(written.size(), bySlug.size() - written.size() - skipped.size(), curatedBriefs.size(),
                removed, List.copyOf(all), List.copyOf(new TreeMap<>(skipped).values()), List.copyOf(kept), List.copyOf(changed),
                fingerprints);
    }

    private static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    /** Whether {@code file} is as it was when the sync read the directory (absent then and now, or the same stamp). */
    private static boolean unchangedSinceRead(Path file, Map<String, String> readStamps) throws IOException {
        return Fingerprint.stamp(file).equals(readStamps.getOrDefault(slugOf(file), ""));
    }

    /**
     * Doubts about hand-edited briefs that do not stop a build, one line each: a key that is not Dossier's but is
     * close to one (a typo would otherwise be kept silently as a template parameter), a curated brief with no body.
     */
    public List<String> doubts(List<Brief> briefs) {
        List<String> out = new ArrayList<>();
        for (Brief b : briefs) {
            String file = directory.resolve(b.slug() + ".md").toString();
            for (String key : b.extra().keySet()) {
                BriefCodec.nearestKey(key).ifPresent(known -> out.add(file + ": unknown key '" + key
                        + "' (did you mean '" + known + "'?); kept as a template parameter"));
            }
            if (b.curated() && b.markdown().isBlank()) {
                out.add(file + ": curated brief has no body below its front matter; its page shows the summary only");
            }
        }
        return out;
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

    /** The index of {@code contents} by slug, each file's stamp as read unless this sync {@code written} it. */
    private void writeIndex(Map<String, String> contents, Set<String> written, Map<String, String> readStamps)
            throws IOException {
        if (index == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(contents).entrySet()) {
            String stamp = written.contains(e.getKey()) ? null : readStamps.get(e.getKey());
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\t')
                    .append(stamp != null ? stamp : Fingerprint.stamp(directory.resolve(e.getKey() + ".md"))).append('\n');
        }
        Files.createDirectories(index.getParent());
        AtomicFile.write(index, sb.toString());
    }
}
