package io.github.dossier;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefMaker;
import io.github.dossier.brief.Provenance;
import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.raw.SourceNote;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Fault;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw files to draft briefs, one file at a time (and many at once): each read (unless profiling kept it), cleaned,
 * extracted and made a brief, or taken from the build cache, or from what the last run made of it. Built once with
 * the engine; each run of the briefs phase {@linkplain #run starts} a {@link Run}, which holds what that run made.
 *
 * <pre>{@code
 * Extraction.Run run = extraction.run(raw, index, profile, provenance, diagnostics);
 * Optional<Extracted> made = run.extract(file, null); // empty when the file is skipped, with a line saying why
 * run.remember();
 * }</pre>
 */
final class Extraction {

    /** A raw file's brief, before the author register names its authors, and the authors as the file presents them. */
    record Extracted(Brief draft, List<Author> authors) {
    }

    private final Lazy<Cleaner> cleaner;
    private final Lazy<MetadataExtractor> extractor;
    private final BriefMaker maker = new BriefMaker();
    private final BuildCache cache;
    /** Whether each run's drafts are kept (softly) for the next ({@link Dossier#resident}). */
    private final boolean remember;
    /**
     * What the last run of this engine made of each raw file, by cache key: a preview server rebuilding after an edit
     * takes the others from memory instead of from their cache entries. Held softly, as memory allows.
     */
    private volatile SoftReference<Map<String, Extracted>> lastRun = new SoftReference<>(null);

    Extraction(Lazy<Cleaner> cleaner, Lazy<MetadataExtractor> extractor, BuildCache cache, boolean remember) {
        this.cleaner = cleaner;
        this.extractor = extractor;
        this.cache = cache;
        this.remember = remember;
    }

    /**
     * A run over the raw files under {@code raw}, in a corpus of {@code profile}: {@code index} holds what is known of
     * each file (and takes what is learnt of those read now), {@code provenance} what the researcher noted of them.
     */
    Run run(Path raw, RawIndex index, CorpusProfile profile, Provenance provenance, Diagnostics.Recorder diagnostics) {
        return new Run(raw, index, profile, provenance, diagnostics);
    }

    /** One run's extraction: what it took from the cache, the bodies it holds, what it made. Thread-safe. */
    final class Run {
        private final Path raw;
        private final RawIndex index;
        private final CorpusProfile profile;
        private final Provenance provenance;
        private final Diagnostics.Recorder diagnostics;
        private final Map<String, Extracted> last = Optional.ofNullable(lastRun.get()).orElse(Map.of());
        private final Map<String, Extracted> thisRun = remember ? new ConcurrentHashMap<>() : new NoMap<>();
        private final AtomicInteger reused = new AtomicInteger();
        private final AtomicLong heldChars = new AtomicLong();

        private Run(Path raw, RawIndex index, CorpusProfile profile, Provenance provenance,
                Diagnostics.Recorder diagnostics) {
            this.raw = raw;
            this.index = index;
            this.profile = profile;
            this.provenance = provenance;
            this.diagnostics = diagnostics;
        }

        /**
         * A run over the same files that tells what a raw file gives and says nothing (a build that goes on tells it),
         * keeping nothing for the next run but the cache entries it writes.
         */
        Run quiet() {
            return new Run(raw, index, profile, provenance, new Diagnostics.Recorder(BuildLog.lines(line -> { })));
        }

        /** How many raw files this run took from the cache or from the last run, unchanged. */
        int reused() {
            return reused.get();
        }

        /** Keeps what this run made (softly) for the next run of this engine to take from memory. */
        void remember() {
            lastRun = new SoftReference<>(thisRun);
        }

        /**
         * Reads (unless {@code doc} was kept from profiling), cleans and extracts one raw file. Whatever goes wrong
         * concerns this article only: it is skipped with one line naming the file, the step and the cause.
         *
         * @throws StageFailure when the cleaner or the extractor cannot be built
         */
        Optional<Extracted> extract(RawFile file, RawDocument doc) {
            Optional<SourceNote> noted = provenance.of(file.source());
            String step = "read";
            try {
                RawIndex.Summary summary = index.get(file.source()).orElse(null);
                if (doc == null && summary != null) {
                    // Unchanged since the last build: its cache entry is found without reading it, or in memory.
                    String key = key(summary, noted);
                    Extracted known = last.get(key);
                    Optional<Extracted> hit;
                    if (known != null && known.draft().source().equals(file.source())) {
                        reused.incrementAndGet();
                        hit = Optional.of(known);
                    } else {
                        hit = cached(key, file.source());
                    }
                    if (hit.isPresent()) {
                        thisRun.put(key, hit.get());
                        return hit;
                    }
                }
                if (doc == null) {
                    String stamp = file.stamp();
                    doc = file.read(raw);
                    summary = summary(stamp, doc);
                    index.put(file.source(), summary);
                } // else kept from profiling, which summarised it
                step = "cache";
                String key = key(summary, noted);
                Optional<Extracted> hit = cached(key, doc.source());
                if (hit.isPresent()) {
                    thisRun.put(key, hit.get());
                    return hit;
                }
                step = "clean";
                // What the researcher noted stands before what the page says of itself.
                // What the file records of the article (an archive's capture, a Zotero item) stands after it.
                CleanArticle article = stage(cleaner).clean(doc, profile)
                        .withNote(noted.orElse(SourceNote.NONE).over(doc.note()));
                String bodyText = article.bodyText();
                if (article.body().isEmpty() || tooSlight(bodyText)) {
                    diagnostics.skip(doc.source() + ": no article text found" + (article.body().isEmpty() ? ""
                            : " (" + io.github.dossier.internal.Words.count(bodyText) + " words left after "
                            + "cleaning)") + "; skipped. If it is an article, write its brief by hand in "
                            + "content/briefs (curated: true)");
                    return Optional.empty();
                }
                step = "extract";
                Metadata meta = stage(extractor).extract(article);
                step = "brief";
                Brief draft = maker.make(article, meta);
                BuildCache.Entry entry = new BuildCache.Entry(draft, meta.authors());
                BuildCache.Entry kept = cache.put(key, entry);
                // Bodies are held while they are few; past that, each is read again from the cache when needed, so
                // that a large corpus holds its briefs' metadata and not their text.
                boolean hold = heldChars.addAndGet(draft.body().length()) <= BriefsPhase.KEEP_CHARS;
                // Remembered for the next run with its body stored (in the cache entry), not held.
                thisRun.put(key, new Extracted(kept.draft(), kept.authors()));
                return Optional.of(hold ? new Extracted(draft, meta.authors())
                        : new Extracted(kept.draft(), kept.authors()));
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
         * The cache key of the raw file {@code source}, as this run knows it (unchanged since the last build, or read
         * by now): what its draft is made from. Empty when it is known as neither (it could not be read).
         */
        Optional<String> key(String source) {
            return index.get(source).map(summary -> key(summary, provenance.of(source)));
        }

        /** The cache key of a raw file read as {@code summary} says, with what the researcher noted of it. */
        private String key(RawIndex.Summary summary, Optional<SourceNote> noted) {
            List<String> inputs = new ArrayList<>(profile.templateLinesIn(summary.lineKeys()));
            noted.ifPresent(e -> inputs.add("provenance " + e));
            return cache.key(summary.text(), inputs);
        }

        /** What the cache holds under {@code key}, counted as reused when it holds something. */
        private Optional<Extracted> cached(String key, String source) {
            Optional<BuildCache.Entry> hit = cache.get(key, source);
            hit.ifPresent(h -> reused.incrementAndGet());
            return hit.map(h -> new Extracted(h.draft(), h.authors()));
        }
    }

    /**
     * What the raw index keeps of a file read now, stamped {@code stamp} just before it was read: its text's
     * fingerprint, with what the file records of the article beside it (a cache key of it is one of both).
     */
    static RawIndex.Summary summary(String stamp, RawDocument doc) {
        String text = doc.note().isEmpty() ? doc.text() : doc.text() + "\u0000" + doc.note();
        return new RawIndex.Summary(stamp, Fingerprint.of(text), CorpusProfile.lineKeys(doc));
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
    static final class StageFailure extends RuntimeException {
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

    /** The fewest words and letters of an article: less is a page's leftovers (an error page's one line), no article. */
    private static final int LEAST_WORDS = 10;
    private static final int LEAST_LETTERS = 50;

    /** Whether a cleaned body is too slight to be an article: fewer words and fewer letters than the least. */
    static boolean tooSlight(String body) {
        return io.github.dossier.internal.Words.count(body) < LEAST_WORDS
                && body.codePoints().filter(Character::isLetter).count() < LEAST_LETTERS;
    }
}
