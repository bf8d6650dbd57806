package io.github.dossier.brief;

import io.github.dossier.internal.AtomicFile;
import io.github.dossier.internal.Fault;
import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One {@link BriefStore#sync}: whose each brief file is (Dossier's as it wrote it, or the researcher's), the
 * {@link Ledger} brought up to date first, then the generated briefs written in parallel and the stale ones removed,
 * each unless it changed while the sync ran; and the {@link BriefIndex} of what was written, for the next sync.
 */
final class BriefSync {

    private final BriefStore store;
    private final Path directory;
    private final Path index;
    private final BriefCodec codec;

    BriefSync(BriefStore store, Path directory, Path index, BriefCodec codec) {
        this.store = store;
        this.directory = directory;
        this.index = index;
        this.codec = codec;
    }

    /** Makes the directory hold {@code generated} beside the researcher's briefs, as {@link BriefStore#sync} says. */
    BriefStore.SyncResult run(List<Brief> generated) throws IOException {
        Files.createDirectories(directory);
        AtomicFile.removeLeftovers(directory); // what a write killed half way left: no brief, nobody's
        Ledger ledger = Ledger.read(directory);
        Map<String, Ledger.Entry> before = new HashMap<>();
        ledger.briefs().forEach(e -> before.put(e.slug(), e));
        Map<String, Brief> generatedBySource = new HashMap<>();
        generated.forEach(b -> generatedBySource.putIfAbsent(b.source(), b));

        // Whose is each brief file: Dossier's as it wrote it (it may replace or remove it), or the researcher's.
        List<Brief> curatedBriefs = new ArrayList<>();
        int edited = 0;
        int migrated = 0;
        Set<String> ours = new HashSet<>();
        Map<String, String> diskSha = new HashMap<>(); // of Dossier's files, where known
        Map<String, String> presentSources = new HashMap<>(); // source → slug, of every file present
        List<String> notes = new ArrayList<>();
        BriefIndex known = BriefIndex.read(index, notes::add);
        // The stamp of every brief file as it was read, to notice one that is edited before it is replaced, and when.
        long listedAt = System.currentTimeMillis();
        Map<String, String> readStamps = new java.util.concurrent.ConcurrentHashMap<>();
        for (Map.Entry<Path, String> f : store.stamps().entrySet()) {
            Path file = f.getKey();
            String slug = BriefStore.slugOf(file);
            String stamp = f.getValue();
            readStamps.put(slug, stamp);
            Optional<Ledger.Entry> entry = ledger.of(slug);
            if (entry.isPresent() && entry.get().state() == Ledger.State.WRITTEN) {
                if (known.vouches(slug, stamp) && entry.get().wrote(known.sha(slug))) {
                    ours.add(slug); // as Dossier wrote it, and not read again
                    diskSha.put(slug, known.sha(slug));
                    presentSources.put(entry.get().source(), slug);
                    continue;
                }
                String sha = sha(Files.readAllBytes(file));
                if (entry.get().wrote(sha)) {
                    ours.add(slug);
                    diskSha.put(slug, sha);
                    presentSources.put(entry.get().source(), slug);
                    continue;
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Brief b = store.read(file, text);
            presentSources.put(b.source(), slug);
            // Only a brief read as not curated can say curated: false (its front matter read a second time).
            boolean handsBack = !b.curated() && codec.handsBack(file, text);
            if (handsBack && generatedBySource.containsKey(b.source())) {
                // curated: false, said by the researcher: Dossier's to write again from its raw file.
                ours.add(slug);
                notes.add(file + ": says curated: false; written again from its raw file");
                continue;
            }
            if (handsBack) {
                notes.add(file + ": says curated: false, but its raw file (" + (b.source().isEmpty() ? "none named"
                        : b.source()) + ") gives no brief; kept as it is");
            }
            boolean mine = b.curated() || handsBack;
            if (entry.isEmpty() && !mine && !ledger.existed() && !known.changed(slug, stamp)) {
                // No ledger yet (a project from before it): a brief not marked curated is Dossier's, as it was then,
                // unless the cache saw it change since Dossier wrote it.
                ours.add(slug);
                migrated++;
                continue;
            }
            curatedBriefs.add(b);
            if (!mine || entry.isPresent() && entry.get().state() == Ledger.State.EDITED) {
                edited++;
                if (entry.isEmpty() || entry.get().state() != Ledger.State.EDITED) {
                    ledger.edited(slug, b.source());
                    if (!mine) {
                        notes.add(file + (entry.isPresent() ? ": edited by hand since Dossier wrote it"
                                : ": not in Dossier's ledger (made, renamed or restored by hand)")
                                + "; kept as yours, never rewritten from now on (as if curated: true)");
                    }
                }
            } else if (entry.isPresent()) {
                ledger.edited(slug, b.source()); // marked curated by hand
            }
        }
        if (migrated > 0) {
            notes.add(directory + ": no ledger yet; " + migrated + " briefs not marked curated are taken as Dossier's, as "
                    + "before; from now on, an edit to any brief is kept (" + ledger.file().getFileName() + ")");
        }
        // A brief Dossier wrote that is gone was deleted by hand, unless Dossier was removing it itself (a build
        // stopped half way) or its source is in another file now (renamed by hand).
        for (Ledger.Entry e : before.values()) {
            if (readStamps.containsKey(e.slug())) {
                continue;
            }
            if (e.removing() || presentSources.containsKey(e.source())) {
                ledger.removed(e.slug());
            } else {
                ledger.deletedByHand(e.slug(), e.source());
                notes.add(directory.resolve(e.slug() + ".md") + ": deleted by hand; " + (e.source().isEmpty()
                        ? "it stays deleted" : "its raw file " + e.source() + " gives no brief from now on")
                        + " (to have it written again, delete its line from " + ledger.file() + ")");
            }
        }
        for (Map.Entry<String, String> p : presentSources.entrySet()) {
            if (!p.getKey().isEmpty() && ledger.deleted(p.getKey())) {
                ledger.restored(p.getKey());
                notes.add(directory.resolve(p.getValue() + ".md") + ": restored by hand; its raw file " + p.getKey()
                        + " gives a brief again");
            }
        }

        // Slugs: those of the researcher's briefs, and of briefs they deleted (their file name is not given to
        // another article), are taken.
        Set<String> curatedSources = new HashSet<>();
        Set<String> taken = new HashSet<>(ledger.deletedSlugs());
        for (Brief b : curatedBriefs) {
            curatedSources.add(b.source());
            taken.add(b.slug());
        }
        TreeMap<String, Brief> bySource = new TreeMap<>();
        int withheld = 0;
        for (Brief b : generated) {
            if (curatedSources.contains(b.source())) {
                continue;
            }
            if (ledger.deleted(b.source())) {
                withheld++;
                continue;
            }
            bySource.put(b.source(), b);
        }
        Map<String, Brief> bySlug = new LinkedHashMap<>();
        for (Brief b : bySource.values()) {
            String slug = b.slug();
            for (int n = 2; taken.contains(slug); n++) {
                slug = Slugs.numbered(b.slug(), n);
            }
            taken.add(slug);
            bySlug.put(slug, b.withSlug(slug));
        }

        // Pass 1, in parallel: each brief's text and its SHA-256; a brief the index says is as this store left it,
        // with the same content, is not even serialised.
        Map<Brief, String> fingerprints = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        Map<String, String> skipped = new java.util.concurrent.ConcurrentHashMap<>(); // by source
        Map<String, Planned> plans = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong held = new java.util.concurrent.atomic.AtomicLong();
        bySlug.values().parallelStream().forEach(b -> {
            String content = b.fingerprint();
            fingerprints.put(b, content);
            String onDisk = ours.contains(b.slug()) ? diskSha.get(b.slug()) : null;
            if (onDisk != null && content.equals(known.content(b.slug())) && onDisk.equals(known.sha(b.slug()))) {
                plans.put(b.slug(), new Planned(b, content, onDisk, null, false));
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
            String sha = sha(text.getBytes(StandardCharsets.UTF_8));
            if (onDisk == null && ours.contains(b.slug())) {
                try {
                    onDisk = sha(Files.readAllBytes(directory.resolve(b.slug() + ".md")));
                } catch (IOException gone) {
                    onDisk = null;
                }
            }
            boolean write = !sha.equals(onDisk);
            boolean hold = write && held.addAndGet(text.length()) <= HOLD_CHARS;
            plans.put(b.slug(), new Planned(b, content, sha, hold ? text : null, write));
        });
        List<String> removing = new ArrayList<>();
        for (String slug : new java.util.TreeSet<>(ours)) {
            if (!bySlug.containsKey(slug)) {
                removing.add(slug);
            }
        }
        // The ledger first, naming the texts each brief may have until the files are written: a build stopped half
        // way never takes its own text for an edit, nor its own removal for a deletion.
        List<Planned> writes = plans.values().stream().filter(Planned::write)
                .sorted(Comparator.comparing(p -> p.brief().slug())).toList();
        for (Planned p : writes) {
            Brief b = p.brief();
            ledger.replacing(b.slug(), b.source(), p.sha());
            if (!readStamps.containsKey(b.slug())) {
                ledger.replacing(b.slug(), b.source(), null);
            }
        }
        for (String slug : removing) {
            ledger.of(slug).ifPresent(e -> ledger.replacing(slug, e.source(), null));
        }
        List<Path> changed = new ArrayList<>();
        if (!writes.isEmpty() || !removing.isEmpty()) {
            ledger.write();
        }

        // Pass 2, in parallel: the briefs whose text changed, each unless it changed since it was read; each file's
        // stamp taken as soon as it is written (an edit made after that, however soon, is told by its stamp).
        Map<String, String> writtenStamps = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicReference<IOException> failure = new AtomicReference<>();
        writes.parallelStream().forEach(p -> {
            Brief b = p.brief();
            Path file = directory.resolve(b.slug() + ".md");
            try {
                if (!unchangedSinceRead(file, readStamps)) {
                    skipped.put(b.source(), file + ": changed while the build was running; left as it is "
                            + "for the next build");
                    return;
                }
                AtomicFile.write(file, p.text() != null ? p.text() : codec.write(b));
                writtenStamps.put(b.slug(), Fingerprint.stamp(file) + "\t" + System.currentTimeMillis());
            } catch (IOException e) {
                failure.set(e);
            }
        });
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (String slug : removing) {
            Path file = directory.resolve(slug + ".md");
            if (failure.get() != null || !unchangedSinceRead(file, readStamps)) {
                if (failure.get() == null) {
                    kept.add(file + ": changed while the build was running; left as it is for the next build");
                }
                ledger.set(before.get(slug)); // as it was: the next build tells whose it is
                continue;
            }
            Files.deleteIfExists(file);
            ledger.removed(slug);
            changed.add(file);
            removed++;
        }
        // The ledger as the files are now.
        Map<String, String> seen = new HashMap<>();
        for (Planned p : plans.values()) {
            Brief b = p.brief();
            boolean failed = skipped.containsKey(b.source());
            boolean wrote = writtenStamps.containsKey(b.slug());
            if (!failed && (!p.write() || wrote)) {
                ledger.written(b.slug(), b.source(), p.sha());
                seen.put(b.slug(), p.content() + "\t" + p.sha() + "\t" + (wrote ? writtenStamps.get(b.slug())
                        : readStamps.get(b.slug()) + "\t" + listedAt));
            } else if (before.containsKey(b.slug())) {
                ledger.set(before.get(b.slug())); // not written: as it was
            } else {
                ledger.removed(b.slug());
            }
        }
        if (failure.get() != null) {
            ledger.write(); // what was written, and as it was for the rest
            throw failure.get();
        }
        if (ledger.write()) {
            changed.add(ledger.file());
        }
        BriefIndex.write(index, seen).ifPresent(notes::add);
        List<Brief> all = new ArrayList<>(curatedBriefs);
        for (Brief b : bySlug.values()) {
            if (!skipped.containsKey(b.source())) {
                all.add(b);
            }
        }
        all.sort(Comparator.comparing(Brief::slug));
        new java.util.TreeSet<>(writtenStamps.keySet()).forEach(slug -> changed.add(directory.resolve(slug + ".md")));
        return new BriefStore.SyncResult(writtenStamps.size(), bySlug.size() - writtenStamps.size() - skipped.size(),
                curatedBriefs.size(), removed, edited, withheld, List.copyOf(all),
                List.copyOf(new TreeMap<>(skipped).values()), List.copyOf(kept), List.copyOf(notes), List.copyOf(changed),
                fingerprints);
    }

    /**
     * The SHA-256 of a brief file's text as the ledger records it: its line ends made one ("\r\n" and "\r" read as
     * "\n", as the codec reads them), so that git's line-end conversion on a checkout is no edit. Anything else is.
     */
    static String sha(byte[] bytes) {
        boolean cr = false;
        for (byte b : bytes) {
            if (b == '\r') {
                cr = true;
                break;
            }
        }
        if (!cr) {
            return Fingerprint.of(bytes);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(bytes[i]);
            }
        }
        return Fingerprint.of(out.toByteArray());
    }

    /** Texts of briefs to write held between the two passes, up to this many chars; past it, made again. */
    private static final long HOLD_CHARS = Math.min(32_000_000, Runtime.getRuntime().maxMemory() / 32);

    /** A generated brief's place in a sync: its content fingerprint, its text's SHA-256, and whether to write it. */
    private record Planned(Brief brief, String content, String sha, String text, boolean write) {
    }

    /** Whether {@code file} is as it was when the sync read the directory (absent then and now, or the same stamp). */
    private static boolean unchangedSinceRead(Path file, Map<String, String> readStamps) throws IOException {
        return Fingerprint.stamp(file).equals(readStamps.getOrDefault(BriefStore.slugOf(file), ""));
    }
}
