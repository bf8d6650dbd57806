package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Corrections;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.testing.SampleProject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A project's settings (its data files, author files, {@code sources.yml}, {@code corrections.yml}) that are broken
 * fail the build at once, naming the file and the line, before any article is read and before anything is written
 * or removed: the briefs, the author files and the site stay as they were. Each test failed on the code before:
 * a broken pattern skipped every article and removed every brief, a stopword file in Windows-1252 removed every brief
 * and then failed with "Input length = 2", YAML nested 20,000 deep overflowed the stack.
 */
class SettingsTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample");
    }

    /** A copy of the sample project in {@code dir}, built once. */
    private static Path built(Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        new Dossier(config(project), m -> { }).build();
        return project;
    }

    /** Every file of the project but the raw files and the cache: what a failed build must leave as it was. */
    private static Map<String, String> outputs(Path project) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>(DossierTest.digests(project.resolve("content")));
        out.keySet().removeIf(k -> k.startsWith("raw"));
        DossierTest.digests(project.resolve("site")).forEach((k, v) -> out.put("site/" + k, v));
        return out;
    }

    /** Builds {@code project}, which must fail with one message at once (from the engine or as it is made). */
    private static String failure(Path project, List<String> log) {
        Exception e = assertThrows(Exception.class, () -> new Dossier(config(project), log::add).build());
        assertTrue(e instanceof DossierException || e instanceof IllegalArgumentException, e.toString());
        return e.getMessage();
    }

    private static void assertBlames(String message, String where, String what) {
        assertTrue(message.contains(where), message);
        assertTrue(message.contains(what), message);
        assertFalse(message.contains("bug") || message.contains("Input length") || message.contains("Exception"),
                message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "lexicon.yml => patterns: {html-unlikely: ['(']} => lexicon.yml:1 => '('",
        "lexicon.yml => patterns:|  html-unlikely:|    - sidebar|    - 'comment[s'| => lexicon.yml:4 => 'comment[s'",
        "lexicon.yml => patterns:|  html-byline:|    - '\\Qbyline'| => lexicon.yml:3 => '\\Qbyline'",
        "lexicon.yml => patterns:|  html-unlikely:|    - '(?<x>a)'|    - '(?<x>b)'| => lexicon.yml:3 => together",
        "boilerplate.yml => remove:|  mine:|    - 'Advertisement'|    - '[Sponsored'| => boilerplate.yml:4 => '[Sponsored'",
    })
    void aBrokenPatternFailsTheBuildAtOnceWithItsFileAndLine(String file, String text, String where, String what,
            @TempDir Path dir) throws Exception {
        Path project = built(dir);
        Files.writeString(project.resolve("content").resolve(file), text.replace('|', '\n'));
        Map<String, String> before = outputs(project);
        List<String> log = new ArrayList<>();
        assertBlames(failure(project, log), where, what);
        assertEquals(List.of(), log, "no article was read");
        assertEquals(before, outputs(project));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stopwords-en.txt", "stopwords-xx.txt", "lexicon.yml", "given-names.txt", "themes.yml",
        "countries.tsv", "people.yml", "authors/jose-marti.yml", "sources.yml", "corrections.yml"})
    void aSettingsFileNotInUtf8FailsWithItsFileLineAndByte(String file, @TempDir Path dir) throws Exception {
        Path project = built(dir);
        Files.write(project.resolve("content").resolve(file),
                "# settings\n# caf\u00e9, \u201cquoted\u201d\n".getBytes(Charset.forName("windows-1252")));
        Map<String, String> before = outputs(project);
        assertBlames(failure(project, new ArrayList<>()), file + ":2", "0xE9");
        assertEquals(before, outputs(project));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexicon.yml", "themes.yml", "people.yml", "boilerplate.yml", "authors/deep.yml",
        "sources.yml", "corrections.yml"})
    void yamlNestedTwentyThousandDeepFailsWithItsFileLineAndTheLimit(String file, @TempDir Path dir) throws Exception {
        Path project = built(dir);
        Files.writeString(project.resolve("content").resolve(file),
                "# deep\nkey: " + "[".repeat(20_000) + "a" + "]".repeat(20_000) + "\n");
        Map<String, String> before = outputs(project);
        assertBlames(failure(project, new ArrayList<>()), file + ":2", "deeper than 100");
        assertEquals(before, outputs(project));
    }

    /** 100,000 words in one list took 59 s (each checked against those before it); now well under a second. */
    @Test
    void aListOfAHundredThousandWordsIsReadAtOnceEachWordOnce(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("words:\n  honorifics:\n");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            words.add("Word" + i);
            yaml.append("    - Word").append(i).append('\n');
        }
        yaml.append("    - Word7\n    - ' Word8 '\n");
        Files.writeString(dir.resolve("lexicon.yml"), yaml);
        long t = System.nanoTime();
        Lexicon lexicon = Lexicon.load(dir);
        long millis = (System.nanoTime() - t) / 1_000_000;
        List<String> honorifics = lexicon.words(Lexicon.HONORIFICS);
        assertEquals(honorifics.size(), new LinkedHashSet<>(honorifics).size(), "each word once");
        assertEquals(words, honorifics.subList(honorifics.size() - words.size(), honorifics.size()),
                "in the order listed, after the shipped words");
        // Generous: a shared machine is slow, and the quadratic read took a minute.
        assertTrue(millis < 15_000, millis + " ms");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "a quote => https://example.com/a\"b => '\"'",
        "a control character => \"https://example.com/a\\x07b\" => U+0007",
    })
    void aSourcesUrlThatIsNoAddressFailsWithItsLine(String name, String url, String what, @TempDir Path dir)
            throws Exception {
        Path project = built(dir);
        Path sources = project.resolve("content/sources.yml");
        Files.writeString(sources, Files.readString(sources) + "my-own.txt:\n  url: " + url + "\n");
        int line = (int) Files.readString(sources).lines().count() - 1;
        Map<String, String> before = outputs(project);
        String message = failure(project, new ArrayList<>());
        assertTrue(message.contains("sources.yml:" + line), message);
        assertTrue(message.contains(what), message);
        assertEquals(before, outputs(project));
    }

    @Test
    void aSourcesEntryNamingNoRawFileIsAWarningWithItsLine(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Path sources = project.resolve("content/sources.yml");
        Files.writeString(sources, Files.readString(sources) + "no-such-file.txt:\n  url: https://example.com/a\n");
        int line = (int) Files.readString(sources).lines().count() - 1;
        BuildReport report = new Dossier(config(project), m -> { }).build();
        assertEquals(List.of(sources + ":" + line + ": 'no-such-file.txt' names no raw file; its url and accessed are "
                + "not used"), report.warnings());
    }

    /**
     * A cleaner that cannot be built fails the build once, naming its cause, and nothing is written: not a warning
     * for each article, each skipped, and every brief removed.
     */
    @Test
    void aStageThatCannotBeBuiltFailsTheBuildOnceAndWritesNothing(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Map<String, String> before = outputs(project);
        DossierConfig config = config(project);
        List<String> log = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        Lazy<Cleaner> broken = Lazy.of(() -> {
            tries.incrementAndGet();
            throw new IllegalArgumentException("content/x.yml:3: broken");
        });
        BriefsPhase phase = new BriefsPhase(config, BuildLog.lines(log::add), new Progress(BuildLog.lines(log::add)), broken,
                Lazy.of(() -> MetadataExtractor.builder().knowledge(Knowledge.shipped()).build()),
                new BuildCache(null, config.dataDirectory()), false);
        DossierException e = assertThrows(DossierException.class, () -> phase.run(Corrections.read(null)));
        assertTrue(e.getMessage().contains("content/x.yml:3: broken"), e.getMessage());
        assertTrue(log.stream().noneMatch(l -> l.contains("broken")), log.toString());
        assertEquals(before, outputs(project));
    }

    /** A state or cache file replaced by a folder is no state: the build succeeds, as a cold build would. */
    @Test
    void aStateFileReplacedByAFolderIsAColdBuild(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Path cache = config(project).cacheDirectory();
        List<Path> states;
        try (Stream<Path> files = Files.walk(cache)) {
            states = files.filter(Files::isRegularFile).toList();
        }
        assertFalse(states.isEmpty());
        for (Path state : states) {
            Files.delete(state);
            Files.createDirectories(state.resolve("in-the-way"));
        }
        Files.writeString(project.resolve("content/raw/new.txt"), "A new article\n\n" + ("Russia and China agreed to "
                + "expand shipping along the Northern Sea Route, officials said on Monday.\n\n").repeat(4),
                StandardCharsets.UTF_8);
        BuildReport report = new Dossier(config(project), m -> { }).build();
        assertEquals(List.of(), report.warnings());
        assertTrue(DossierTest.digests(project.resolve("site")).size() > site.size());
    }
}
