package io.github.dossier.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.Corrections;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.raw.RawDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The review queue on a small corpus with one of each doubt in it: each is listed, most doubtful first, and every fix
 * that is a corrections line reads as one and, applied, makes its item go away.
 */
class ReviewTest {

    private static final String ENGLISH = "The government said on Monday that it would review the plan after months of "
            + "talks with the unions, and ministers expect a decision before the summer recess begins in July. ";

    private final Map<String, String> pages = new HashMap<>();

    private static Brief.Builder brief(String slug, String title) {
        return Brief.builder(slug, title, slug + ".html").language(Optional.of("en"))
                .url(Optional.of("https://news.example.org/" + slug)).body(ENGLISH.repeat(4)).words(120);
    }

    private List<Brief> corpus() {
        List<Brief> briefs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            briefs.add(brief("wire-" + i, "Markets rally as talks resume, day " + i).authors(List.of("Will Knight"))
                    .publication(Optional.of("Financial Post")).published(Optional.of(LocalDate.of(2020, i, 10)))
                    .build());
        }
        briefs.add(brief("odd-date", "Rail strike called off").authors(List.of("Will Knigh"))
                .publication(Optional.of("financialpost")).published(Optional.of(LocalDate.of(1907, 10, 16))).build());
        pages.put("odd-date", "<html lang=\"en\"><head><meta property=\"og:url\" "
                + "content=\"https://news.example.org/2019/10/16/rail-strike\"></head><body><p>x</p></body></html>");
        briefs.add(Brief.builder("reform", "Regierung plant Reform", "reform.html").language(Optional.of("de"))
                .authors(List.of("Redaktion")).publication(Optional.of("Der Standard"))
                .published(Optional.of(LocalDate.of(2020, 3, 1))).url(Optional.of("https://standard.example/reform"))
                .body(("Die Regierung in Deutschland plant eine Reform der Rente, sagte der Minister am Montag in Berlin. "
                        + "Die Opposition in Deutschland kritisiert den Plan als zu spät und zu klein. ").repeat(3))
                .words(60).build());
        briefs.add(Brief.builder("kurier", "Neue Regeln für Mieter", "kurier.html").language(Optional.of("de"))
                .authors(List.of("Redaktion")).publication(Optional.of("Kurier"))
                .published(Optional.of(LocalDate.of(2020, 4, 1))).url(Optional.of("https://kurier.example/mieter"))
                .body("Für Mieter gelten ab dem Sommer neue Regeln, wie die Regierung am Dienstag mitteilte. ".repeat(3))
                .words(40).build());
        briefs.add(brief("paywall", "Housing costs climb again").authors(List.of("Jane Doe"))
                .publication(Optional.of("The Province")).published(Optional.of(LocalDate.of(2020, 5, 2)))
                .summary(List.of("Unlimited online access to The Province. Subscribe now.", "Rents rose by a third."))
                .body(ENGLISH + "\n\nRents rose by a third.\n\nPhoto: Getty Images\n\n" + ENGLISH + "\n\n"
                        + "A sentence that the page said twice, word for word, by mistake.\n\n"
                        + "A sentence that the page said twice, word for word, by mistake.")
                .build());
        briefs.add(brief("india", "Monsoon arrives early").authors(List.of("Jane Doe"))
                .publication(Optional.of("The Province")).published(Optional.of(LocalDate.of(2020, 6, 2)))
                .countries(List.of("India")).countryMentions(Map.of("India", 1))
                .body(ENGLISH + "The rains came early this year, the Times of India reported on Sunday.").build());
        briefs.add(brief("short", "A long report, cut").authors(List.of("Jane Doe"))
                .publication(Optional.of("The Province")).published(Optional.of(LocalDate.of(2020, 7, 2)))
                .body("Only the first lines of the report were kept.").words(9).build());
        pages.put("short", "<html lang=\"en\"><body><article>" + ("<p>" + ENGLISH + "</p>").repeat(12)
                + "<table><tr><td>Quarter one</td><td>Growth rate</td></tr><tr><td>Quarter two</td><td>12 %</td></tr>"
                + "<tr><td>Quarter three</td><td>14 %</td></tr></table></article></body></html>");
        return briefs;
    }

    private Review.Report review(List<Brief> briefs) {
        return Review.of(Knowledge.shipped()).run(briefs, b -> Optional.ofNullable(pages.get(b.slug()))
                .map(html -> new RawDocument(b.source(), RawDocument.Format.HTML, html)),
                List.of("lost.html: no article text found; skipped"));
    }

    private static List<Item> of(Review.Report r, Item.Check check) {
        return r.items().stream().filter(i -> i.check() == check).toList();
    }

    @Test
    void listsEachDoubtMostDoubtfulFirst() {
        Review.Report r = review(corpus());
        for (int i = 1; i < r.items().size(); i++) {
            assertTrue(r.items().get(i - 1).doubt() >= r.items().get(i).doubt(), "most doubtful first");
        }
        Item date = of(r, Item.Check.DATE_IMPLAUSIBLE).get(0);
        assertEquals("odd-date", date.slug());
        assertTrue(date.problem().contains("1907-10-16") && date.problem().contains("2019-10-16"), date.problem());
        assertEquals("briefs: {\"odd-date.html\": {published: 2019-10-16}}", date.fix(), "by raw file: a new title "
                + "would give the brief another slug");

        Item desk = of(r, Item.Check.AUTHOR_LABEL).stream().filter(i -> i.title().equals("Redaktion")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("by-publication: {\"Der Standard\": {authors: {rename: {\"Redaktion\": \"Der Standard\"}}}}",
                "by-publication: {\"Kurier\": {authors: {rename: {\"Redaktion\": \"Kurier\"}}}}"),
                Set.of(desk.fix().split("\n")), "one desk per publication, not one author for all");
        assertEquals(List.of("kurier", "reform"), desk.briefs());

        List<String> clusters = of(r, Item.Check.CLUSTER).stream().map(Item::fix).toList();
        assertTrue(clusters.contains("authors: {rename: {\"Will Knigh\": \"Will Knight\"}}"), clusters.toString());
        assertTrue(clusters.contains("publications: {rename: {\"financialpost\": \"Financial Post\"}}"),
                clusters.toString());
        assertTrue(of(r, Item.Check.PUBLICATION_HANDLE).stream().anyMatch(i -> i.title().equals("financialpost")));

        Item summary = of(r, Item.Check.SUMMARY_BOILERPLATE).get(0);
        assertEquals("paywall", summary.slug());
        assertEquals("briefs: {\"paywall.html\": {summary: [\"Rents rose by a third.\"]}}", summary.fix());
        Item leftover = of(r, Item.Check.BODY_LEFTOVER).stream().filter(i -> i.slug().equals("paywall")).findFirst()
                .orElseThrow();
        assertTrue(leftover.problem().contains("Photo: Getty Images") && leftover.problem().contains("said 2 times"),
                leftover.problem());

        assertTrue(of(r, Item.Check.COUNTRY_DOUBTFUL).stream().anyMatch(i -> i.slug().equals("india")
                && i.problem().contains("Times of India")), "India only in a newspaper's name");
        assertTrue(of(r, Item.Check.COUNTRY_MISSING).stream().anyMatch(i -> i.slug().equals("reform")
                && i.problem().contains("Deutschland") && i.fix().contains("\"Germany\"")), "German names, CLDR's");
        assertTrue(of(r, Item.Check.BODY_SHORT).stream().anyMatch(i -> i.slug().equals("short")));
        assertTrue(of(r, Item.Check.BODY_GAP).stream().anyMatch(i -> i.slug().equals("short")
                && i.problem().contains("Quarter one")), "the page's table");
        assertEquals("lost.html", of(r, Item.Check.NO_BRIEF).get(0).title());
        assertTrue(of(r, Item.Check.MISSING_AUTHOR).isEmpty(), "every brief has an author");
    }

    @Test
    void everyCorrectionsLineReadsAndAppliedIsNotSuggestedAgain() throws Exception {
        List<Brief> briefs = corpus();
        Review.Report first = review(briefs);
        Set<String> applied = new LinkedHashSet<>();
        for (Item i : first.items()) {
            for (String line : i.fix().split("\n")) {
                if (!line.startsWith("edit ") && !line.startsWith("check ") && !line.contains("…")
                        && !line.contains("YYYY-MM-DD") && !line.contains("Name of the")) {
                    applied.add(line);
                    Corrections.parse(Path.of("corrections.yml"), line + "\n"); // each reads on its own
                }
            }
        }
        assertTrue(applied.size() >= 8, applied.toString());
        // Only one fix per brief and field, as a researcher takes one (two summaries for one brief would clash).
        Map<String, String> byTarget = new HashMap<>();
        for (String line : applied) {
            byTarget.putIfAbsent(line.startsWith("briefs:") ? line.substring(0, line.indexOf(": ", 10) + 2)
                    + line.replaceFirst(".*\\{([a-z]+): .*", "$1") : line, line);
        }
        String file = String.join("\n", byTarget.values()) + "\n";
        Corrections corrections = Corrections.parse(Path.of("corrections.yml"), file);
        Corrections.Use use = corrections.use();
        List<Brief> corrected = briefs.stream().map(use::apply).toList();
        Review.Report second = review(corrected);
        Set<String> again = second.items().stream().flatMap(i -> List.of(i.fix().split("\n")).stream())
                .filter(byTarget.values()::contains).collect(Collectors.toSet());
        assertEquals(Set.of(), again, "a fix once applied is not suggested again");
        assertTrue(second.items().size() < first.items().size());
        assertFalse(second.items().stream().anyMatch(i -> i.check() == Item.Check.CLUSTER), "the clusters merged");
    }
}
