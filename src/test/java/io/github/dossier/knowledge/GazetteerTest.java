package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Sino-Russian ties worry Washington => CN RU",
        "the Kremlin and the White House => RU US",
        "Russo-Japanese War veterans met in Tokyo => JP RU",
        "Indo-Chinese tensions => CN IN",
        "Chinese and Russians => CN RU",
        "U.S. officials in New Delhi and India => IN US",
        "Kyiv and Taipei for Ukraine and Taiwan => TW UA",
    })
    void findsNamesDemonymsCapitalsAndPrefixes(String text, String codes) {
        assertEquals(List.of(codes.split(" ")), gazetteer.mentions(text).keySet().stream().sorted().toList());
    }

    @Test
    void namesSeatsAndDemonymsGoInTheFilesOrder() {
        // In countries.tsv's order, on every run (what the review tells first of a country is its first form).
        assertEquals(List.of("United States", "United States of America", "USA"),
                gazetteer.names().keySet().stream().limit(3).toList());
        assertEquals(List.of("Washington", "White House", "Pentagon", "Capitol Hill", "State Department", "Beijing"),
                gazetteer.seats().keySet().stream().limit(6).toList());
        assertEquals(List.of("American", "Americans", "Chinese"), gazetteer.demonyms().keySet().stream().limit(3).toList());
        assertEquals("United States", gazetteer.seats().get("Pentagon"));
        assertTrue(gazetteer.names().containsKey("Kremlin") && !gazetteer.names().containsKey("Russian"),
                "a seat is one of a country's names, a demonym is not");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "tensions in the South China Sea => ''",
        "an editorial in China Daily => ''",
        "a free and open Indo-Pacific => ''",
        "let us talk about it => ''",
        "protests in Hong Kong => HK",
        "Jordan Peterson spoke in Georgia => ''",
        "roast turkey and Turkey => ''",
    })
    void avoidsTheTraps(String text, String codes) {
        List<String> expected = codes.isEmpty() ? List.of() : List.of(codes.split(" "));
        assertEquals(expected, gazetteer.mentions(text).keySet().stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "flights via Moscow and Paris => ''",
        "Moscow said so; Russia denies it => RU",
        "Downing Street said so => GB",
        "the Atlanta, Georgia office => ''",
        "an American Airlines flight => ''",
        "Russian President Vladimir Putin => RU",
        "Russia Today aired it => ''",
        "the U.S. Senate voted => US",
        "the Belarus-Poland border => BY PL",
    })
    void aCapitalNamesItsStateOnlyBesideAnotherNameAndASeatAlone(String text, String codes) {
        List<String> expected = codes.isEmpty() ? List.of() : List.of(codes.split(" "));
        assertEquals(expected, gazetteer.mentions(text).keySet().stream().sorted().toList());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiterString = " => ", value = {
        "Deutschland und Frankreich => de => DE FR",
        "Die Schweiz und Österreich => de => AT CH",
        "Russlands Krieg; die deutschen Waffen => de => DE RU",
        "…dla Chin i Rosji => pl => CN RU",
        "Россия и Китай; в России => ru => CN RU",
        "l'Allemagne et les États-Unis => fr => DE US",
        "las relaciones entre Rusia y EE. UU. => es => RU US",
        "Island und Grönland => de => GL IS",
        "a volcanic island => en => ''",
        "Island und Grönland => en => ''",
        "Die Deutsche Bank in Frankfurt => de => ''",
        "die Längsdurchquerung Grönlands => de => GL",
        "in Kolumbien und Costa Rica Surfen => de => CO CR",
        "Sieger der Nigerian Open => de => ''",
        "el diario español El País => es => ES",
        "la diseñadora Ronchi De Cuba => es => ''",
        "la Embajada de Alemania => es => ''",
        "votará por Francia Márquez => es => ''",
        "l'AG Île-de-France => fr => ''",
        "Fernando \"El Chino\" Navarro => es => ''",
        "Chino y ruso. Chino es => es => CN RU",
    })
    void readsATextWithTheNamesOfItsLanguage(String text, String language, String codes) {
        List<String> expected = codes.isEmpty() ? List.of() : List.of(codes.split(" "));
        assertEquals(expected, gazetteer.mentions(text, language).keySet().stream().sorted().toList());
    }

    @Test
    void aNameThatIsAlsoACommonWordOfItsLanguageNeedsAnother() {
        // Danish, which Dossier ships no country file for: CLDR's name alone.
        Gazetteer g = Gazetteer.load(null, new Gazetteer.Words(
                (word, language) -> word.equals("island") && language.equals("da"), java.util.Set.of("de"), java.util.Set.of()));
        assertEquals(List.of(), List.copyOf(g.mentions("Island i storm", "da").keySet()));
        assertEquals(List.of("GL"), List.copyOf(g.mentions("Island og Grønland", "da").keySet()));
        assertEquals(List.of("IS"), List.copyOf(g.mentions("Island i storm; flyet landede i Reykjavik", "da").keySet()),
                "two weak names of one country tell it together");
    }

    @Test
    void aProjectAddsToALanguagesNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("countries-de.tsv"), "DE\t\tTeutonia{,s}\n");
        Gazetteer g = Gazetteer.load(dir, Gazetteer.Words.plain());
        assertEquals(List.of("DE"), List.copyOf(g.mentions("Teutonias Wälder", "de").keySet()));
        assertEquals(List.of(), List.copyOf(g.mentions("Teutonias Wälder", "fr").keySet()));
        java.nio.file.Files.writeString(dir.resolve("countries-de.tsv"), "DE\t\tTeutonia{,s\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(dir, Gazetteer.Words.plain()));
        assertTrue(e.getMessage().contains("countries-de.tsv:1"), e.getMessage());
        java.nio.file.Files.writeString(dir.resolve("countries-de.tsv"), "*\ts\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(dir, Gazetteer.Words.plain()));
        assertTrue(e.getMessage().contains("countries-de.tsv:1") && e.getMessage().contains("brace"), e.getMessage());
        java.nio.file.Files.delete(dir.resolve("countries-de.tsv"));
        java.nio.file.Files.writeString(dir.resolve("countries-en.tsv"), "DE\t\tTeutonia\n");
        assertEquals(List.of("DE"), List.copyOf(Gazetteer.load(dir, Gazetteer.Words.plain())
                .mentions("Teutonia's forests", "en").keySet()), "a project's English file is read for English pages");
        java.nio.file.Files.writeString(dir.resolve("countries-xx.tsv"), "DE\t\tTeutonia\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(dir, Gazetteer.Words.plain()));
        assertTrue(e.getMessage().contains("countries-xx.tsv"), e.getMessage());
    }

    @Test
    void ambiguousNamesCountBesideAnUnambiguousMention() {
        Map<String, Integer> m = gazetteer.mentions("Georgia and Russia fought in 2008; Tbilisi lost.");
        assertEquals(2, m.get("GE"));
    }

    @Test
    void ranksByWeightedMentions() {
        List<CountryMention> ranked = gazetteer.rank("Japan and Korea", "", "China. China. China. Japan.");
        assertEquals("Japan", ranked.get(0).country().name());
        assertEquals(2, ranked.get(0).mentions());
        assertEquals(4.0, ranked.get(0).weight());
        assertEquals("China", ranked.get(1).country().name());
    }

    @Test
    void knowsEveryIsoCountryByItsEnglishName() {
        assertEquals("Burkina Faso", gazetteer.country("BF").orElseThrow().name());
        assertTrue(gazetteer.mentions("a visit to Burkina Faso").containsKey("BF"));
    }
}
