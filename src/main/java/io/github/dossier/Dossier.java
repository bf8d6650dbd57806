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
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.raw.RawReader;
import io.github.dossier.site.SiteException;
import io.github.dossier.site.SiteRenderer;
import io.github.dossier.site.TermKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
    private final MetadataExtractor extractor;
    private final Cleaner cleaner;
    private final BriefMaker maker = new BriefMaker();
    private final BuildCache cache;
    /** How many raw files the last briefs stage took from the cache. */
    private volatile int cachedLast;

    public Dossier(DossierConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
        Path data = config.dataDirectory();
        this.extractor = MetadataExtractor.builder().dataDirectory(data).build();
        this.cleaner = Cleaner.builder().dataDirectory(data).mastheads(extractor.publicationNames()).build();
        this.cache = new BuildCache(config.cacheDirectory(), data);
    }

    /** Raw files to briefs, then briefs to site. */
    public BuildReport build() throws DossierException {
        Map<String, Long> times = new LinkedHashMap<>();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        BriefStore.SyncResult sync = writeBriefs(times, warnings, skipped);
        failOnWarnings(warnings);
        int pages = renderSite(times, warnings, sync.briefs());
        return report(sync, pages, skipped, warnings, times);
    }

    /** Raw files to briefs only ({@code dossier:briefs}). */
    public BuildReport briefs() throws DossierException {
        Map<String, Long> times = new LinkedHashMap<>();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        BriefStore.SyncResult sync = writeBriefs(times, warnings, skipped);
        failOnWarnings(warnings);
        return report(sync, 0, skipped, warnings, times);
    }

    /** Briefs to site only ({@code dossier:render}). */
    public BuildReport render() throws DossierException {
        Map<String, Long> times = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int pages = renderSite(times, warnings, null);
        return new BuildReport(0, 0, List.of(), 0, 0, 0, 0, pages, warnings, times);
    }

    private BuildReport report(BriefStore.SyncResult sync, int pages, List<String> skipped, List<String> warnings,
            Map<String, Long> times) {
        int read = sync.written() + sync.unchanged() + sync.curated();
        return new BuildReport(read, cachedLast, skipped, sync.written(), sync.unchanged(), sync.curated(), sync.removed(), pages,
                warnings, times);
    }

    private BriefStore.SyncResult writeBriefs(Map<String, Long> times, List<String> warnings, List<String> skipped)
            throws DossierException {
        Path raw = config.rawDirectory();
        if (!Files.isDirectory(raw)) {
            throw new DossierException("raw directory " + raw + " does not exist");
        }
        List<Path> files = rawFiles(raw);
        long start = System.nanoTime();
        // Pass 1: which short lines recur across the corpus (site templates). Unreadable files are reported in pass 2.
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        files.parallelStream().forEach(file -> {
            try {
                profiling.add(reader.read(raw, file));
            } catch (RawInputException e) {
                // reported below
            }
        });
        CorpusProfile profile = profiling.build();
        times.put("profile", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
        int step = Math.max(500, files.size() / 10);
        List<Optional<Extracted>> made = files.parallelStream().map(file -> {
            try {
                RawDocument doc = reader.read(raw, file);
                String key = cache.key(doc.text(), profile.templateLinesIn(doc));
                Optional<BuildCache.Entry> hit = cache.get(key, doc.source());
                if (hit.isPresent()) {
                    reused.incrementAndGet();
                    return Optional.of(new Extracted(hit.get().draft(), hit.get().authors()));
                }
                CleanArticle article = cleaner.clean(doc, profile);
                if (article.body().isEmpty()) {
                    String why = doc.source() + ": no article text found; skipped";
                    skipped.add(why);
                    warn(warnings, why);
                    return Optional.<Extracted>empty();
                }
                Metadata meta = extractor.extract(article);
                Brief draft = maker.make(article, meta);
                cache.put(key, new BuildCache.Entry(draft, meta.authors()));
                return Optional.of(new Extracted(draft, meta.authors()));
            } catch (RawInputException e) {
                skipped.add(e.getMessage());
                warn(warnings, e.getMessage());
                return Optional.<Extracted>empty();
            } finally {
                int n = done.incrementAndGet();
                if (files.size() > 1000 && n % step == 0) {
                    log.accept("progress: " + n + " of " + files.size() + " raw files (" + reused.get() + " unchanged)");
                }
            }
        }).toList();
        cachedLast = reused.get();
        times.put("clean+extract", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        try {
            // One person, one name: the register resolves every byline, and learns the authors it meets first,
            // in source order so that the same raw files always give the same register.
            AuthorRegistry registry = AuthorRegistry.read(config.authorsDirectory());
            List<Brief> briefs = new ArrayList<>();
            for (Extracted e : made.stream().flatMap(Optional::stream).toList()) {
                for (Author a : e.authors()) {
                    registry.register(a.name(), a.affiliation(), a.bio());
                }
                briefs.add(e.draft().toBuilder()
                        .authors(e.draft().authors().stream().map(registry::canonical).distinct().toList()).build());
            }
            BriefStore.SyncResult result = new BriefStore(config.briefsDirectory(),
                    config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("briefs-index")).sync(briefs);
            times.put("brief write", (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (io.github.dossier.brief.BriefFormatException e) {
            throw new DossierException(e.getMessage() + " (fix the brief by hand; Dossier never overwrites it)", e);
        } catch (IOException e) {
            throw new DossierException("cannot write briefs in " + config.briefsDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** With {@code failOnWarning}, stops the build before anything more is written. */
    private void failOnWarnings(List<String> warnings) throws DossierException {
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
    private void reviewCurated(List<Brief> briefs, List<String> warnings) {
        for (Brief b : briefs) {
            String file = config.briefsDirectory().resolve(b.slug() + ".md").toString();
            for (String key : b.extra().keySet()) {
                io.github.dossier.brief.BriefCodec.nearestKey(key).ifPresent(known -> warn(warnings, file
                        + ": unknown key '" + key + "' (did you mean '" + known + "'?); kept as a template parameter"));
            }
            if (b.curated() && b.body().isBlank()) {
                warn(warnings, file + ": curated brief has no body below its front matter; its page shows the summary only");
            }
        }
    }

    /** Renders {@code synced} (the briefs the briefs stage just left on disk), or the briefs read from disk when null. */
    private int renderSite(Map<String, Long> times, List<String> warnings, List<Brief> synced) throws DossierException {
        long start = System.nanoTime();
        List<Brief> briefs;
        List<AuthorRegistry.Author> authors;
        try {
            briefs = synced != null ? synced : new BriefStore(config.briefsDirectory()).readAll();
            authors = AuthorRegistry.read(config.authorsDirectory()).all();
        } catch (IOException e) {
            throw new DossierException(e.getMessage(), e);
        }
        times.put("brief read", (System.nanoTime() - start) / 1_000_000);
        reviewCurated(briefs, warnings);
        failOnWarnings(warnings);
        start = System.nanoTime();
        Map<TermKind, Map<String, String>> aliases = new java.util.EnumMap<>(TermKind.class);
        aliases.put(TermKind.COUNTRY, extractor.gazetteer().names());
        aliases.put(TermKind.PERSON, extractor.personAliases());
        aliases.put(TermKind.ORGANISATION, extractor.organisationAliases());
        SiteRenderer renderer = SiteRenderer.builder()
                .templates(config.templatesDirectory())
                .title(config.title())
                .description(config.description())
                .baseUrl(config.baseUrl())
                .themeDescriptions(extractor.themeDescriptions())
                .aliases(aliases)
                .stopwords(io.github.dossier.clean.BlockCleaner.englishStopwords())
                .manifest(config.cacheDirectory() == null ? null : config.cacheDirectory().resolve("site-manifest"))
                .build();
        try {
            SiteRenderer.Result result = renderer.render(briefs, authors, config.outputDirectory());
            times.put("render", (System.nanoTime() - start) / 1_000_000);
            result.stageMillis().forEach((k, v) -> times.put("  " + k, v));
            return result.pages();
        } catch (SiteException e) {
            throw new DossierException(e.getMessage() + "; the previous site was left as it was", e);
        } catch (IOException e) {
            throw new DossierException("cannot write the site to " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** A raw file's brief, before the author register names its authors, and the authors as the file presents them. */
    private record Extracted(Brief draft, List<Author> authors) {
    }

    private void warn(List<String> warnings, String message) {
        warnings.add(message);
        log.accept("warning: " + message);
    }

    /** Every article file under {@code raw}, sorted, links followed but hidden files skipped. */
    private static List<Path> rawFiles(Path raw) throws DossierException {
        try (Stream<Path> walk = Files.walk(raw, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> RawDocument.Format.forFileName(p.getFileName().toString()) != null)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DossierException("cannot list raw directory " + raw + ": " + e.getMessage(), e);
        }
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
