package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.raw.RawReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden expectations for the five sample articles in {@code content/raw}: where each body starts and ends, what
 * boilerplate must not survive, and the metadata a reader would write down.
 */
class SampleCorpusTest {

    static final Path RAW = Path.of(System.getProperty("dossier.project", ".")).resolve("content/raw");
    static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    static final Cleaner CLEANER = Cleaner.builder().knowledge(EXTRACTOR.knowledge()).build();

    /** Boilerplate seen in scrapes; none of it may reach a body. */
    static final List<String> NEVER_IN_BODY = List.of("Advertisement", "Click to resize", "free article", "Subscribe",
            "Sign in", "[ad_", "Source link", "Photo:", "Illustration:", "Read more", "?? ", "Newspapers in English",
            "SCMP APP", "05F05E67", "Welcome to", "Published:", "Updated:", "is an expert at", "The writer is",
            "The author is", "Sunday, July 21, 2024", "golden age’ of relations");

    record Expected(String file, String title, List<String> authors, Optional<String> publication, String section,
            String firstWords, String lastWords, List<String> headings, List<String> summaryStarts) {
    }

    static Stream<Expected> samples() {
        return Stream.of(
                new Expected("000_c5c357d6ed771a28.txt",
                        "How bad faith is undermining efforts to repair relations between the US, China and Russia",
                        List.of("Danil Bochkov"), Optional.of("South China Morning Post"), "US-China relations",
                        "There has been much geopolitical turbulence", "a joint anti-Nato front.", List.of(),
                        List.of("The US has made moves", "Such efforts are doomed")),
                new Expected("001_8c61eab635a33c70.txt", "How Western pressure is pushing China and Russia ever closer",
                        List.of("Danil Bochkov"), Optional.empty(), "Opinion",
                        "No sooner had the video conference", "target China and Russia as enemies.", List.of(),
                        List.of("Beijing and Moscow have intensified", "This comes amid increasing rhetoric")),
                new Expected("002_97dff720050e16ab.txt",
                        "Sino-Russian relations are largely motivated by anti-Americanism – but that alone will only advance ties so far.",
                        List.of("Natasha Kuhrt", "Marcin Kaczmarski"), Optional.empty(), "Flashpoints",
                        "With a new U.S. president in the White House", "will only progress so far.", List.of(),
                        List.of("Sino-Russian relations are largely motivated")),
                new Expected("003_0c49961f96213048.txt",
                        "Prospects of China-Russia strategic cooperation in light of US-China competition",
                        List.of(), Optional.of("Global Village Space"), null,
                        "They say that the enemy of your enemy", "will continue to thrive and pressure the US.",
                        List.of("China and Russia’s improved ties"), List.of()),
                new Expected("004_48a37671b9fd4298.txt", "China, Russia have to forge closer ties",
                        List.of("Dmitri Trenin"), Optional.of("China Daily"), null,
                        "Russian Foreign Minister Sergei Lavrov’s visit", "success without a fight.", List.of(),
                        List.of()));
    }

    private static CleanArticle clean(String file) throws Exception {
        return CLEANER.clean(RawReader.DEFAULT.read(RAW, RAW.resolve(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void bodyStartsAndEndsWhereTheArticleDoes(Expected e) throws Exception {
        List<Part> body = clean(e.file()).body();
        assertTrue(body.get(0).text().startsWith(e.firstWords()), body.get(0).text());
        assertTrue(body.get(body.size() - 1).text().endsWith(e.lastWords()), body.get(body.size() - 1).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noBoilerplateSurvivesAndNoParagraphAppearsTwice(Expected e) throws Exception {
        CleanArticle a = clean(e.file());
        for (Part p : a.body()) {
            for (String junk : NEVER_IN_BODY) {
                assertFalse(p.text().contains(junk), e.file() + " keeps '" + junk + "' in: " + p.text());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Part p : a.body()) {
            assertTrue(seen.add(p.text()), "twice: " + p.text());
            for (Part q : a.body()) {
                assertTrue(p == q || !q.text().contains(p.text()), "printed inside another paragraph: " + p.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void subheadingsAreHeadings(Expected e) throws Exception {
        List<String> headings = clean(e.file()).body().stream()
                .filter(p -> p.type() == PartType.HEADING).map(Part::text).toList();
        assertEquals(e.headings(), headings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void metadataIsWhatAReaderWouldWriteDown(Expected e) throws Exception {
        Metadata m = EXTRACTOR.extract(clean(e.file()));
        assertEquals(e.title(), m.title());
        assertEquals(e.authors(), m.authors().stream().map(Author::name).toList());
        assertEquals(e.publication(), m.publication());
        assertEquals(Optional.ofNullable(e.section()), m.section());
        assertEquals(Optional.empty(), m.published(), "no sample states its date");
        // Every sample is about the triangle: China and Russia lead, beside the United States.
        assertEquals(List.of("China", "Russia"), m.countries().stream().limit(3).map(c -> c.country().name())
                .filter(n -> !n.equals("United States")).sorted().toList());
        for (int i = 0; i < e.summaryStarts().size(); i++) {
            assertTrue(m.summary().get(i).startsWith(e.summaryStarts().get(i)), m.summary().toString());
        }
        assertTrue(m.summary().size() >= 1 && m.summary().size() <= 3);
    }
}
