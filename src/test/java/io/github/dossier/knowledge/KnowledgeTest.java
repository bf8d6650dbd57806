package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge a project starts from: the lexicon, name lists, taxonomy, and what a project's files add. */
class KnowledgeTest {

    @Test
    void theLexiconHoldsEachListOnce() {
        Lexicon lexicon = Lexicon.shipped();
        assertTrue(lexicon.words(Lexicon.HONORIFICS).containsAll(List.of("dr", "prof", "rev", "ambassador")));
        assertTrue(lexicon.stopwords("en").containsAll(List.of("the", "and", "of")));
        assertEquals(Set.of(), lexicon.stopwords("xx"), "a language with no list has no stopwords");
        assertTrue(lexicon.givenNames().contains("aaron") && lexicon.bioRoles().contains("lecturer"));
        assertTrue(lexicon.titles().contains("Foreign Minister"));
        for (String list : List.of(Lexicon.MONTHS, Lexicon.SAYING_VERBS, Lexicon.META_PUBLISHED, Lexicon.OPINION_LABELS)) {
            assertFalse(lexicon.words(list).isEmpty(), list);
        }
        assertThrows(IllegalArgumentException.class, () -> lexicon.words("no-such-list"));
    }

    @Test
    void aListInLowerCaseKeepsItsOrder() {
        // What looks for the first word that matches ("asks the reader to …: 'subscribe'") finds the same on every run:
        // a Set.copyOf would go through the words in an order that changes with each JVM.
        Lexicon lexicon = Lexicon.shipped();
        for (String list : List.of(Lexicon.PROMPT_WORDS, Lexicon.CREDIT_WORDS, Lexicon.TITLE_LABELS)) {
            List<String> lower = lexicon.words(list).stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).distinct()
                    .toList();
            assertTrue(lower.size() >= 3, list);
            assertEquals(lower, List.copyOf(lexicon.lowerCase(list)), list);
        }
    }

    @Test
    void anAlternationIsQuotedAndTriesTheLongestWordFirst() {
        Pattern p = Pattern.compile("^(?:" + Lexicon.shipped().alternation(Lexicon.TEASER_ENDINGS) + ")");
        java.util.regex.Matcher m = p.matcher("continue reading and more");
        assertTrue(m.find());
        assertEquals("continue reading", m.group());
        assertTrue(Pattern.compile("(?:" + Lexicon.shipped().alternation(Lexicon.SITE_DOMAINS) + ")$")
                .matcher("co.uk").find(), "a dot in a word is a dot, not any character");
        assertFalse(Pattern.compile("^(?:" + Lexicon.shipped().alternation(Lexicon.SITE_DOMAINS) + ")$")
                .matcher("coxuk").find());
    }

    @Test
    void aProjectAddsToAListAndCannotInventOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lexicon.yml"), "words:\n  honorifics: [Hon]\n  opinion-labels: [Meinung]\n");
        Files.writeString(dir.resolve("stopwords-sw.txt"), "na\nya\nkwa\n");
        Files.writeString(dir.resolve("stopwords-de.txt"), "Zuzüglich\n");
        Files.writeString(dir.resolve("stopwords-en.txt"), "# ours\nyonder\n");
        Lexicon lexicon = Lexicon.load(dir);
        assertTrue(lexicon.words(Lexicon.HONORIFICS).containsAll(List.of("dr", "Hon")));
        assertTrue(lexicon.lowerCase(Lexicon.OPINION_LABELS).contains("meinung"));
        assertEquals(Set.of("na", "ya", "kwa"), lexicon.stopwords("sw"), "a language Dossier ships no list for");
        assertTrue(lexicon.stopwords("de").containsAll(List.of("der", "und", "zuzüglich")),
                "the project's words join the shipped list, in lower case");
        assertTrue(lexicon.stopwords("en").containsAll(List.of("the", "yonder")));

        Files.writeString(dir.resolve("lexicon.yml"), "words:\n  honorfics: [Hon]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("lexicon.yml: words.honorfics: no such list"), e.getMessage());
    }

    @Test
    void nameListsKnowEveryFormOfAName(@TempDir Path dir) throws Exception {
        NameList people = NameList.load("people.yml", null);
        assertEquals("Joe Biden", people.canonical("Joseph R. Biden"));
        assertEquals("Vladimir Putin", people.canonical("Putin"));
        assertNull(people.canonical("Austin"), "an ambiguous surname is no alias");
        assertEquals(Map.of("Vladimir Putin", 2, "Joe Biden", 1), people.count("Putin met Biden; Putin left."));
        Files.writeString(dir.resolve("people.yml"), "- name: Jane Doe\n  aliases: [Doe]\n");
        NameList more = NameList.load("people.yml", dir);
        assertEquals("Jane Doe", more.canonical("Doe"));
        assertEquals("Vladimir Putin", more.canonical("Putin"), "a project's list adds to the shipped one");
        Files.writeString(dir.resolve("people.yml"), "- aliases: [Doe]\n");
        assertThrows(IllegalArgumentException.class, () -> NameList.load("people.yml", dir));
    }

    @Test
    void theTaxonomyClassifiesByWeightedCuesAndAProjectReplacesIt(@TempDir Path dir) throws Exception {
        Taxonomy shipped = Taxonomy.defaults();
        assertEquals("Sanctions", shipped.classify("New sanctions and export controls; the embargo stays.", 9).get(0));
        Files.writeString(dir.resolve("themes.yml"),
                "- name: Cooking\n  description: Food.\n  cues: {pasta: 2, boil: 1}\n");
        Taxonomy own = Taxonomy.load(dir);
        assertEquals(List.of("Cooking"), own.themes().stream().map(Taxonomy.Theme::name).toList());
        assertEquals(List.of("Cooking"), own.classify("Boil the pasta.", 3));
    }

    @Test
    void noThemeIsBetterThanAWrongOne() {
        Taxonomy shipped = Taxonomy.defaults();
        String docker = "Install Docker Engine. Docker Engine security: security updates, security scanning and "
                + "security advisories keep your containers safe. Read the install guide before you start.";
        assertEquals(List.of(), shipped.classify(docker, 300), "one cue said often is no theme");
        assertEquals(List.of(), shipped.classify("The recipe needs flour, eggs and milk.", 300), "no cue, no theme");
        // "war" is German for "was" and "un" French for "a": each language is read with its own cues.
        String german = "Es war einmal ein Bäcker, der war sehr fleißig und war immer früh wach. Er war glücklich.";
        assertEquals(List.of(), shipped.classify(german, 300, "de"));
        String bundeswehr = "Die Bundeswehr schickt Truppen und Soldaten; das Militär plant die Verteidigung neu, "
                + "die Streitkräfte bekommen neue Waffen.";
        assertEquals("Defence and security", shipped.classify(bundeswehr, 300, "de").get(0));
        assertEquals(List.of(), shipped.classify(bundeswehr, 300, "sw"), "no cues in the page's language");
        // A cue in capitals matches only in capitals: "UN" the body, not "un" the article.
        String french = "Un homme a acheté un pain et un café dans un bar, un matin, pour un ami.";
        assertEquals(List.of(), shipped.classify(french, 300, "fr"));
    }

    @Test
    void knowledgeIsLoadedOnceAndCarriesThePublicationsMastheads() {
        Knowledge shipped = Knowledge.shipped();
        assertTrue(Knowledge.load(null) == shipped);
        assertTrue(shipped.boilerplate().match("South China Morning Post").isPresent(), "a known masthead is boilerplate");
        assertEquals("NATO", shipped.aliases(shipped.organisations()).get("Nato"));
        assertFalse(shipped.themeDescriptions().isEmpty());
    }
}
