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
        "Sino-Russian ties worry Washington => CN RU US",
        "the Kremlin and the White House => RU US",
        "Russo-Japanese War veterans met in Tokyo => JP RU",
        "Indo-Chinese tensions => CN IN",
        "Chinese and Russians => CN RU",
        "U.S. officials in New Delhi => IN US",
        "Kyiv and Taipei => TW UA",
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
