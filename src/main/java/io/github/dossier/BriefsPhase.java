package io.github.dossier;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefFormatException;
import io.github.dossier.brief.BriefMaker;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.brief.Corrections;
import io.github.dossier.brief.Provenance;
import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Fault;
import io.github.dossier.internal.FileMemo;
import io.github.dossier.internal.Fingerprint;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first phase of a build: raw files to briefs. Lists the raw files; profiles the corpus (which short lines
 * recur across its text scrapes: the site's template); reads, cleans and extracts every file in parallel (or takes
 * it from the cache); names the authors through the register; writes the briefs. Whatever goes wrong with one
 * file skips that file with one warning naming it, the step and the cause.
 */
final class BriefsPhase {

    /** The briefs phase's result: the briefs on disk, how many raw files gave one, and what it wrote. */
    record Outcome(BriefStore.SyncResult sync, int read, int reused, List<Path> written, Diagnostics diagnostics) {
    }

    /**
     * Decoded text scrapes kept from profiling for extraction, and bodies of new briefs held for writing and
     * rendering (rather than read again from the cache), each up to this many chars: 32 million, or a sixteenth of
     * the heap (two bytes a char) where that is less.
     */
    private static final long KEEP_CHARS = Math.min(32_000_000, Runtime.getRuntime().maxMemory() / 32);

    private final DossierConfig config;
    private final BuildLog log;
    private final RawReader reader = RawReader.DEFAULT;
    private final Lazy<Cleaner> cleaner;
    private final Lazy<MetadataExtractor> extractor;
    private final BriefMaker maker = new BriefMaker();
    private final BuildCache cache;
    /** The raw index as this engine last wrote it, while its file is as written. */
    private final FileMemo<RawIndex> rawIndex = new FileMemo<>();
    /**
     * What the last run of this engine made of each raw file, by cache key: a preview server rebuilding after an edit
     * takes the others from memory instead of from their cache entries. Held softly, as memory allows.
     */
    private volatile java.lang.ref.SoftReference<Map<String, Extracted>> lastRun = new java.lang.ref.SoftReference<>(null);

    /** Whether each run's drafts are kept (softly) for the next ({@link Dossier#resident}). */
    private final boolean remember;

    BriefsPhase(DossierConfig config, BuildLog log, Lazy<Cleaner> cleaner, Lazy<MetadataExtractor> extractor,
            BuildCache cache, boolean remember) {
        this.remember = remember;
        this.config = config;
        this.log = log;
        this.cleaner = cleaner;
        this.extractor = extractor;
        this.cache = cache;
    }

    /** A raw file and the {@code source:} its brief records. */
    record RawFile(Path path, String source) {
        boolean html() {
            return RawDocument.Format.forFileName(path.getFileName().toString()) == RawDocument.Format.HTML;
        }
    }

    /** A raw file's brief, before the author register names its authors, and the authors as the file presents them. */
    private record Extracted(Brief draft, List<Author> authors) {
    }

    Outcome run(Corrections corrections) throws DossierException {
        Diagnostics.Recorder diagnostics = new Diagnostics.Recorder(log);
        Path raw = config.rawDirectory();
        if (!Files.isDirectory(raw)) {
            throw new DossierException("raw directory " + raw + " does not exist");
        }
        List<RawFile> files = rawFiles(raw, diagnostics);
        Provenance provenance;
        try {
            // Where and when each raw file was read, as the researcher noted it: what extraction starts from.
            provenance = Provenance.read(config.dataDirectory());
        } catch (BriefFormatException e) {
            throw new DossierException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DossierException("cannot read " + config.dataDirectory().resolve(Provenance.FILE) + ": "
                    + e.getMessage(), e);
        }
        provenance.unused(files.stream().map(RawFile::source).toList()).forEach(diagnostics::warn);
        long t = System.nanoTime();
        // Pass 1: which short lines recur across the text scrapes (HTML pages are left out: their structure tells
        // template apart). A file unchanged since the last build is profiled from the raw index, not read again;
        // decoded scrapes are kept for pass 2 while they are few; files that fail are reported there.
        Path indexFile = config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("raw-index");
        RawIndex before = rawIndex.read(indexFile, f -> Optional.of(RawIndex.read(f, log::note)))
                .orElseGet(RawIndex::new);
        RawIndex after = new RawIndex();
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        Map<Path, RawDocument> decoded = new ConcurrentHashMap<>();
        AtomicLong decodedChars = new AtomicLong();
        AtomicInteger unread = new AtomicInteger();
        AtomicLong newestNanos = new AtomicLong(Long.MIN_VALUE);
        files.parallelStream().forEach(file -> {
            try {
                String stamp = stamp(file.path());
                String[] parts = stamp.split("@");
                if (parts.length >= 2 && parts[1].matches("-?\\d{1,19}")) {
                    newestNanos.accumulateAndGet(Long.parseLong(parts[1]), Math::max);
                }
                Optional<RawIndex.Summary> known = before.get(file.source(), stamp);
                if (known.isPresent()) {
                    unread.incrementAndGet();
                    after.put(file.source(), known.get());
                    if (!file.html()) {
                        profiling.add(known.get().lineKeys());
                    }
                } else if (!file.html()) {
                    RawDocument doc = reader.read(raw, file.path());
                    RawIndex.Summary summary = summary(stamp, doc);
                    after.put(file.source(), summary);
                    profiling.add(summary.lineKeys());
                    if (decodedChars.addAndGet(doc.text().length()) <= KEEP_CHARS) {
                        decoded.put(file.path(), doc);
                    }
                }
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // reported below, when the file is read again
            }
        });
        CorpusProfile profile = profiling.build();
        if (unread.get() > 0) {
            log.info("raw index: " + unread.get() + " of " + files.size()
                    + " raw files unchanged since the last build, not read");
        }
        t = diagnostics.time("profile", t);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        Map<String, Extracted> last = Optional.ofNullable(lastRun.get()).orElse(Map.of());
        Map<String, Extracted> thisRun = remember ? new ConcurrentHashMap<>() : new NoMap<>();
        AtomicLong heldChars = new AtomicLong();
        int step = Math.max(500, files.size() / 10);
        List<Optional<Extracted>> made;
        try {
            made = inThreadsOfItsOwn(() -> files.parallelStream().map(file -> {
                try {
                    return extract(raw, file, decoded.remove(file.path()), after, profile, provenance, reused,
                            heldChars, diagnostics, last, thisRun);
                } finally {
                    int n = done.incrementAndGet();
                    if (files.size() > 1000 && n % step == 0) {
                        log.info("progress: " + n + " of " + files.size() + " raw files (" + reused.get()
                                + " unchanged)");
                    }
                }
            }).toList());
        } catch (StageFailure e) {
            throw e.asBuildFailure();
        }
        if (indexFile != null) {
            try {
                rawIndex.wrote(indexFile, after.write(indexFile));
            } catch (IOException e) {
                log.info("the raw index could not be written (" + e.getMessage() + "); the next build reads every file");
            }
        }
        cache.damage().ifPresent(log::note);
        lastRun = new java.lang.ref.SoftReference<>(thisRun);
        t = diagnostics.time("clean+extract", t);
        try {
            // One person, one name: the register resolves every byline, and learns the authors it meets first,
            // in source order so that the same raw files always give the same register.
            BriefStore store = new BriefStore(config.briefsDirectory(),
                    config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("briefs-index"));
            // Before the register writes a file or the store a brief.
            refuseFewerBriefs(store, files, made.stream().flatMap(Optional::stream).map(e -> e.draft().source())
                    .toList(), diagnostics);
            AuthorRegistry registry = AuthorRegistry.read(config.authorsDirectory());
            // No article was published after the newest raw file was saved.
            LocalDate newest = newestInput(newestNanos.get());
            List<Brief> briefs = new ArrayList<>();
            for (Extracted e : made.stream().flatMap(Optional::stream).toList()) {
                try {
                    // The register names authors as the site shows them: through the researcher's renames and drops
                    // (a brief's own fixes, keyed by its final slug, are applied after the briefs are written).
                    Optional<String> publication = e.draft().publication()
                            .flatMap(p -> corrections.name(Corrections.Kind.PUBLICATIONS, p, Optional.empty()));
                    for (Author a : e.authors()) {
                        Optional<String> name = corrections.name(Corrections.Kind.AUTHORS, registry.canonical(a.name()),
                                publication);
                        if (name.isPresent()) {
                            registry.register(name.get(), a.affiliation(), a.bio(), a.organisation());
                        }
                    }
                    Brief b = e.draft().toBuilder()
                            .authors(e.draft().authors().stream().map(registry::canonical).distinct().toList()).build();
                    if (b.published().filter(d -> d.isAfter(newest.plusDays(1))).isPresent()) {
                        b = b.toBuilder().published(java.util.Optional.empty()).build();
                    }
                    briefs.add(b);
                } catch (RuntimeException | StackOverflowError ex) {
                    diagnostics.skip(e.draft().source() + ": authors: " + Fault.describe(ex) + "; skipped");
                }
            }
            BriefStore.SyncResult sync = store.sync(briefs);
            store.refused().forEach(diagnostics::warn);
            sync.skipped().forEach(diagnostics::skip);
            sync.kept().forEach(diagnostics::warn);
            sync.notes().forEach(log::note);
            // Authors a brief's own fix names (its slug final now), in source order; then the register's files for
            // authors no brief names now, as Dossier wrote them, are taken back.
            java.util.Set<String> named = new java.util.HashSet<>();
            Corrections.Use use = corrections.use();
            List<Brief> bySource = new ArrayList<>(sync.briefs());
            bySource.sort(java.util.Comparator.comparing(Brief::source));
            for (Brief b : bySource) {
                for (String name : use.apply(b).authors()) {
                    if (!b.curated() && corrections.fixesBriefs()) {
                        registry.register(name, Optional.empty(), Optional.empty(), false);
                    }
                    named.add(name);
                }
            }
            registry.prune(named).forEach(p -> log.info("removed " + p.getFileName()
                    + ": no brief names this author now, and the file was never edited"));
            List<Path> written = new ArrayList<>(registry.written());
            written.addAll(sync.changed());
            diagnostics.time("brief write", t);
            Diagnostics result = diagnostics.done();
            keepSkipped(result.skipped());
            return new Outcome(sync, briefs.size() - sync.skipped().size(), reused.get(), written, result);
        } catch (BriefFormatException e) {
            throw new DossierException(e.getMessage() + (e.file() == null
                    || e.file().getFileName().toString().equals(BriefStore.LEDGER)
                    || !e.file().startsWith(config.briefsDirectory()) ? ""
                    : " (fix the brief by hand; Dossier never overwrites it)"), e);
        } catch (IOException e) {
            throw new DossierException("cannot write briefs in " + config.briefsDirectory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails the build, before a brief is written or removed, when fewer than half of the raw files that gave Dossier's
     * briefs last time (and are still there) give one now: a setting broken in a way no check saw, an extractor that
     * fails on every page, would otherwise remove the briefs and publish an empty site. {@code allowFewerBriefs}
     * lets such a build through when it is meant.
     */
    private void refuseFewerBriefs(BriefStore store, List<RawFile> files, List<String> made,
            Diagnostics.Recorder diagnostics) throws IOException, DossierException {
        if (config.allowFewerBriefs()) {
            return;
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        files.forEach(f -> listed.add(f.source()));
        java.util.Set<String> before = new java.util.HashSet<>(store.writtenSources());
        before.retainAll(listed);
        long now = made.stream().filter(before::contains).distinct().count();
        if (before.size() >= 2 && now * 2 < before.size()) {
            List<String> skipped = diagnostics.done().skipped().stream().sorted().toList();
            throw new DossierException("only " + now + " of the " + before.size() + " raw files that gave a brief in the"
                    + " last build give one now" + (skipped.isEmpty() ? "" : " (the first skipped: " + skipped.get(0) + ")")
                    + "; nothing was written or removed, and the site was left as it was. Fix what the warnings above "
                    + "say, or, if so few briefs is what you mean, build once with allowFewerBriefs "
                    + "(-Ddossier.allowFewerBriefs=true, --allow-fewer-briefs)");
        }
    }

    /** Where the last briefs phase left its skip lines, for the review (in the cache; none without one). */
    static Path skippedFile(DossierConfig config) {
        return config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("skipped");
    }

    /** Keeps this run's skip lines for the review: which raw files gave no brief, and why. */
    private void keepSkipped(List<String> skipped) {
        Path file = skippedFile(config);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            io.github.dossier.internal.AtomicFile.write(file, String.join("\n", skipped) + (skipped.isEmpty() ? "" : "\n"));
        } catch (IOException e) {
            // only the review's reasons are lost
        }
    }

    /**
     * Reads (unless {@code doc} was kept from profiling), cleans and extracts one raw file. Whatever goes wrong
     * concerns this article only: it is skipped with one line naming the file, the step and the cause.
     */
    private Optional<Extracted> extract(Path raw, RawFile file, RawDocument doc, RawIndex index, CorpusProfile profile,
            Provenance provenance, AtomicInteger reused, AtomicLong heldChars, Diagnostics.Recorder diagnostics,
            Map<String, Extracted> last, Map<String, Extracted> thisRun) {
        Optional<Provenance.Entry> noted = provenance.of(file.source());
        String step = "read";
        try {
            RawIndex.Summary summary = index.get(file.source()).orElse(null);
            if (doc == null && summary != null) {
                // Unchanged since the last build: its cache entry is found without reading it, or in memory.
                String key = key(summary, profile, noted);
                Extracted known = last.get(key);
                Optional<Extracted> hit;
                if (known != null && known.draft().source().equals(file.source())) {
                    reused.incrementAndGet();
                    hit = Optional.of(known);
                } else {
                    hit = cached(key, file.source(), reused);
                }
                if (hit.isPresent()) {
                    thisRun.put(key, hit.get());
                    return hit;
                }
            }
            if (doc == null) {
                String stamp = stamp(file.path());
                doc = reader.read(raw, file.path());
                summary = summary(stamp, doc);
                index.put(file.source(), summary);
            } // else kept from profiling, which summarised it
            step = "cache";
            String key = key(summary, profile, noted);
            Optional<Extracted> hit = cached(key, doc.source(), reused);
            if (hit.isPresent()) {
                thisRun.put(key, hit.get());
                return hit;
            }
            step = "clean";
            CleanArticle article = stage(cleaner).clean(doc, profile);
            if (noted.isPresent()) {
                // What the researcher noted stands before what the page says of itself.
                Map<String, String> notes = new java.util.LinkedHashMap<>();
                noted.get().url().ifPresent(u -> notes.put("provenance:url", u));
                noted.get().accessed().ifPresent(d -> notes.put("provenance:accessed", d.toString()));
                article = article.withMeta(notes);
            }
            if (article.body().isEmpty()) {
                diagnostics.skip(doc.source() + ": no article text found; skipped");
                return Optional.empty();
            }
            step = "extract";
            Metadata meta = stage(extractor).extract(article);
            step = "brief";
            Brief draft = maker.make(article, meta);
            BuildCache.Entry entry = new BuildCache.Entry(draft, meta.authors());
            BuildCache.Entry kept = cache.put(key, entry);
            // Bodies are held while they are few; past that, each is read again from the cache when needed, so that
            // a large corpus holds its briefs' metadata and not their text.
            boolean hold = heldChars.addAndGet(draft.body().length()) <= KEEP_CHARS;
            // Remembered for the next run with its body stored (in the cache entry), not held.
            thisRun.put(key, new Extracted(kept.draft(), kept.authors()));
            return Optional.of(hold ? new Extracted(draft, meta.authors()) : new Extracted(kept.draft(), kept.authors()));
        } catch (RawInputException e) {
            diagnostics.skip(e.getMessage());
        } catch (StageFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.skip(file.source() + ": " + step + ": " + Fault.describe(e) + "; skipped");
        }
        return Optional.empty();
    }

    /**
     * The cleaner or the extractor, built for the first article that needs it. One that cannot be built (from the
     * project's data files) fails the build, once, before any brief is written: it is no article's fault, and as a
     * warning for each article it would skip them all and leave the site empty.
     */
    private static <T> T stage(Lazy<T> stage) {
        try {
            return stage.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new StageFailure(e);
        }
    }

    /** A stage that could not be built: the whole build's failure. */
    private static final class StageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StageFailure(Throwable cause) {
            super(cause);
        }

        DossierException asBuildFailure() {
            Throwable cause = getCause();
            while (cause instanceof StageFailure && cause.getCause() != null) {
                cause = cause.getCause();
            }
            String what = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : Fault.describe(cause);
            return new DossierException("cannot build the cleaner and extractor from the data files: " + what
                    + " (nothing was written)", cause);
        }
    }

    /** A map that keeps nothing: what a run remembers when it need not. */
    private static final class NoMap<K, V> extends java.util.AbstractMap<K, V> {
        @Override
        public V put(K key, V value) {
            return null;
        }

        @Override
        public java.util.Set<Entry<K, V>> entrySet() {
            return java.util.Set.of();
        }
    }

    /**
     * Runs {@code work} (and its parallel streams) in threads made for it and ended with it, so that what cleaning
     * leaves in a thread's locals goes with them: jsoup keeps each selector's memo of the last page it matched there,
     * tens of megabytes a build would otherwise hold to its end.
     */
    private static <T> T inThreadsOfItsOwn(java.util.concurrent.Callable<T> work) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
                Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The day the newest raw file was last written (when the newest article was saved, as far as a build can tell),
     * from the stamps the build took: a date after it is no article's. Today's when no file says.
     */
    private static LocalDate newestInput(long nanos) {
        long millis = nanos == Long.MIN_VALUE ? System.currentTimeMillis() : nanos / 1_000_000;
        return java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** The cache key of a raw file read as {@code summary} says, in a corpus of {@code profile}. */
    private String key(RawIndex.Summary summary, CorpusProfile profile, Optional<Provenance.Entry> noted) {
        List<String> inputs = new ArrayList<>(profile.templateLinesIn(summary.lineKeys()));
        noted.ifPresent(e -> inputs.add("provenance " + e));
        return cache.key(summary.text(), inputs);
    }

    /** What the cache holds under {@code key}, counted in {@code reused} when it holds something. */
    private Optional<Extracted> cached(String key, String source, AtomicInteger reused) {
        Optional<BuildCache.Entry> hit = cache.get(key, source);
        hit.ifPresent(h -> reused.incrementAndGet());
        return hit.map(h -> new Extracted(h.draft(), h.authors()));
    }

    /** The file's stamp ({@link Fingerprint#stamp}), or empty when it cannot be had (then the file is read). */
    private static String stamp(Path file) {
        try {
            return Fingerprint.stamp(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** What the raw index keeps of a file read now, stamped {@code stamp} just before it was read. */
    private static RawIndex.Summary summary(String stamp, RawDocument doc) {
        return new RawIndex.Summary(stamp, Fingerprint.of(doc.text()), CorpusProfile.lineKeys(doc));
    }

    /**
     * Every article file under {@code raw}, sorted, links followed but hidden files skipped. What cannot be listed
     * (a link that loops back to a folder above it, a link out of the raw folder, an unreadable folder) and files
     * whose names read the same as an earlier one's are skipped with a warning each.
     */
    static List<RawFile> rawFiles(Path raw, Diagnostics.Recorder diagnostics) throws DossierException {
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
