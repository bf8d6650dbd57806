package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.brief.BriefStore;
import io.github.dossier.site.state.LinkCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole pipeline, render and link check included, on every corpus in {@code ../shared/corpus} (hundreds of real
 * news, blog, shop and government pages in many languages, as text scrapes and saved HTML), one by one and all
 * together: the build succeeds, every raw file gives a brief or a warning that names it, every brief has its page,
 * and every link resolves; the review queue runs over it. All together, a second build is byte-identical to the
 * first.
 */
class CorpusBuildTest {

    private static final Path CORPORA = Path.of(System.getProperty("dossier.corpus", "../shared/corpus"));
    private static final List<String> ALL = List.of("sample", "zyte-dev/text", "zyte-dev/html", "traf-dev/html");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sample", "zyte-dev/text", "zyte-dev/html", "traf-dev/html", "all"})
    void everyRawFileGivesABriefOrANamedWarningAndEveryPageIsThere(String corpus, @TempDir Path dir) throws Exception {
        List<String> corpora = corpus.equals("all") ? ALL : List.of(corpus);
        for (String c : corpora) {
            assumeTrue(Files.isDirectory(CORPORA.resolve(c)), "corpus not found: " + CORPORA.resolve(c));
        }
        Path raw = Files.createDirectories(dir.resolve("content/raw"));
        TreeSet<String> files = new TreeSet<>();
        for (String c : corpora) {
            Path into = corpus.equals("all") ? Files.createDirectories(raw.resolve(c.replace('/', '-'))) : raw;
            try (Stream<Path> s = Files.list(CORPORA.resolve(c))) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, into.resolve(f.getFileName().toString()));
                    files.add(raw.relativize(into.resolve(f.getFileName().toString())).toString().replace('\\', '/'));
                }
            }
        }
        DossierConfig config = DossierConfig.forProject(dir).withTitle(corpus).withBaseUrl("https://example.org/c/");
        List<String> log = new ArrayList<>();
        BuildReport report = new Dossier(config, log::add).build();

        assertEquals(files.size(), report.articlesRead() + report.skipped().size(), report.summary().toString());
        TreeSet<String> accounted = new TreeSet<>();
        for (String skip : report.skipped()) {
            String source = files.stream().filter(f -> skip.startsWith(f + ": ")).findFirst().orElse(null);
            assertTrue(source != null, "a skip names its file: " + skip);
            accounted.add(source);
        }
        List<Path> briefs;
        try (Stream<Path> s = Files.list(dir.resolve("content/briefs"))) {
            briefs = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path brief : briefs) {
            String source = new BriefStore(dir.resolve("content/briefs")).read(brief).source();
            assertTrue(accounted.add(source), "one brief per raw file: " + source);
            String slug = brief.getFileName().toString().replaceFirst("\\.md$", "");
            assertTrue(Files.isRegularFile(dir.resolve("site/briefs/" + slug + ".html")), "a page for " + slug);
        }
        assertEquals(files, accounted, "every raw file gives a brief or a warning");
        assertEquals(0, report.pagesSkipped(), log.toString());
        assertEquals(List.of(), LinkCheck.broken(dir.resolve("site")));

        // The review queue over the corpus: it finishes, names only briefs there are and every raw file that gave
        // none, and every line it offers for corrections.yml reads as one.
        io.github.dossier.review.Review.Report review = new Dossier(config, m -> { }).review();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        briefs.forEach(b -> slugs.add(b.getFileName().toString().replaceFirst("\\.md$", "")));
        assertEquals(report.skipped().size(), review.counts().getOrDefault(
                io.github.dossier.review.Item.Check.NO_BRIEF, 0), "each raw file that gave no brief is listed");
        for (io.github.dossier.review.Item item : review.items()) {
            assertTrue(slugs.containsAll(item.briefs()), item.toString());
            for (String line : item.fix().split("\n")) {
                if (!line.startsWith("edit ") && !line.startsWith("check ") && !line.contains("…")) {
                    io.github.dossier.brief.Corrections.parse(dir.resolve("content/corrections.yml"),
                            line.replace("YYYY-MM-DD", "2020-01-01") + "\n");
                }
            }
        }

        if (corpus.equals("all")) {
            Map<String, String> site = DossierTest.digests(dir.resolve("site"));
            Map<String, String> contents = DossierTest.digests(dir.resolve("content"));
            new Dossier(config.withoutCache(), m -> { }).build();
            assertEquals(contents, DossierTest.digests(dir.resolve("content")), "the same briefs again");
            assertEquals(site, DossierTest.digests(dir.resolve("site")), "the same site again");
        }
    }
}
