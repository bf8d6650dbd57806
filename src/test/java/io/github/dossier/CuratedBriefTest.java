package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-edited briefs that are broken fail the build with their file and line and are left as they were, with the
 * previous site; doubtful ones build with a warning, which {@code failOnWarning} turns into a failure.
 */
class CuratedBriefTest {

    /** A copy of the sample project in {@code dir}, built once. */
    private static Path built(Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        new Dossier(DossierConfig.forProject(project), m -> { }).build();
        return project;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "unclosed quote => ---|title: \"Mine|curated: true|---|Body. => mine.md:2",
        "unclosed list => ---|title: Mine|tags: [a, b|curated: true|---|Body. => mine.md:",
        "tab indentation => ---|title: Mine|authors:|\t- A|---|Body. => mine.md:",
        "date not a date => ---|title: Mine|published: yesterday|curated: true|---|Body. => mine.md:3",
        "date past year 9999 => ---|title: Mine|published: +999999999-12-31|curated: true|---|Body. => mine.md:3",
        "words not a number => ---|title: Mine|words: many|curated: true|---|Body. => mine.md:3",
        "curated not a flag => ---|title: Mine|curated: maybe|---|Body. => mine.md:3",
        "authors a mapping => ---|title: Mine|authors: {name: A}|curated: true|---|Body. => mine.md:3",
        "counts not numbers => ---|title: Mine|country_mentions: {China: lots}|curated: true|---|Body. => mine.md:3",
        "no title => ---|authors: [A]|curated: true|---|Body. => mine.md",
        "front matter a list => ---|- a|- b|---|Body. => mine.md:2",
        "front matter never closed => ---|title: Mine|curated: true|Body. => mine.md",
        "no front matter => Just some text. => mine.md:1",
        "duplicate key => ---|title: Mine|title: Yours|curated: true|---|Body. => mine.md:",
    })
    void aBrokenCuratedBriefFailsWithItsFileAndLineAndNothingIsLost(String name, String text, String where,
            @TempDir Path dir) throws Exception {
        Path project = built(dir);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Path brief = project.resolve("content/briefs/mine.md");
        byte[] bytes = text.replace('|', '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(brief, bytes);
        List<String> log = new ArrayList<>();
        DossierException e = assertThrows(DossierException.class,
                () -> new Dossier(DossierConfig.forProject(project), log::add).build());
        assertTrue(e.getMessage().contains(where), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(brief));
        assertEquals(site, DossierTest.digests(project.resolve("site")));
        // The render goal reads the same briefs and fails the same way.
        assertThrows(DossierException.class, () -> new Dossier(DossierConfig.forProject(project), log::add).render());
        assertArrayEquals(bytes, Files.readAllBytes(brief));
    }

    /** YAML nested 20,000 deep overflowed the composer's stack: "internal error, a bug". */
    @Test
    void aFrontMatterNestedTooDeepFailsWithItsFileLineAndTheLimit(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Path brief = project.resolve("content/briefs/mine.md");
        byte[] bytes = ("---\ntitle: Mine\ntags: " + "[".repeat(20_000) + "a" + "]".repeat(20_000)
                + "\ncurated: true\n---\nBody.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(brief, bytes);
        DossierException e = assertThrows(DossierException.class,
                () -> new Dossier(DossierConfig.forProject(project), m -> { }).build());
        assertTrue(e.getMessage().contains("mine.md:3") && e.getMessage().contains("deeper than 100"), e.getMessage());
        assertFalse(e.getMessage().contains("bug"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(brief));
        assertEquals(site, DossierTest.digests(project.resolve("site")));
    }

    @Test
    void doubtfulCuratedBriefsWarnAndFailOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Files.writeString(project.resolve("content/briefs/typo.md"), "---\ntitel: Mine\ntitle: Mine\ncurated: true\n---\nBody.\n");
        Files.writeString(project.resolve("content/briefs/stub.md"), "---\ntitle: A stub\ncurated: true\n---\n");
        Files.writeString(project.resolve("content/briefs/own.md"), "---\ntitle: Own\nnotes: mine\ncurated: true\n---\nBody.\n");
        List<String> log = new ArrayList<>();
        BuildReport r = new Dossier(DossierConfig.forProject(project), log::add).build();
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("typo.md: unknown key 'titel' (did you mean 'title'?)")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("stub.md: curated brief has no body")));
        Map<String, String> built = DossierTest.digests(project.resolve("site"));
        assertTrue(built.containsKey("briefs/stub.html") && built.containsKey("briefs/own.html"));

        DossierException e = assertThrows(DossierException.class, () -> new Dossier(
                DossierConfig.forProject(project).withFailOnWarning(true), m -> { }).build());
        assertTrue(e.getMessage().startsWith("2 warnings and failOnWarning is set"), e.getMessage());
        assertEquals(built, DossierTest.digests(project.resolve("site")));
        assertTrue(!site.equals(built));
    }

    @Test
    void failOnWarningStopsBeforeTheSiteForASkippedRawFile(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Files.writeString(project.resolve("content/raw/blank.txt"), "\n\n");
        DossierException e = assertThrows(DossierException.class, () -> new Dossier(
                DossierConfig.forProject(project).withFailOnWarning(true), m -> { }).build());
        assertEquals("1 warning and failOnWarning is set; the first: blank.txt: is empty; skipped (save the page again, "
                + "or delete the file)", e.getMessage());
        assertEquals(site, DossierTest.digests(project.resolve("site")));
        assertTrue(new Dossier(DossierConfig.forProject(project), m -> { }).build().skipped()
                .contains("blank.txt: is empty; skipped (save the page again, or delete the file)"));
    }
}
