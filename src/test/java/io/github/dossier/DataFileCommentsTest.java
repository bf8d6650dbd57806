package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.testing.SampleProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cleaning cache's key covers what each data file says, not how it is laid out: a comment, a blank line or
 * another indentation in any kind of data file (YAML, one entry a line, TSV) cleans no article again and changes no
 * output; an entry added to one cleans every article again.
 */
class DataFileCommentsTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    /** Each data file as first written, and the same said otherwise: comments, blank lines, another layout. */
    private static final String[][] FILES = {
        {"lexicon.yml", "words:\n  honorifics: [ambassadress, envoy]\n",
            "# The project's own words.\nwords:\n\n    # Before a name.\n    honorifics:\n      - ambassadress   # rare\n"
                    + "      - \"envoy\"\n"},
        {"people.yml", "- name: Jane Roe\n  aliases: [Roe]\n",
            "# Who we follow.\n- {name: Jane Roe, aliases: [Roe]}  # since 2021\n\n"},
        {"themes.yml", null, null}, // the shipped taxonomy, copied, then with comments of the project's
        {"stopwords-de.txt", "abermals\nalldieweil\n", "# Mine.\n\n  abermals\n# and\nalldieweil   \n"},
        {"titles.txt", "Envoy\n", "# A title before a name.\nEnvoy\n\n"},
        {"countries.tsv", "RU\tRussia\tRussian Federation|Rossiya\n",
            "# More names.\n\nRU\tRussia\tRussian Federation|Rossiya\n# end\n"},
    };

    @Test
    void aCommentInADataFileCleansNoArticleAgainAndAnEntryAddedCleansThemAll(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        Path content = project.resolve("content");
        String themes = new String(DataFileCommentsTest.class.getResourceAsStream(
                "/io/github/dossier/knowledge/themes.yml").readAllBytes(), StandardCharsets.UTF_8);
        for (String[] f : FILES) {
            Files.writeString(content.resolve(f[0]), f[1] != null ? f[1] : themes, StandardCharsets.UTF_8);
        }
        BuildReport first = build(project);
        assertEquals(5, first.articlesRead());
        assertEquals(0, first.articlesReused());
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Map<String, String> briefs = DossierTest.digests(project.resolve("content/briefs"));

        for (String[] f : FILES) {
            String said = f[2] != null ? f[2]
                    : "# Our themes, as Dossier ships them.\n\n" + themes.replace("\n- name:", "\n\n# Next.\n- name:");
            Files.writeString(content.resolve(f[0]), said, StandardCharsets.UTF_8);
            BuildReport again = build(project);
            assertEquals(5, again.articlesReused(), f[0] + ": an article was cleaned again after a comment");
            assertEquals(site, DossierTest.digests(project.resolve("site")), f[0]);
            assertEquals(briefs, DossierTest.digests(project.resolve("content/briefs")), f[0]);
        }

        // What a file says, changed: every article is cleaned again.
        Files.writeString(content.resolve("stopwords-de.txt"), "abermals\nalldieweil\nbeiderseits\n");
        assertEquals(0, build(project).articlesReused(), "a stopword added");
        Files.writeString(content.resolve("lexicon.yml"), "words:\n  honorifics: [ambassadress, envoy, consul]\n");
        assertEquals(0, build(project).articlesReused(), "a lexicon entry added");
        Files.writeString(content.resolve("lexicon.yml"), "words:\n  honorifics: [ambassadress, envoy, \"consul\"]\n");
        assertEquals(5, build(project).articlesReused(), "the same entry, quoted");
    }

    private static BuildReport build(Path project) throws DossierException {
        return new Dossier(config(project), m -> { }).build();
    }
}
