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
    void broadNamesSharedRelateNothingWhoseBodiesAreApart() {
        Brief colonial = brief("colonial", List.of("Ann Cook"), List.of("Economy", "History"), List.of("Germany"),
                "Germany's colonial past in Namibia: the genocide of the Herero, reparations and a museum's restitution.");
        Brief multiplier = brief("multiplier", List.of("Bob Lee"), List.of("Economy", "History"), List.of("Germany"),
                "The Keynes–Hicks multiplier: fiscal spending, liquidity preference and interest rates explained.");
        Brief museum = brief("museum", List.of("Cy Dee"), List.of("Culture"), List.of("Namibia"),
                "A museum returns Herero remains to Namibia; restitution talks on the genocide and reparations go on.");
        RelatedBriefs related = new RelatedBriefs(List.of(colonial, multiplier, museum), STOPWORDS);
        assertEquals(List.of(museum), related.of(colonial).stream().map(RelatedBriefs.Related::brief).toList(),
                "two themes and a country shared are no relation; the same story told is");
        assertEquals(List.of(), related.of(multiplier));
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

    /** Lists as slugs, scores and shares, to compare two computations. */
    private static List<String> lists(RelatedBriefs related, List<Brief> briefs) {
        return briefs.stream().map(b -> b.slug() + " → " + related.of(b).stream()
                .map(r -> r.brief().slug() + "@" + r.score() + r.shares()).toList()).toList();
    }

    @Test
    void anUpdateFromThePreviousStateIsWhatComputingEverythingGives(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.util.Random random = new java.util.Random(7);
        List<String> vocabulary = new java.util.ArrayList<>();
        for (int i = 0; i < 900; i++) {
            vocabulary.add("word" + Integer.toString(i, 36) + "x");
        }
        java.util.function.Supplier<String> word = () -> vocabulary.get(
                (int) Math.min(vocabulary.size() - 1, Math.abs(random.nextGaussian()) * 150));
        java.util.function.IntFunction<Brief> make = i -> {
            StringBuilder body = new StringBuilder();
            for (int w = 20 + random.nextInt(60); w > 0; w--) {
                body.append(word.get()).append(' ');
            }
            List<String> countries = List.of("C" + random.nextInt(12));
            return Brief.builder("b" + i, "Brief " + i, "b" + i + ".txt")
                    .authors(List.of("Author " + random.nextInt(60)))
                    .themes(random.nextBoolean() ? List.of("T" + random.nextInt(6)) : List.of("T" + random.nextInt(6), "T6"))
                    .countries(countries).countryMentions(Map.of(countries.get(0), 1 + random.nextInt(4)))
                    .people(random.nextInt(3) == 0 ? List.of("P" + random.nextInt(80)) : List.of())
                    .body(body.toString()).build();
        };
        List<Brief> briefs = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            briefs.add(make.apply(i));
        }
        RelatedBriefs previous = new RelatedBriefs(briefs, STOPWORDS);
        java.nio.file.Path file = dir.resolve("related");
        int partial = 0;
        int bodyOnly = 0;
        for (int round = 0; round < 40; round++) {
            int edited = random.nextInt(briefs.size());
            Brief b = briefs.get(edited);
            Brief.Builder changed = b.toBuilder();
            switch (round % 4) {
                case 0 -> changed.body(b.body() + " " + word.get() + " newword" + round);
                case 1 -> changed.body(b.body().replaceFirst("word\\w+", word.get()));
                case 2 -> changed.authors(List.of("Author " + random.nextInt(60)));
                default -> changed.body(make.apply(edited).body()).people(List.of("P" + random.nextInt(80)));
            }
            briefs.set(edited, changed.build());
            previous.state().write(file);
            RelatedBriefs updated = RelatedBriefs.update(briefs, STOPWORDS, RelatedBriefs.State.read(file));
            assertEquals(lists(new RelatedBriefs(briefs, STOPWORDS), briefs), lists(updated, briefs), "round " + round);
            // A word added, a word replaced, an author changed: a fraction of the lists is computed again.
            partial += round % 4 != 3 && updated.computed() < briefs.size() / 2 ? 1 : 0;
            // A body edit that keeps the brief's keys computes again its list and the lists that scored it.
            bodyOnly += round % 4 < 2 && updated.computed() < briefs.size() / 4 ? 1 : 0;
            previous = updated;
        }
        assertTrue(partial >= 27, "a small edit computes again only the lists it can change: " + partial + " of 30 rounds");
        assertTrue(bodyOnly >= 16, "a body edit computes again fewer than a quarter of the lists: " + bodyOnly
                + " of 20 rounds");
    }

    @Test
    void anEditThatLeavesEveryCountedWordAsItWasComputesNothingAgain() {
        List<Brief> briefs = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            briefs.add(brief("b" + i, List.of("Author " + i % 7), List.of("Energy"), List.of("Russia"),
                    "Russia and gas pipelines, part " + (i % 5) + " of the series, word" + i % 11 + "."));
        }
        RelatedBriefs first = new RelatedBriefs(briefs, STOPWORDS);
        briefs.set(3, briefs.get(3).toBuilder().body(briefs.get(3).body() + " And the.").build());
        RelatedBriefs updated = RelatedBriefs.update(briefs, STOPWORDS, java.util.Optional.of(first.state()));
        assertEquals(0, updated.computed(), "stopwords added: no vector, no list changes");
        assertEquals(lists(new RelatedBriefs(briefs, STOPWORDS), briefs), lists(updated, briefs));
    }

    @Test
    void aStateOfOtherBriefsIsNotUsed() {
        List<Brief> briefs = List.of(brief("a", List.of("Jane Doe"), List.of("Energy"), List.of(), "gas pipelines"),
                brief("b", List.of("Jane Doe"), List.of("Energy"), List.of(), "gas pipelines again"));
        RelatedBriefs first = new RelatedBriefs(briefs, STOPWORDS);
        List<Brief> others = List.of(briefs.get(0), brief("c", List.of("Jane Doe"), List.of("Energy"), List.of(), "gas"));
        RelatedBriefs updated = RelatedBriefs.update(others, STOPWORDS, java.util.Optional.of(first.state()));
        assertEquals(2, updated.computed(), "another set of briefs: everything computed");
        assertEquals(lists(new RelatedBriefs(others, STOPWORDS), others), lists(updated, others));
    }
}
