package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.count;
import static io.github.dossier.review.BriefChecks.edit;
import static io.github.dossier.review.BriefChecks.host;
import static io.github.dossier.review.BriefChecks.quoted;
import static io.github.dossier.review.BriefChecks.ref;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.review.BriefChecks.Out;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review's checks of a brief's fields one by one: the fields it lacks (an author, a date, a publication, a
 * summary, the original's address), a date far from the corpus's others or not the page's, authors that are the
 * site's own name or one name split in two, a language not the page's, and a section, tags or quotations that are page
 * furniture. Thread-safe.
 */
final class FieldChecks {

    private final Knowledge knowledge;
    private final Lexicon lexicon;
    private final Set<String> titleLabels;
    private final Set<String> givenNames;
    private final CorpusContext corpus;
    private final Furniture furniture;

    FieldChecks(Knowledge knowledge, CorpusContext corpus, Furniture furniture) {
        this.knowledge = knowledge;
        this.lexicon = knowledge.lexicon();
        this.titleLabels = lexicon.lowerCase(Lexicon.TITLE_LABELS);
        this.givenNames = lexicon.givenNames();
        this.corpus = corpus;
        this.furniture = furniture;
    }

    // ---- fields a brief lacks

    void missing(Brief b, Page page, Out o) {
        if (b.authors().isEmpty()) {
            Optional<String> named = page.metaAuthors().stream().filter(a -> !a.isBlank()).findFirst();
            o.add(Item.Check.MISSING_AUTHOR, "authors", named.isPresent() ? 0.55 : 0.35,
                    "no author" + named.map(a -> "; the page's markup names " + quoted(a)).orElse(""),
                    io.github.dossier.review.Fix.brief(ref(b), "authors", List.of(named.orElse("Name of the author"))));
        }
        if (b.published().isEmpty()) {
            Optional<LocalDate> day = page.dates().stream().sorted().findFirst();
            o.add(Item.Check.MISSING_DATE, "published", day.isPresent() ? 0.55 : 0.3,
                    "no date" + day.map(d -> "; the page states " + d).orElse(""),
                    day.map(d -> Fix.brief(ref(b), "published", d)).orElse(Fix.brief(ref(b), "published", "YYYY-MM-DD")
                            .replace("\"YYYY-MM-DD\"", "YYYY-MM-DD")));
        }
        if (b.publication().isEmpty()) {
            Optional<String> site = page.siteName().or(() -> b.url().or(page::host).map(BriefChecks::host)
                    .map(h -> knowledge.publications().canonical(h)));
            o.add(Item.Check.MISSING_PUBLICATION, "publication", site.isPresent() ? 0.4 : 0.3,
                    "no publication" + site.map(s -> "; the page calls itself " + quoted(s)).orElse(""),
                    Fix.brief(ref(b), "publication", site.orElse("Name of the publication")));
        }
        if (b.summary().isEmpty() && b.words() >= 60) {
            o.add(Item.Check.SUMMARY_BROKEN, "summary", 0.45, "no summary" + page.description()
                    .map(d -> "; the page's own is " + quoted(d)).orElse(""),
                    Fix.brief(ref(b), "summary", List.of(page.description().orElse("…"))));
        }
        if (b.url().isEmpty()) {
            o.add(Item.Check.MISSING_URL, "url", 0.3, "no address of the original article: its citations cannot "
                    + "link it", Fix.brief(ref(b), "url", "https://…"));
        } else if (lexicon.lowerCase(Lexicon.ARCHIVE_HOSTS).stream().anyMatch(h -> host(b.url().get()).endsWith(h))) {
            String original = b.url().get().replaceFirst("(?i)^https?://[^/]+/(web/)?[0-9a-z_*]+/", "");
            o.add(Item.Check.MISSING_URL, "url", 0.4, "the address is an archive's copy, not the original: "
                    + quoted(b.url().get()), Fix.brief(ref(b), "url", original.matches("(?i)https?://.+") ? original
                    : "https://…"));
        }
    }

    // ---- dates

    void date(Brief b, Page page, Out o) {
        if (b.published().isEmpty()) {
            return;
        }
        LocalDate d = b.published().get();
        Optional<Map.Entry<String, Double>> farBy = corpus.farBy(d);
        Optional<String> far = farBy.map(Map.Entry::getKey);
        Optional<LocalDate> stated = page.dates().stream().filter(x -> !x.equals(d))
                .min(java.util.Comparator.comparingLong(x -> Math.abs(ChronoUnit.DAYS.between(x, d))));
        if (far.isPresent()) {
            // The farther outside, the surer: a forum's "16.10.19" read as 1907 is dozens of spreads out, an old post's
            // real 2005 two or three.
            o.add(Item.Check.DATE_IMPLAUSIBLE, "published", 0.55 + Math.min(0.35, 0.05 * farBy.get().getValue()),
                    "published " + d + ", " + far.get()
                    + stated.map(s -> "; the page states " + s).orElse(""),
                    Fix.brief(ref(b), "published", stated.orElse(null)));
            return;
        }
        if (page.modified().contains(d) && page.dates().stream().anyMatch(x -> x.isBefore(d))) {
            LocalDate first = page.dates().stream().filter(x -> x.isBefore(d)).min(LocalDate::compareTo).orElseThrow();
            o.add(Item.Check.DATE_DISAGREES, "published", 0.55, "published " + d + ", the day the page was last "
                    + "changed; the page states " + first + " as its first", Fix.brief(ref(b), "published", first));
            return;
        }
        if (page.dates().size() > 1 && page.dates().contains(d)) {
            Optional<LocalDate> other = page.dates().stream().filter(x -> !x.equals(d)).findFirst();
            long off = Math.abs(ChronoUnit.DAYS.between(other.get(), d));
            if (off <= 3) {
                o.add(Item.Check.DATE_DISAGREES, "published", 0.45, "published " + d + ", but the page also states "
                        + other.get() + (off == 1 ? " (a day apart: a time zone applied?)" : ""),
                        Fix.brief(ref(b), "published", other.get()));
            }
            return;
        }
        if (!page.dates().isEmpty() && !page.dates().contains(d)) {
            long off = Math.abs(ChronoUnit.DAYS.between(stated.get(), d));
            o.add(Item.Check.DATE_DISAGREES, "published", off == 1 ? 0.55 : 0.6, "published " + d + ", but the page "
                    + "states " + stated.get() + (off == 1 ? " (a day apart: a time zone applied?)" : ""),
                    Fix.brief(ref(b), "published", stated.get()));
        }
    }

    // ---- authors that are the site

    void authors(Brief b, Page page, Out o) {
        if (b.authors().size() == 2 && b.authors().stream().allMatch(a -> !a.contains(" ") && a.length() >= 2
                && Character.isUpperCase(a.codePointAt(0)))) {
            String joined = b.authors().get(1) + " " + b.authors().get(0);
            o.add(Item.Check.AUTHOR_LABEL, "authors", 0.45, "two authors of one word each, " + quoted(b.authors().get(0))
                    + " and " + quoted(b.authors().get(1)) + ": one name written “Surname, Given” and split?",
                    Fix.brief(ref(b), "authors", List.of(joined)));
        }
        Set<String> site = new LinkedHashSet<>();
        page.siteName().ifPresent(p -> site.add(Words.nameKey(p)));
        b.url().map(BriefChecks::host).or(page::host)
                .ifPresent(h -> site.add(Words.nameKey(h.replaceFirst("\\.[a-z.]+$", ""))));
        String[] parts = Words.TITLE_SEPARATOR.split(b.title());
        if (parts.length >= 3) {
            // A title of three parts or more: its outer parts are the site's name and a section's.
            site.add(Words.nameKey(parts[0]));
            site.add(Words.nameKey(parts[parts.length - 1]));
        }
        site.removeIf(k -> k.length() < 4);
        for (String a : b.authors()) {
            String k = Words.nameKey(a);
            if (givenNames.contains(k.split(" ")[0])) {
                continue; // a person's name: a site named after its writer ("Wolfgang Michal" on wolfgangmichal.de)
            }
            Optional<String> hit = site.stream().filter(s -> (" " + k + " ").contains(" " + s + " ")
                    || (" " + s + " ").contains(" " + k + " ")).findFirst();
            if (hit.isPresent()) {
                List<String> kept = new ArrayList<>(b.authors());
                kept.remove(a);
                Optional<String> named = page.metaAuthors().stream().filter(m -> !Words.nameKey(m).equals(k)).findFirst();
                named.ifPresent(kept::add);
                o.add(Item.Check.AUTHOR_LABEL, "authors", 0.6, "author " + quoted(a) + " holds the site's own name ("
                        + hit.get() + "), not a writer's", Fix.brief(ref(b), "authors", kept));
            }
        }
    }

    // ---- language

    void language(Brief b, Page page, Out o) {
        String said = Languages.of(lexicon, b.body());
        if (b.language().isEmpty()) {
            Optional<String> guess = page.language().or(() -> Optional.of(said).filter(s -> !s.isEmpty()));
            o.add(Item.Check.LANGUAGE, "language", 0.5, "no language" + guess.map(g -> "; the page is in '" + g + "'")
                    .orElse(""), Fix.brief(ref(b), "language", guess.orElse("xx")));
            return;
        }
        String l = b.language().get();
        if (page.language().isPresent() && !page.language().get().equals(l) && !said.equals(l)) {
            o.add(Item.Check.LANGUAGE, "language", 0.55, "language '" + l + "', but the page declares '"
                    + page.language().get() + "'", Fix.brief(ref(b), "language", page.language().get()));
        } else if (!said.isEmpty() && !said.equals(l) && b.words() >= 80) {
            o.add(Item.Check.LANGUAGE, "language", 0.5, "language '" + l + "', but the body's words are '" + said + "'",
                    Fix.brief(ref(b), "language", said));
        }
    }

    /** Telling a text's language by its stopwords, as extraction does. */
    private static final class Languages {
        static String of(Lexicon lexicon, String text) {
            List<String> words = Words.of(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            return lexicon.languages().detect(words);
        }
    }

    // ---- other fields: a section, tags, quotations that are page furniture

    void furnitureInFields(Brief b, Page page, Out o) {
        List<String> doubts = new ArrayList<>();
        b.section().ifPresent(s -> {
            if (furniture.why(s, false) != null || s.startsWith("»") || b.publication().map(p -> Words.nameKey(p)
                    .equals(Words.nameKey(s))).orElse(false)) {
                doubts.add("section " + quoted(s));
            }
        });
        String host = b.url().map(BriefChecks::host).or(page::host).map(h -> Words.nameKey(h.replaceFirst("\\.[a-z.]+$", "")
                .replaceFirst("^.*\\.", ""))).orElse("");
        String opening = Words.key(b.body().substring(0, Math.min(b.body().length(), 600)));
        int cut = 0;
        for (int i = 0; i < b.tags().size(); i++) {
            String t = b.tags().get(i);
            String k = Words.nameKey(t);
            if (furniture.why(t, false) != null || titleLabels.contains(t.toLowerCase(Locale.ROOT))
                    || lexicon.lowerCase(Lexicon.TAG_LABELS).contains(t.toLowerCase(Locale.ROOT))
                    || t.contains("[") || t.contains("]") || !host.isEmpty() && k.replace(" ", "").equals(host.replace(" ", ""))) {
                doubts.add("tag " + quoted(t));
            } else if (i + 1 < b.tags().size() && !t.contains(" ") && !b.tags().get(i + 1).contains(" ")
                    && Character.isUpperCase(t.codePointAt(0))
                    && Character.isUpperCase(b.tags().get(i + 1).codePointAt(0))
                    && count(b.body(), t + " " + b.tags().get(i + 1)) > 0) {
                doubts.add("tags " + quoted(t) + " and " + quoted(b.tags().get(i + 1)) + ", one name split in two");
            }
            if (!t.contains(" ") && Character.isLowerCase(t.codePointAt(0)) && (" " + opening + " ").contains(" " + k + " ")) {
                cut++;
            }
        }
        if (cut >= 3) {
            doubts.add(cut + " tags that are words of the opening sentence, not topics");
        } else if (b.tags().size() >= 12) {
            doubts.add(b.tags().size() + " tags: the site's keyword list rather than the article's?");
        }
        if (b.tags().isEmpty() && !page.tags().isEmpty() && page.tags().size() <= 15) {
            doubts.add("no tags, though the page gives " + page.tags().stream().limit(5).map(BriefChecks::quoted)
                    .reduce((x, y) -> x + ", " + y).orElse(""));
        }
        if (b.tags().stream().anyMatch(t -> Words.nameKey(t).equals(Words.nameKey(b.title())))) {
            doubts.add("a tag that repeats the title");
        }
        if (b.section().isEmpty() && page.section().filter(x -> furniture.why(x, false) == null).isPresent()) {
            doubts.add("no section, though the page says " + quoted(page.section().get()));
        }
        long bare = b.quotes().stream().filter(q -> q.speaker().isEmpty()).count();
        long scare = b.quotes().stream().filter(q -> q.speaker().isEmpty() && Words.count(q.text()) <= 4).count();
        if (scare >= 1) {
            doubts.add(scare + " quotation" + (scare == 1 ? "" : "s") + " of a few words with no speaker (scare quotes "
                    + "or titles)");
        } else if (bare >= 2 && bare * 2 >= b.quotes().size()) {
            doubts.add(bare + " of " + b.quotes().size() + " quotations with no speaker");
        }
        if (!doubts.isEmpty()) {
            o.add(Item.Check.FIELD_FURNITURE, doubts.get(0).contains("section") ? "section"
                    : doubts.get(0).contains("tag") ? "tags" : "quotes",
                    0.35, "page furniture in its fields: " + String.join("; ", doubts), edit(b));
        }
    }
}
