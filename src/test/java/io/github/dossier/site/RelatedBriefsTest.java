package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedBriefsTest {

    private static final Set<String> STOPWORDS = Set.of("the", "and", "of", "to", "a", "in");

    private static Brief brief(String slug, List<String> authors, List<String> themes, List<String> countries, String body) {
        return Brief.builder(slug, slug, slug + ".txt").authors(authors).themes(themes).countries(countries)
                .countryMentions(countries.isEmpty() ? Map.of() : Map.of(countries.get(0), 5)).body(body).build();
    }

    @Test
    void relatedBriefsShareNamesOrWordsAndSayWhich() {
        Brief gas = brief("gas", List.of("Jane Doe"), List.of("Energy"), List.of("Russia"),
                "Russia sells gas to Germany through the Nord Stream pipelines across the Baltic.");
        Brief pipes = brief("pipes", List.of("Jane Doe"), List.of("Energy"), List.of("Germany"),
                "Germany buys gas from Russia through pipelines under the Baltic Sea, Nord Stream above all.");
        Brief pasta = brief("pasta", List.of("Ann Cook"), List.of(), List.of(),
                "Boil the pasta in salted water and serve it with butter and cheese.");
        RelatedBriefs related = new RelatedBriefs(List.of(gas, pipes, pasta), STOPWORDS);
        List<RelatedBriefs.Related> ofGas = related.of(gas);
        assertEquals(List.of(pipes), ofGas.stream().map(RelatedBriefs.Related::brief).toList());
        assertTrue(ofGas.get(0).shares().containsAll(List.of("Jane Doe", "Energy")), ofGas.get(0).shares().toString());
        assertEquals(List.of(), related.of(pasta), "nothing in common, nothing related");
    }

    @Test
    void theSameBriefsGiveTheSameOrderEveryTime() {
        List<Brief> briefs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            briefs.add(brief("b" + i, List.of("Jane Doe"), List.of("Energy"), List.of("Russia"),
                    "Russia and gas pipelines, part " + (i % 3) + "."));
        }
        List<String> first = new RelatedBriefs(briefs, STOPWORDS).of(briefs.get(0)).stream().map(r -> r.brief().slug()).toList();
        for (int run = 0; run < 5; run++) {
            assertEquals(first, new RelatedBriefs(briefs, STOPWORDS).of(briefs.get(0)).stream().map(r -> r.brief().slug()).toList());
        }
        assertEquals(5, first.size(), "at most five");
    }
}
