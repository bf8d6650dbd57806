package io.github.dossier;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefMaker;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Fault;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.raw.RawReader;
import io.github.dossier.site.SiteException;
import io.github.dossier.site.SiteRenderer;
import io.github.dossier.site.TermKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Dossier's engine: one call builds a project, {@code raw → clean → extract → brief → site}. The Maven goals
 * and {@link #main(String[])} are thin adapters over it.
 *
 * <pre>{@code
 * BuildReport report = new Dossier(DossierConfig.forProject(Path.of(".")), System.err::println).build();
 * }</pre>
 *
 * A {@code Dossier} holds its configured stages and can run many builds; stages are thread-safe and articles
 * are cleaned and extracted in parallel.
 */
public final class Dossier {

    private final DossierConfig config;
    private final Consumer<String> log;
    private final RawReader reader = RawReader.DEFAULT;
    private final Knowledge knowledge;
    private final MetadataExtractor extractor;
    private final Cleaner cleaner;
    private final BriefMaker maker = new BriefMaker();
    private final BuildCache cache;

    public Dossier(DossierConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
        this.knowledge = Knowledge.load(config.dataDirectory());
        this.extractor = MetadataExtractor.builder().knowledge(knowledge).build();
        this.cleaner = Cleaner.builder().knowledge(knowledge).build();
        this.cache = new BuildCache(config.cacheDirectory(), config.dataDirectory());
    }

    /** The same project with its data files read again (after a curator edited {@code countries.tsv}, say). */
    public Dossier reloaded() {
        return new Dossier(config, log);
    }

    /** The project this engine builds. */
    public DossierConfig config() {
        return config;
    }

    /** Raw files to briefs, then briefs to site. */
    public BuildReport build() throws DossierException {
        return locked(run -> {
            BriefStore.SyncResult sync = writeBriefs(run);
            failOnWarnings(run);
            renderSite(run, sync.briefs());
            return run.report();
        });
    }

    /** Raw files to briefs only ({@code dossier:briefs}). */
    public BuildReport briefs() throws DossierException {
        return locked(run -> {
            writeBriefs(run);
            failOnWarnings(run);
            return run.report();
        });
    }

    /** Briefs to site only ({@code dossier:render}). */
    public BuildReport render() throws DossierException {
        return locked(run -> {
            renderSite(run, null);
            return run.report();
        });
    }

    private interface Goal {
        BuildReport run(Run run) throws DossierException;
    }

    /**
     * Runs {@code goal} holding the project's build lock. A bug that escapes every stage becomes one line that says
     * it is one, never a bare exception.
     */
    private BuildReport locked(Goal goal) throws DossierException {
        try (BuildLock lock = BuildLock.acquire(config.outputDirectory(), log)) {
            return goal.run(new Run(log));
        } catch (RuntimeException | StackOverflowError e) {
            throw new DossierException("internal error, a bug in Dossier (please report it with this line): "
                    + Fault.describe(e), e);
        }
    }

    private BriefStore.SyncResult writeBriefs(Run run) throws DossierException {
        Path raw = config.rawDirectory();
        if (!Files.isDirectory(raw)) {
            throw new DossierException("raw directory " + raw + " does not exist");
        }
        List<RawFile> files = rawFiles(raw, run);
        long start = System.nanoTime();
        // Pass 1: which short lines recur across the corpus (site templates). Files that fail are reported in pass 2.
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        files.parallelStream().forEach(file -> {
            try {
                profiling.add(reader.read(raw, file.path()));
            } catch (RawInputException | RuntimeException | StackOverflowError e) {
                // reported below, when the file is read again
            }
        });
        CorpusProfile profile = profiling.build();
        run.time("profile", start);
        start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(500, files.size() / 10);
        List<Optional<Extracted>> made = files.parallelStream().map(file -> {
            try {
                return extract(raw, file, profile, run);
            } finally {
                int n = done.incrementAndGet();
                if (files.size() > 1000 && n % step == 0) {
                    log.accept("progress: " + n + " of " + files.size() + " raw files (" + run.reused.get() + " unchanged)");
                }
            }
        }).toList();
        run.time("clean+extract", start);
        start = System.nanoTime();
        try {
            // One person, one name: the register resolves every byline, and learns the authors it meets first,
            // in source order so that the same raw files always give the same register.
            AuthorRegistry registry = AuthorRegistry.read(config.authorsDirectory());
            List<Brief> briefs = new ArrayList<>();
            for (Extracted e : made.stream().flatMap(Optional::stream).toList()) {
                try {
                    for (Author a : e.authors()) {
                        registry.register(a.name(), a.affiliation(), a.bio());
                    }
                    briefs.add(e.draft().toBuilder()
                            .authors(e.draft().authors().stream().map(registry::canonical).distinct().toList()).build());
                } catch (RuntimeException | StackOverflowError ex) {
                    run.skip(e.draft().source() + ": authors: " + Fault.describe(ex) + "; skipped");
                }
            }
            BriefStore.SyncResult result = new BriefStore(config.briefsDirectory(),
                    config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("briefs-index")).sync(briefs);
            result.skipped().forEach(run::skip);
            result.kept().forEach(run::warn);
            run.read = briefs.size() - result.skipped().size();
            run.sync = result;
            run.changed.addAll(registry.written());
            run.changed.addAll(result.changed());
            run.time("brief write", start);
            return result;
        } catch (io.github.dossier.brief.BriefFormatException e) {
            throw new DossierException(e.getMessage() + " (fix the brief by hand; Dossier never overwrites it)", e);
        } catch (IOException e) {
            throw new DossierException("cannot write briefs in " + config.briefsDirectory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads, cleans and extracts one raw file. Whatever goes wrong concerns this article only: it is skipped with
     * one line naming the file, the stage and the cause, and the build goes on.
     */
    private Optional<Extracted> extract(Path raw, RawFile file, CorpusProfile profile, Run run) {
        String stage = "read";
        try {
            RawDocument doc = reader.read(raw, file.path());
            stage = "cache";
            String key = cache.key(doc.text(), profile.templateLinesIn(doc));
            Optional<BuildCache.Entry> hit = cache.get(key, doc.source());
            if (hit.isPresent()) {
                run.reused.incrementAndGet();
                return Optional.of(new Extracted(hit.get().draft(), hit.get().authors()));
            }
            stage = "clean";
            CleanArticle article = cleaner.clean(doc, profile);
            if (article.body().isEmpty()) {
                run.skip(doc.source() + ": no article text found; skipped");
                return Optional.empty();
            }
            stage = "extract";
            Metadata meta = extractor.extract(article);
            stage = "brief";
            Brief draft = maker.make(article, meta);
            cache.put(key, new BuildCache.Entry(draft, meta.authors()));
            return Optional.of(new Extracted(draft, meta.authors()));
        } catch (RawInputException e) {
            run.skip(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            run.skip(file.source() + ": " + stage + ": " + Fault.describe(e) + "; skipped");
        }
        return Optional.empty();
    }

    /** With {@code failOnWarning}, stops the build before anything more is written. */
    private void failOnWarnings(Run run) throws DossierException {
        List<String> warnings = run.warnings();
        if (config.failOnWarning() && !warnings.isEmpty()) {
            throw new DossierException(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                    + " and failOnWarning is set; the first: " + warnings.get(0)
                    + (warnings.size() > 1 ? " (all are listed above)" : ""));
        }
    }

    /**
     * Doubts about hand-edited briefs that do not stop the build: a key that is not Dossier's but is close to one
     * (a typo would otherwise be kept silently as a template parameter), and a curated brief with no body.
     */
    private void reviewCurated(List<Brief> briefs, Run run) {
        for (Brief b : briefs) {
            String file = config.briefsDirectory().resolve(b.slug() + ".md").toString();
            for (String key : b.extra().keySet()) {
                io.github.dossier.brief.BriefCodec.nearestKey(key).ifPresent(known -> run.warn(file
                        + ": unknown key '" + key + "' (did you mean '" + known + "'?); kept as a template parameter"));
            }
            if (b.curated() && b.body().isBlank()) {
                run.warn(file + ": curated brief has no body below its front matter; its page shows the summary only");
            }
        }
    }

    /** Renders {@code synced} (the briefs the briefs stage just left on disk), or the briefs read from disk when null. */
    private void renderSite(Run run, List<Brief> synced) throws DossierException {
        long start = System.nanoTime();
        List<Brief> briefs;
        List<AuthorRegistry.Author> authors;
        try {
            briefs = synced != null ? synced : new BriefStore(config.briefsDirectory()).readAll();
            authors = AuthorRegistry.read(config.authorsDirectory()).all();
        } catch (IOException e) {
            throw new DossierException(e.getMessage(), e);
        }
        run.time("brief read", start);
        reviewCurated(briefs, run);
        failOnWarnings(run);
        start = System.nanoTime();
        Map<TermKind, Map<String, String>> aliases = new java.util.EnumMap<>(TermKind.class);
        aliases.put(TermKind.COUNTRY, knowledge.gazetteer().names());
        aliases.put(TermKind.PERSON, knowledge.aliases(knowledge.people()));
        aliases.put(TermKind.ORGANISATION, knowledge.aliases(knowledge.organisations()));
        SiteRenderer renderer = SiteRenderer.builder()
                .templates(config.templatesDirectory())
                .title(config.title())
                .description(config.description())
                .baseUrl(config.baseUrl())
                .themeDescriptions(knowledge.themeDescriptions())
                .aliases(aliases)
                .lexicon(knowledge.lexicon())
                .manifest(config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("site-manifest"))
                .failOnSkippedPage(config.failOnWarning())
                .notes(note -> log.accept("note: " + note))
                .build();
        try {
            SiteRenderer.Result result = renderer.render(briefs, authors, config.outputDirectory());
            run.time("render", start);
            result.stageMillis().forEach((k, v) -> run.times.put("  " + k, v));
            result.skipped().forEach(run::warn);
            run.pages = result.pages();
            run.pagesSkipped = result.skipped().size();
        } catch (SiteException e) {
            throw new DossierException(e.getMessage() + "; the previous site was left as it was", e);
        } catch (IOException e) {
            throw new DossierException("cannot write the site to " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** A raw file's brief, before the author register names its authors, and the authors as the file presents them. */
    private record Extracted(Brief draft, List<Author> authors) {
    }

    /** A raw file and the {@code source:} its brief records. */
    private record RawFile(Path path, String source) {
    }

    /**
     * What one build did, collected as it goes (stages run in parallel): warnings, skipped files, times, counts.
     */
    private static final class Run {
        private final Consumer<String> log;
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Long> times = Collections.synchronizedMap(new LinkedHashMap<>());
        private final List<Path> changed = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger reused = new AtomicInteger();
        private BriefStore.SyncResult sync;
        private int read;
        private int pages;
        private int pagesSkipped;

        Run(Consumer<String> log) {
            this.log = log;
        }

        void warn(String message) {
            warnings.add(message);
            log.accept("warning: " + message);
        }

        /** A raw file that gives no brief: a warning, and counted as skipped. */
        void skip(String message) {
            skipped.add(message);
            warn(message);
        }

        void time(String stage, long since) {
            times.put(stage, (System.nanoTime() - since) / 1_000_000);
        }

        List<String> warnings() {
            return List.copyOf(warnings);
        }

        BuildReport report() {
            BriefStore.SyncResult s = sync;
            return new BuildReport(read, reused.get(), skipped, s == null ? 0 : s.written(), s == null ? 0 : s.unchanged(),
                    s == null ? 0 : s.curated(), s == null ? 0 : s.removed(), pages, pagesSkipped, warnings, times,
                    changed);
        }
    }

    /**
     * Every article file under {@code raw}, sorted, links followed but hidden files skipped. What cannot be listed
     * (a link that loops back to a folder above it, an unreadable folder) and files whose names read the same as an
     * earlier one's are skipped with a warning each.
     */
    private static List<RawFile> rawFiles(Path raw, Run run) throws DossierException {
        List<Path> found = new ArrayList<>();
        try {
            Path realRaw = raw.toRealPath();
            Files.walkFileTree(raw, java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            // A link to a folder elsewhere (ln -s / raw/root) would walk the whole disk.
                            if (!dir.equals(raw) && !dir.toRealPath().startsWith(realRaw)) {
                                run.skip(RawReader.sourceName(raw, dir)
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
                            run.skip(source + (e instanceof FileSystemLoopException
                                    ? ": is a link back to a folder that contains it (a loop); skipped"
                                    : ": cannot be listed: " + e.getMessage() + "; skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new DossierException("cannot list raw directory " + raw + ": " + e.getMessage(), e);
        }
        // By name as text, and by the bytes of the name where two read the same (names that are not UTF-8).
        found.sort(Comparator.comparing(Path::toString).thenComparing(Comparator.naturalOrder()));
        List<RawFile> files = new ArrayList<>();
        Map<String, Path> bySource = new java.util.HashMap<>();
        for (Path file : found) {
            String source = RawReader.sourceName(raw, file);
            Path first = bySource.putIfAbsent(source, file);
            if (first != null) {
                run.skip(source + ": another raw file has a name that reads the same (names that differ only in bytes "
                        + "that are not valid " + System.getProperty("sun.jnu.encoding", "UTF-8")
                        + "); only the first is read, rename this one");
                continue;
            }
            files.add(new RawFile(file, source));
        }
        return files;
    }

    /**
     * Builds a project from the command line.
     *
     * <pre>
     * java -cp … io.github.dossier.Dossier --project . --title "My dossier" --base-url https://me.github.io/dossier/
     * java -cp … io.github.dossier.Dossier briefs|render|build [options]
     * </pre>
     */
    public static void main(String[] args) {
        try {
            Cli cli = Cli.parse(args);
            Dossier dossier = new Dossier(cli.config(), System.out::println);
            if (cli.goal().equals("serve")) {
                try (Preview preview = Preview.start(dossier, cli.config(), Integer.getInteger("dossier.port", 8000),
                        System.out::println)) {
                    System.out.println("[dossier] serving " + preview.uri() + " (Ctrl-C to stop)");
                    Thread.currentThread().join();
                }
                return;
            }
            BuildReport report = switch (cli.goal()) {
                case "briefs" -> dossier.briefs();
                case "render" -> dossier.render();
                default -> dossier.build();
            };
            report.summary().forEach(line -> System.out.println("[dossier] " + line));
        } catch (DossierException | IllegalArgumentException | IOException e) {
            System.err.println("[dossier] error: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("[dossier] error: internal error, a bug in Dossier (please report it with this line): "
                    + Fault.describe(e));
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
