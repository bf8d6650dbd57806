package io.github.dossier;

import io.github.dossier.Extraction.Extracted;
import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefFormatException;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.brief.Corrections;
import io.github.dossier.brief.Provenance;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Dates;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Fault;
import io.github.dossier.internal.FileMemo;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.Container;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first phase of a build: raw files to briefs. Lists the raw files ({@link RawFile}); profiles the corpus (which
 * short lines recur across its text scrapes: the site's template); reads, cleans and extracts every file in parallel,
 * or takes it from the cache ({@link Extraction}); names the authors through the register; writes the briefs.
 * Whatever goes wrong with one file skips that file with one warning naming it, the step and the cause.
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
    static final long KEEP_CHARS = Math.min(32_000_000, Runtime.getRuntime().maxMemory() / 32);

    /**
     * How many raw files are cleaned in the same threads. jsoup's selectors keep a memo of the elements they matched
     * in thread locals that outlive the page (each query parsed anew leaves one), so that a thread that cleans
     * thousands of large pages holds dozens of them: 2,816 real pages ran out of a 512 MB heap halfway.
     */
    static final int BATCH = 256;

    private final DossierConfig config;
    private final BuildLog log;
    private final Progress progress;
    private final Extraction extraction;
    /** The raw index as this engine last wrote it, while its file is as written. */
    private final FileMemo<RawIndex> rawIndex = new FileMemo<>();
    private final BuildCache cache;

    /** An engine's briefs phase; with {@code remember}, each run's drafts are kept (softly) for the next. */
    BriefsPhase(DossierConfig config, BuildLog log, Progress progress, Lazy<Cleaner> cleaner,
            Lazy<MetadataExtractor> extractor, BuildCache cache, boolean remember) {
        this.config = config;
        this.log = log;
        this.progress = progress;
        this.cache = cache;
        this.extraction = new Extraction(cleaner, extractor, cache, remember);
    }

    /**
     * What the first pass found, before any article is cleaned: the raw files, what is known of each (the raw index),
     * the corpus profile, the researcher's notes, and the run that cleans and extracts them. A build that finds its
     * inputs as the last one left them ({@link Seal}) stops here.
     */
    static final class Listed {
        private final List<RawFile> files;
        private final RawIndex index;
        private final Path indexFile;
        private final Extraction.Run extracting;
        private final Map<String, RawDocument> decoded;
        private final long newestNanos;
        private final Diagnostics.Recorder diagnostics;
        /** What the listing said, as a fingerprint ({@link #listing()}). */
        private final String listing;
        /** Whether the first pass read a raw file the raw index can keep (settled: see {@link RawIndex#write}). */
        private final boolean read;
        /** What raw files whose key changed gave when the seal tried them (made, not found in the cache), by source. */
        private final Map<String, Extracted> tried = new ConcurrentHashMap<>();
        /** What each raw file gave, by source, once the second pass has run ({@link #draft}). */
        private final Map<String, String> drafts = new ConcurrentHashMap<>();

        private Listed(List<RawFile> files, RawIndex index, Path indexFile, Extraction.Run extracting,
                Map<String, RawDocument> decoded, long newestNanos, Diagnostics.Recorder diagnostics, boolean read) {
            this.files = files;
            this.index = index;
            this.indexFile = indexFile;
            this.extracting = extracting;
            this.decoded = decoded;
            this.newestNanos = newestNanos;
            this.diagnostics = diagnostics;
            this.read = read;
            Diagnostics said = diagnostics.done();
            this.listing = io.github.dossier.internal.Fingerprint.of(String.join("\n", said.warnings()) + "\n"
                    + said.passed());
        }

        /** What the first pass said so far (the listing's and the notes' warnings), and its time. */
        Diagnostics diagnostics() {
            return diagnostics.done();
        }

        /** The day of the newest raw file: no article is dated after it. */
        String newest() {
            return newestInput(newestNanos).toString();
        }

        /**
         * Each raw file, in order, with its cache key (its text, the template lines the profile finds in it, what the
         * researcher noted of it; its stamp where it could not be read) and, after the second pass, what it gave
         * ({@link #draft}; "none" for no brief).
         */
        List<Seal.Row> rows() {
            List<Seal.Row> rows = new ArrayList<>(files.size());
            for (RawFile file : files) {
                rows.add(new Seal.Row(file.source(), key(file), drafts.getOrDefault(file.source(), "none")));
            }
            return rows;
        }

        /** How many raw files there are. */
        int size() {
            return files.size();
        }

        /** The {@code i}th raw file's key (see {@link #rows}). */
        String key(int i) {
            return key(files.get(i));
        }

        private String key(RawFile file) {
            return extracting.key(file.source()).orElseGet(() -> "stamp " + file.stamp());
        }

        /** The {@code i}th raw file's source. */
        String source(int i) {
            return files.get(i).source();
        }

        /** What the listing said (its warnings and the records of containers that are no article), as a fingerprint. */
        String listing() {
            return listing;
        }

        /**
         * Whether the {@code i}th raw file, whose key is not {@code row}'s, still gives the draft {@code row} says:
         * cleaned and extracted again (or found in the cache) to tell, quietly (the second pass tells what goes wrong).
         */
        boolean gives(int i, Seal.Row row) {
            RawFile file = files.get(i);
            if (row.draft().equals("none") || extracting.key(file.source()).isEmpty()) {
                return false; // what a file that gives no brief says is told by the second pass
            }
            try {
                Extraction.Run trial = extracting.quiet();
                Optional<Extracted> made = trial.extract(file, decoded.get(file.source()));
                if (trial.reused() == 0) {
                    made.ifPresent(e -> tried.put(file.source(), e)); // made: the second pass takes it, if it runs
                }
                return made.map(BriefsPhase::draft).filter(row.draft()::equals).isPresent();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return false; // the second pass says what it is
            }
        }
    }

    /**
     * Keeps the raw index of a build that stopped at the seal, when its first pass read a raw file the index can now
     * keep (one touched a while ago, or the index damaged): the next build need not read it again. A file modified in
     * the last seconds would be left out of it anyway.
     */
    void keepIndex(Listed listed) {
        if (listed.read) {
            writeIndex(listed);
        }
    }

    private void writeIndex(Listed listed) {
        if (listed.indexFile != null) {
            try {
                rawIndex.wrote(listed.indexFile, listed.index.write(listed.indexFile));
            } catch (IOException e) {
                log.info("the raw index could not be written (" + e.getMessage() + "); the next build reads every file");
            }
        }
    }

    /** What a raw file gave, as a fingerprint of its draft brief and its authors as the page presents them. */
    static String draft(Extracted e) {
        return io.github.dossier.internal.Fingerprint.of(e.draft().fingerprint() + "\n" + e.authors());
    }

    /** Both passes. */
    Outcome run(Corrections corrections) throws DossierException {
        return run(list(false), corrections);
    }

    /**
     * The first pass: lists the raw files and profiles the corpus. A file unchanged since the last build is taken
     * from the raw index; a text scrape is read to be profiled, and, with {@code readAll}, a saved page too (for its
     * key: a build that may stop at the seal needs every file's).
     */
    Listed list(boolean readAll) throws DossierException {
        Diagnostics.Recorder diagnostics = new Diagnostics.Recorder(log);
        Path raw = config.rawDirectory();
        if (!Files.isDirectory(raw)) {
            throw new DossierException("raw directory " + raw + " does not exist");
        }
        Path indexFile = config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("raw-index");
        RawIndex before = rawIndex.read(indexFile, f -> Optional.of(RawIndex.read(f, log::note)))
                .orElseGet(RawIndex::new);
        RawIndex after = new RawIndex();
        // A container unchanged since the last build is listed as it was then, not read again.
        List<RawFile> files = RawFile.list(raw, diagnostics, (container, root, file, source) -> {
            String stamp = new RawFile(file, source).stamp();
            Container.Listing listing = before.listing(source, stamp).orElse(null);
            if (listing == null) {
                listing = container.list(root, file);
            }
            after.putListing(source, stamp, listing);
            return listing;
        });
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
        // decoded scrapes are kept for pass 2 (by source: a web archive's pages share its path) while they are few;
        // files that fail are reported there.
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        Map<String, RawDocument> decoded = new ConcurrentHashMap<>();
        AtomicLong decodedChars = new AtomicLong();
        AtomicInteger unread = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean readSettled = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicLong newestNanos = new AtomicLong(Long.MIN_VALUE);
        progress.stage("reading raw files", files.size(), "raw files");
        files.parallelStream().forEach(file -> {
            progress.step();
            try {
                String stamp = file.stamp();
                long nanos = io.github.dossier.internal.Fingerprint.stampNanos(stamp);
                if (nanos != Long.MIN_VALUE) {
                    newestNanos.accumulateAndGet(nanos, Math::max);
                }
                Optional<RawIndex.Summary> known = before.get(file.source(), stamp);
                if (known.isPresent()) {
                    unread.incrementAndGet();
                    after.put(file.source(), known.get());
                    if (!file.html()) {
                        profiling.add(known.get().lineKeys());
                    }
                } else if (!file.html() || readAll) {
                    if (RawIndex.settled(stamp)) {
                        readSettled.set(true);
                    }
                    RawDocument doc = file.read(raw);
                    RawIndex.Summary summary = Extraction.summary(stamp, doc);
                    after.put(file.source(), summary);
                    if (!file.html()) {
                        profiling.add(summary.lineKeys());
                    }
                    if (decodedChars.addAndGet(doc.text().length()) <= KEEP_CHARS) {
                        decoded.put(file.source(), doc);
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
        diagnostics.time("profile", t);
        return new Listed(files, after, indexFile, extraction.run(raw, after, profile, provenance, diagnostics),
                decoded, newestNanos.get(), diagnostics, readSettled.get());
    }

    /** The second pass: each file cleaned and extracted, or taken from the cache; then the briefs written. */
    Outcome run(Listed listed, Corrections corrections) throws DossierException {
        List<RawFile> files = listed.files;
        Extraction.Run extracting = listed.extracting;
        Diagnostics.Recorder diagnostics = listed.diagnostics;
        Map<String, RawDocument> decoded = listed.decoded;
        long t = System.nanoTime();
        progress.stage("clean+extract", files.size(), "raw files");
        List<Optional<Extracted>> made = new ArrayList<>(files.size());
        try {
            // A few hundred files at a time, each batch in threads of its own (see inThreadsOfItsOwn): what cleaning
            // leaves in a thread's locals is then a batch's at most, not the whole corpus's.
            for (int from = 0; from < files.size(); from += BATCH) {
                List<RawFile> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                made.addAll(inThreadsOfItsOwn(() -> batch.parallelStream().map(file -> {
                    try {
                        Extracted tried = listed.tried.remove(file.source());
                        return tried != null ? Optional.of(tried)
                                : extracting.extract(file, decoded.remove(file.source()));
                    } finally {
                        progress.step();
                    }
                }).toList()));
            }
        } catch (Extraction.StageFailure e) {
            throw e.asBuildFailure();
        }
        for (int i = 0; i < files.size(); i++) {
            String source = files.get(i).source();
            made.get(i).ifPresent(e -> listed.drafts.put(source, draft(e)));
        }
        writeIndex(listed);
        cache.damage().ifPresent(log::note);
        extracting.remember();
        t = diagnostics.time("clean+extract", t);
        progress.stage("brief write", 0, "");
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
            Optional<LocalDate> newest = Optional.of(newestInput(listed.newestNanos));
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
                    briefs.add(e.draft().toBuilder()
                            .authors(e.draft().authors().stream().map(registry::canonical).distinct().toList())
                            .published(Dates.notAfterSaved(e.draft().published(), newest)).build());
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
            bySource.sort(Comparator.comparing(Brief::source));
            for (Brief b : bySource) {
                for (String name : use.apply(b).authors()) {
                    if (!b.curated() && corrections.fixesBriefs()) {
                        registry.register(name, Optional.empty(), Optional.empty(), false);
                    }
                    named.add(name);
                }
            }
            List<Path> pruned = registry.prune(named);
            pruned.forEach(p -> log.info("removed " + p.getFileName()
                    + ": no brief names this author now, and the file was never edited"));
            List<Path> written = new ArrayList<>(registry.written());
            written.addAll(pruned);
            written.addAll(sync.changed());
            diagnostics.time("brief write", t);
            Diagnostics result = diagnostics.done();
            keepSkipped(result.skipped());
            return new Outcome(sync, briefs.size() - sync.skipped().size(), extracting.reused(), written, result);
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
     * Runs {@code work} (and its parallel streams) in threads made for it and ended with it, so that what cleaning
     * leaves in a thread's locals goes with them: jsoup keeps each selector's memo of the pages it matched there,
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


}
