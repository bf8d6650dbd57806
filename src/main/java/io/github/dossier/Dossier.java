package io.github.dossier;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.brief.Corrections;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Fault;
import io.github.dossier.inputs.Product;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.raw.RawReader;
import io.github.dossier.review.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Dossier's engine: one call builds a project, {@code raw → clean → extract → brief → site}, in two named phases
 * ({@link BriefsPhase}, {@link RenderPhase}) that each return their result and their {@link Diagnostics}. The Maven
 * goals and the command line are thin adapters over it.
 *
 * <pre>{@code
 * BuildReport report = new Dossier(DossierConfig.forProject(Path.of(".")), System.err::println).build();
 * }</pre>
 *
 * A {@code Dossier} holds its configured stages, built once from the project's {@link Knowledge}, and can run many
 * builds; stages are thread-safe and articles are cleaned and extracted in parallel. One build at a time runs per
 * project ({@link BuildLock}).
 */
public final class Dossier {

    private final DossierConfig config;
    private final BuildLog log;
    private final boolean resident;
    private final Knowledge knowledge;
    private final BriefsPhase briefs;
    private final RenderPhase render;
    /** How far a running build has come, told every two seconds. */
    private final Progress progress;
    /** The review queue's checks, built from the knowledge; what it read of raw pages is kept for its next run. */
    private final Review reviewer;
    /** What the last whole build was made from, and its report: a build that finds the same is done. */
    private final Seal seal;

    /** An engine for {@code config} that writes its log as lines ({@link BuildLog#lines}). */
    public Dossier(DossierConfig config, Consumer<String> log) {
        this(config, BuildLog.lines(log));
    }

    /** An engine for {@code config} that tells {@code log} what it does, every message printable ({@link BuildLog#printable}). */
    public Dossier(DossierConfig config, BuildLog log) {
        this(config, BuildLog.printable(log), false);
    }

    private Dossier(DossierConfig config, BuildLog log, boolean resident) {
        this.config = config;
        this.log = log;
        this.resident = resident;
        this.knowledge = Knowledge.load(config.dataDirectory());
        // The cleaner and the extractor are built when a raw file first needs them: a build whose raw files are all
        // in the cache never does.
        // Cleaning and extraction read the lexicon lists they declare, and their cache is keyed by those.
        Knowledge articles = knowledge.readingOnly(Product.articleLists(knowledge.lexicon()));
        this.progress = new Progress(log);
        this.briefs = new BriefsPhase(config, log, progress, Lazy.of(() -> Cleaner.builder().knowledge(articles).build()),
                Lazy.of(() -> MetadataExtractor.builder().knowledge(articles).build()),
                new BuildCache(config.cacheDirectory(), articles), resident);
        this.render = new RenderPhase(config, log, knowledge, progress);
        this.reviewer = Review.of(knowledge);
        this.seal = new Seal(config, knowledge);
    }

    /**
     * The same engine, keeping what each build made of every raw file in memory (softly) for the next: for a process
     * that builds one project again and again (the preview server), not for a single build, which it would only
     * cost memory.
     */
    public Dossier resident() {
        return resident ? this : new Dossier(config, log, true);
    }

    /** The same project with its data files read again (after a curator edited {@code countries.tsv}, say). */
    public Dossier reloaded() {
        return new Dossier(config, log, resident);
    }

    /** The project this engine builds. */
    public DossierConfig config() {
        return config;
    }

    /**
     * Raw files to briefs, then briefs to site. A build that finds every input as the last whole build left it
     * ({@link Seal}: a raw file touched, or saved again with the same text) is done once it has listed them: it tells
     * the last build's report again, warnings and all, and writes nothing.
     */
    public BuildReport build() throws DossierException {
        return locked(() -> {
            long t = System.nanoTime();
            Seal.Inputs inputs = seal.take();
            Corrections corrections = corrections();
            BriefsPhase.Listed listed = briefs.list(seal.present());
            Optional<BuildReport> last = seal.holds(inputs, listed, log::note);
            if (last.isPresent()) {
                briefs.keepIndex(listed);
                return told(last.get(), listed.diagnostics(), t);
            }
            seal.clear();
            long checked = millisBeyond(t, listed.diagnostics());
            BriefsPhase.Outcome made = briefs.run(listed, corrections);
            Seal.Inputs content = seal.takeContent();
            failOnWarnings(config, made.diagnostics());
            RenderPhase.Outcome site = render.run(made.sync().briefs(), made.sync().fingerprints(), corrections,
                    made.diagnostics());
            BuildReport report = report(made, site);
            long sealing = System.nanoTime();
            seal.write(inputs, content, listed, report, made.written());
            return report.withStages(Map.of("seal", checked + (System.nanoTime() - sealing) / 1_000_000));
        });
    }

    /**
     * The report of a build that stopped at the seal: the {@code last} build's, its warnings told again but for those
     * the listing told already ({@code said}).
     */
    private BuildReport told(BuildReport last, Diagnostics said, long since) {
        List<String> again = new ArrayList<>(last.warnings());
        said.warnings().forEach(again::remove);
        again.forEach(log::warning);
        log.info("every input as the last build left it: the briefs and the site are up to date (the last build's "
                + "warnings are told again)");
        Map<String, Long> timings = new java.util.LinkedHashMap<>(said.timings());
        timings.put("sealed", millisBeyond(since, said));
        return last.withStages(timings);
    }

    /** The milliseconds since {@code since} (a {@link System#nanoTime}) beyond the steps {@code said} timed. */
    private static long millisBeyond(long since, Diagnostics said) {
        return (System.nanoTime() - since) / 1_000_000
                - said.timings().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Raw files to briefs only ({@code dossier:briefs}). */
    public BuildReport briefs() throws DossierException {
        return locked(() -> {
            seal.clear();
            BriefsPhase.Outcome made = briefs.run(corrections());
            failOnWarnings(config, made.diagnostics());
            return report(made, null);
        });
    }

    /** Briefs to site only ({@code dossier:render}). */
    public BuildReport render() throws DossierException {
        return locked(() -> {
            seal.clear();
            return report(null, render.run(null, Map.of(), corrections(), Diagnostics.NONE));
        });
    }

    /**
     * The review queue ({@code dossier:review}): the briefs on disk, as corrected, beside their raw pages and the
     * corpus, and the raw files that gave no brief (with the reason the last build gave). Writes nothing but the
     * build's lock file, held while it reads.
     */
    public Review.Report review() throws DossierException {
        return locked(() -> {
            Corrections.Use use = corrections().use();
            BriefStore store = new BriefStore(config.briefsDirectory());
            Path raw = config.rawDirectory();
            try {
                List<Brief> briefs = store.readAll().stream().map(use::apply).toList();
                Set<String> given = new HashSet<>(store.deletedSources());
                briefs.forEach(b -> given.add(b.source()));
                Map<String, String> reasons = new HashMap<>();
                Path skipped = BriefsPhase.skippedFile(config);
                if (skipped != null && Files.isRegularFile(skipped)) {
                    for (String line : Files.readAllLines(skipped)) {
                        int colon = line.indexOf(": ");
                        if (colon > 0) {
                            reasons.putIfAbsent(line.substring(0, colon), line);
                        }
                    }
                }
                // The raw files as the build lists them; what it cannot list is in the report, as the build words it.
                Diagnostics.Recorder listing = new Diagnostics.Recorder(BuildLog.lines(line -> { }));
                Map<String, RawFile> rawFiles = new HashMap<>();
                List<String> unbriefed = new ArrayList<>();
                if (Files.isDirectory(raw)) {
                    for (RawFile f : RawFile.list(raw, listing)) {
                        rawFiles.put(f.source(), f);
                        if (!given.contains(f.source())) {
                            unbriefed.add(reasons.getOrDefault(f.source(),
                                    f.source() + ": gave no brief (build to see why)"));
                        }
                    }
                }
                unbriefed.addAll(listing.done().skipped());
                return reviewer.run(briefs, b -> {
                    RawFile file = rawFiles.get(b.source());
                    try {
                        return file == null ? Optional.empty() : Optional.of(file.read(raw));
                    } catch (RawInputException e) {
                        return Optional.empty();
                    }
                }, unbriefed);
            } catch (IOException e) {
                throw new DossierException(e.getMessage(), e);
            }
        });
    }

    /**
     * The researcher's corrections ({@code corrections.yml} in the data directory), read afresh for each build; a file
     * that cannot be read fails the build before anything is written.
     */
    private Corrections corrections() throws DossierException {
        try {
            return Corrections.read(config.dataDirectory());
        } catch (IOException e) {
            throw new DossierException(e.getMessage() + " (nothing was written)", e);
        }
    }

    private interface Goal<T> {
        T run() throws DossierException;
    }

    /**
     * Runs {@code goal} holding the project's build lock. A bug that escapes every stage becomes one line that says
     * it is one, never a bare exception.
     */
    private <T> T locked(Goal<T> goal) throws DossierException {
        refuseLinksOut(config);
        try (BuildLock lock = BuildLock.acquire(config.outputDirectory(), log)) {
            progress.begin();
            try {
                return goal.run();
            } finally {
                progress.end();
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new DossierException("internal error, a bug in Dossier (please report it with this line): "
                    + Fault.describe(e), e);
        } catch (OutOfMemoryError e) {
            // Not a bug, and nothing half-done is kept: the site in place is the previous one. The heap is the limit.
            throw new DossierException("out of memory (" + e.getMessage() + ", heap limit "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); give the build a larger heap "
                    + "(MAVEN_OPTS=-Xmx2g for mvn, java -Xmx2g for the command line); the previous site was left as it was", e);
        }
    }

    /**
     * Refuses to build when a folder Dossier writes into (briefs, authors, the site and the folder beside it where
     * its lock and staging live, the cache) is reached, inside the project, through a link: a link committed to a
     * shared repository ({@code content/briefs -> ../../elsewhere}) would have every write land outside the project.
     * A folder configured outside the project is the user's own choice and not checked; nor is the project folder
     * itself (a project kept behind a link is fine).
     */
    static void refuseLinksOut(DossierConfig config) throws DossierException {
        if (config.projectDirectory() == null) {
            return;
        }
        Path project = config.projectDirectory().toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>(List.of(config.briefsDirectory(), config.authorsDirectory(),
                config.outputDirectory()));
        if (config.cacheDirectory() != null) {
            roots.add(config.cacheDirectory());
        }
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (!abs.startsWith(project)) {
                continue;
            }
            Path at = project;
            for (Path name : project.relativize(abs)) {
                at = at.resolve(name);
                if (Files.isSymbolicLink(at)) {
                    String to;
                    try {
                        to = String.valueOf(Files.readSymbolicLink(at));
                    } catch (IOException e) {
                        to = "?";
                    }
                    throw new DossierException(at + " is a link (to " + to + "): Dossier writes there, and never "
                            + "through a link, which could take its writes out of the project; make it a folder "
                            + "(nothing was written)");
                }
            }
        }
    }

    /** With {@code failOnWarning}, stops the build before anything more is written. */
    static void failOnWarnings(DossierConfig config, Diagnostics diagnostics) throws DossierException {
        List<String> warnings = diagnostics.warnings();
        if (config.failOnWarning() && !warnings.isEmpty()) {
            throw new DossierException(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                    + " and failOnWarning is set; the first: " + warnings.get(0)
                    + (warnings.size() > 1 ? " (all are listed above)" : ""));
        }
    }

    private static BuildReport report(BriefsPhase.Outcome made, RenderPhase.Outcome site) {
        Diagnostics d = (made == null ? Diagnostics.NONE : made.diagnostics())
                .plus(site == null ? Diagnostics.NONE : site.diagnostics());
        return new BuildReport(made == null ? 0 : made.read(), made == null ? 0 : made.reused(), d.skipped(),
                made == null ? 0 : made.sync().written(), made == null ? 0 : made.sync().unchanged(),
                made == null ? 0 : made.sync().curated(), made == null ? 0 : made.sync().edited(),
                made == null ? 0 : made.sync().removed(), made == null ? 0 : made.sync().withheld(),
                site == null ? 0 : site.pages(), site == null ? 0 : site.rendered(),
                site == null ? 0 : site.pagesSkipped(), d.warnings(), d.timings(),
                made == null ? List.<Path>of() : made.written(), d.passed());
    }
}
