package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corrections.yml through a real build: a person dropped, an organisation renamed, one renamed into a name that exists;
 * the site is the one a cold build with the same file makes, byte for byte, after each edit of the file, and no page,
 * index entry, link or citation keeps an old name. The briefs on disk are not touched, and no article is cleaned again.
 */
class CorrectionsBuildTest {

    private static final String CORRECTIONS = """
            # A researcher's corrections
            people: {drop: [Sergei Lavrov]}
            organisations:
              rename:
                RAND Corporation: RAND
                UN Security Council: United Nations    # into a name other briefs carry
            """;

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    private static java.util.Map<String, String> cold(Path dir, String corrections) throws Exception {
        return DossierTest.coldSite(dir, project -> {
            if (corrections != null) {
                Files.writeString(project.resolve("content/corrections.yml"), corrections);
            }
        });
    }

    @Test
    void correctionsGiveTheSiteAColdBuildGivesAndNoOldName(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        java.util.Map<String, String> briefs = DossierTest.digests(project.resolve("content/briefs"));

        Files.writeString(project.resolve("content/corrections.yml"), CORRECTIONS);
        BuildReport corrected = new Dossier(config(project), m -> { }).build();
        assertEquals(5, corrected.articlesReused(), "a corrections edit cleans no article again");
        assertEquals(List.of(), corrected.warnings());
        assertEquals(cold(dir.resolve("cold1"), CORRECTIONS), DossierTest.digests(project.resolve("site")));
        assertEquals(briefs, DossierTest.digests(project.resolve("content/briefs")), "the briefs are not touched");

        Path site = project.resolve("site");
        assertFalse(Files.exists(site.resolve("people/sergei-lavrov.html")));
        assertFalse(Files.exists(site.resolve("organisations/rand-corporation.html")));
        assertFalse(Files.exists(site.resolve("organisations/un-security-council.html")));
        assertTrue(Files.exists(site.resolve("organisations/rand.html")));
        Document index = Jsoup.parse(site.resolve("organisations/index.html").toFile(), "UTF-8");
        assertFalse(index.text().contains("RAND Corporation") || index.text().contains("UN Security Council"));
        assertFalse(Jsoup.parse(site.resolve("people/index.html").toFile(), "UTF-8").text().contains("Sergei Lavrov"));
        Document un = Jsoup.parse(site.resolve("organisations/united-nations.html").toFile(), "UTF-8");
        assertTrue(un.select("a[href$=how-western-pressure-is-pushing-china-and-russia-ever-closer.html]").size() > 0,
                "the brief that said UN Security Council is on United Nations' page");
        // The article still says "RAND Corporation": its mention links the new name's page.
        Document brief = Jsoup.parse(site.resolve(
                "briefs/sino-russian-relations-are-largely-motivated-by-anti-americanism-but-that-alone.html").toFile(), "UTF-8");
        assertTrue(brief.select(".body a[href$=organisations/rand.html]").size() > 0, "the old name links the new page");
        for (Path f : files(site)) {
            String name = f.getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(text.contains("people/sergei-lavrov.html") || text.contains("organisations/rand-corporation.html")
                    || text.contains("organisations/un-security-council.html"), f + " links an old name's page");
            if (name.endsWith(".bib") || name.endsWith(".ris") || name.endsWith(".csl.json")) {
                // The abstract is the article's own words (it may say "Sergei Lavrov"); no field names an old name.
                String fields = text.replaceAll("(?m)^\\s*(\"abstract\":|abstract = |AB  - |N2  - ).*$", "");
                assertFalse(fields.contains("Sergei Lavrov") || fields.contains("RAND Corporation")
                        || fields.contains("UN Security Council"), f + " cites an old name");
            }
            if (name.endsWith(".html")) {
                for (var ld : Jsoup.parse(text).select("script[type=application/ld+json]")) {
                    assertFalse(ld.data().contains("\"Sergei Lavrov\"") || ld.data().contains("\"RAND Corporation\""),
                            f + "'s JSON-LD names an old name");
                }
            }
        }

        // Another edit of the file, and the file gone: each time the site a cold build makes.
        String less = CORRECTIONS.replace("    RAND Corporation: RAND\n", "");
        Files.writeString(project.resolve("content/corrections.yml"), less);
        new Dossier(config(project), m -> { }).build();
        assertEquals(cold(dir.resolve("cold2"), less), DossierTest.digests(site));
        assertTrue(Files.exists(site.resolve("organisations/rand-corporation.html")), "a rule taken out is undone");
        Files.delete(project.resolve("content/corrections.yml"));
        new Dossier(config(project), m -> { }).build();
        assertEquals(cold(dir.resolve("cold3"), null), DossierTest.digests(site));
    }

    @Test
    void aRuleThatMatchesNothingIsAWarningAndABrokenFileFailsTheBuildWritingNothing(@TempDir Path dir)
            throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        Files.writeString(project.resolve("content/corrections.yml"), "people: {drop: [Nobody Atall]}\n");
        BuildReport r = new Dossier(config(project), m -> { }).build();
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).endsWith("corrections.yml:1: people: no brief carries 'Nobody Atall'; the "
                + "correction does nothing"), r.warnings().get(0));
        java.util.Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Files.writeString(project.resolve("content/corrections.yml"), "people:\n  drop: [a]\n  rename: {b: [c]}\n");
        DossierException e = org.junit.jupiter.api.Assertions.assertThrows(DossierException.class,
                () -> new Dossier(config(project), m -> { }).build());
        assertTrue(e.getMessage().contains("corrections.yml:3: expected a name here"), e.getMessage());
        assertEquals(site, DossierTest.digests(project.resolve("site")), "the previous site is left as it was");
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
    }
}
