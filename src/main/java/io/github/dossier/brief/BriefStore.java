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
     * @param curated  the researcher's briefs left alone: curated, edited by hand, or not written by Dossier
     * @param edited   of those, the briefs that are the researcher's because they were edited (or made) by hand
     * @param withheld raw files that give no brief because the researcher deleted it
     * @param briefs   the briefs the directory now holds, by slug (as {@link #readAll} would read them)
     * @param skipped  one line for each generated brief not written (its raw file's source, and why)
     * @param kept     one line for each stale brief not removed because it changed while the sync ran
     * @param notes    one line for each brief this sync found edited, deleted or restored by hand, once
     * @param changed  the files written or removed: briefs, and the ledger
     */
    public record SyncResult(int written, int unchanged, int curated, int removed, int edited, int withheld,
            List<Brief> briefs, List<String> skipped, List<String> kept, List<String> notes, List<Path> changed,
            Map<Brief, String> fingerprints) {

        /**
         * The {@link Brief#fingerprint()} of each generated brief in {@link #briefs()} (the very objects), as the sync
         * computed it to compare each with what it last wrote.
         */
        public SyncResult {
            fingerprints = java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(fingerprints));
        }
    }

    /** The ledger's name in the briefs folder: what Dossier wrote there ({@link Ledger}). */
    public static final String LEDGER = Ledger.FILE;

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
        return read(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The brief in {@code file}, read as {@code text}, its body left there and read again when asked. */
    private Brief read(Path file, String text) throws IOException {
        Brief b = codec.read(file, text);
        return b.toBuilder().markdown(Body.stored(b.markdown().fingerprint(), b.markdown().isBlank(), file::toString,
                () -> codec.body(file, Files.readString(file, StandardCharsets.UTF_8)))).build();
    }

    /** The raw files of the briefs Dossier wrote and still keeps (as its ledger says), for the build's guard. */
    public Set<String> writtenSources() throws IOException {
        Set<String> out = new HashSet<>();
        for (Ledger.Entry e : Ledger.read(directory).briefs()) {
            if (e.state() == Ledger.State.WRITTEN && !e.removing() && !e.source().isEmpty()) {
                out.add(e.source());
            }
        }
        return out;
    }

    /** The raw files whose briefs the researcher deleted: they give no brief. */
    public Set<String> deletedSources() throws IOException {
        return Ledger.read(directory).deletedSources();
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
        Set<String> recorded = recordedSlugs();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.md")) {
            for (Path p : ds) {
                if (refusal(p, recorded).isPresent()) {
                    continue;
                }
                String stamp = Fingerprint.stamp(p);
                if (!stamp.isEmpty()) {
                    out.put(p, stamp);
                }
            }
        }
        return out;
    }

    /**
     * Makes the directory hold {@code generated} (one brief per raw file) beside the briefs that are the researcher's,
     * which it never writes or removes: a curated brief ({@code curated: true}, whatever the spelling of the key), a
     * brief edited by hand since Dossier wrote it, a brief Dossier did not write. What Dossier wrote is in the
     * {@link Ledger} beside the briefs; a brief it wrote that is gone was deleted by hand, and its raw file gives no
     * brief from then on. Briefs whose source has one of the researcher's are not written.
     *
     * <p>A file that cannot be read fails the sync, naming it, and is never replaced. A file that changes while the
     * sync runs is left as it is, with a failure line, for the next build.
     */
    public SyncResult sync(List<Brief> generated) throws IOException {
        Files.createDirectories(directory);
        AtomicFile.removeLeftovers(directory); // what a write killed half way left: no brief, nobody's
        Ledger ledger = Ledger.read(directory);
        Index known = Index.read(index);
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
        // The stamp of every brief file as it was read, to notice one that is edited before it is replaced, and when.
        long listedAt = System.currentTimeMillis();
        Map<String, String> readStamps = new java.util.concurrent.ConcurrentHashMap<>();
        for (Map.Entry<Path, String> f : stamps().entrySet()) {
            Path file = f.getKey();
            String slug = slugOf(file);
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
            Brief b = read(file, text);
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
        writeIndex(seen);
        List<Brief> all = new ArrayList<>(curatedBriefs);
        for (Brief b : bySlug.values()) {
            if (!skipped.containsKey(b.source())) {
                all.add(b);
            }
        }
        all.sort(Comparator.comparing(Brief::slug));
        new java.util.TreeSet<>(writtenStamps.keySet()).forEach(slug -> changed.add(directory.resolve(slug + ".md")));
        return new SyncResult(writtenStamps.size(), bySlug.size() - writtenStamps.size() - skipped.size(),
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

    /**
     * The brief files this store leaves out, each with the reason and what to do, for the build's warnings: a file
     * whose name is not a safe slug ({@link Slugs#isSafe}), since a brief's file name becomes
     * its page's address and the name of its citation files ({@code javascript:alert(1).md}, {@code My Notes.md},
     * {@code Index.md}, a reserved name such as {@code index.md}, a name that differs from another only in case); and
     * a link, which could publish a file from outside the project. They are never read, written or removed.
     */
    public List<String> refused() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.md")) {
            ds.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        Set<String> recorded = recordedSlugs();
        for (Path p : files) {
            refusal(p, recorded).ifPresent(why -> out.add(p + ": " + why + "; not published"));
        }
        return out;
    }

    /**
     * The slugs of the briefs the ledger says Dossier wrote (and which may have been edited since): names it gave (an
     * earlier version's too, whose slugs could hold a capital or run long), never refused, so that its own brief is
     * never taken for one deleted by hand; none holds a character an address reads specially.
     */
    private Set<String> recordedSlugs() throws IOException {
        Set<String> out = new HashSet<>();
        Ledger.read(directory).briefs().stream()
                .filter(e -> e.state() != Ledger.State.DELETED && e.slug().matches("[\\p{L}\\p{M}\\p{N}-]+"))
                .forEach(e -> out.add(e.slug()));
        return out;
    }

    private Optional<String> refusal(Path file, Set<String> recorded) {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(Files.isSymbolicLink(file) ? "a link: a brief must be a file in the briefs folder"
                    : "not a file");
        }
        String slug = slugOf(file);
        if (Slugs.isSafe(slug) || recorded.contains(slug)) {
            return Optional.empty();
        }
        String to = Slugs.of(slug);
        for (int n = 2; Files.exists(directory.resolve(to + ".md"), java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            to = Slugs.numbered(Slugs.of(slug), n);
        }
        return Slugs.isSafe(slug) ? Optional.empty()
                : Optional.of("its name becomes the page's address, so it must be a slug (lower-case letters, digits "
                        + "and hyphens, not a reserved name); rename it to " + to + ".md");
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

    /**
     * What this store wrote last, kept in the build cache: each brief's content fingerprint, its text's SHA-256, its
     * file's stamp and when that stamp was taken. A stamp vouches for a file only when the file was last written well
     * before its stamp was taken (git's "racy" rule): an edit within the file system's clock tick of Dossier's write,
     * keeping the size, would otherwise go unseen. A stamp is taken as soon as Dossier writes its file, so that an
     * edit made later in the same build is never recorded as Dossier's.
     */
    private record Index(Map<String, String[]> bySlug) {
        private static final long RACY_MILLIS = 2_000;

        static Index read(Path file) {
            Map<String, String[]> out = new HashMap<>();
            if (file == null || !Files.isRegularFile(file)) {
                return new Index(out);
            }
            try {
                long written = Files.getLastModifiedTime(file).toMillis();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 5) {
                        out.put(f[0], new String[] {f[1], f[2], f[3], f[4]});
                    } else if (f.length == 3) {
                        // An index from before the ledger: its stamps tell a file changed since, as the file's time did.
                        out.put(f[0], new String[] {f[1], "", f[2], String.valueOf(written)});
                    } else {
                        return new Index(new HashMap<>()); // damaged: only costs time
                    }
                }
                return new Index(out);
            } catch (IOException | RuntimeException damaged) {
                return new Index(new HashMap<>());
            }
        }

        /** Whether {@code slug}'s file, stamped {@code stamp} now, is as this store left it, without reading it. */
        boolean vouches(String slug, String stamp) {
            String[] e = bySlug.get(slug);
            if (e == null || stamp.isEmpty() || !stamp.equals(e[2])) {
                return false;
            }
            String[] parts = stamp.split("@");
            try {
                return parts.length >= 2 && Long.parseLong(parts[1]) / 1_000_000 < Long.parseLong(e[3]) - RACY_MILLIS;
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException bad) {
                return false;
            }
        }

        /** Whether the index knows {@code slug}'s file and its stamp has changed since: an edit the index tells. */
        boolean changed(String slug, String stamp) {
            String[] e = bySlug.get(slug);
            return e != null && !e[2].equals(stamp);
        }

        String content(String slug) {
            String[] e = bySlug.get(slug);
            return e == null ? null : e[0];
        }

        String sha(String slug) {
            String[] e = bySlug.get(slug);
            return e == null ? "" : e[1];
        }
    }

    /** The index of Dossier's briefs: by slug, content fingerprint, SHA-256, stamp and when the stamp was taken. */
    private void writeIndex(Map<String, String> seen) throws IOException {
        if (index == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(seen).entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        Files.createDirectories(index.getParent());
        if (Files.isDirectory(index, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return; // a folder in the cache where the index goes: no index, as if the cache were deleted
        }
        AtomicFile.write(index, sb.toString());
    }
}
