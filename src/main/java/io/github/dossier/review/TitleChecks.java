package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.edit;
import static io.github.dossier.review.BriefChecks.quoted;
import static io.github.dossier.review.BriefChecks.ref;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.review.BriefChecks.Out;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The review's checks of a brief's title: one that carries the site's or a section's name beside the headline, ends
 * where a sentence was cut, with an issue's number or an organisation's legal form, or is not the page's headline; and
 * a publication that is only a part of the title. Thread-safe.
 */
final class TitleChecks {

    private final Lexicon lexicon;
    private final Set<String> titleLabels;

    TitleChecks(Knowledge knowledge) {
        this.lexicon = knowledge.lexicon();
        this.titleLabels = lexicon.lowerCase(Lexicon.TITLE_LABELS);
    }

    /** Checks the title: at most one item, for the first doubt found. */
    void check(Brief b, Page page, Out o) {
        String[] parts = Words.TITLE_SEPARATOR.split(b.title());
        if (parts.length >= 2) {
            Set<String> site = new LinkedHashSet<>();
            b.publication().ifPresent(p -> site.add(Words.nameKey(p)));
            page.siteName().ifPresent(p -> site.add(Words.nameKey(p)));
            b.url().map(BriefChecks::host).or(page::host)
                    .ifPresent(h -> site.add(Words.nameKey(h.replaceFirst("\\.[a-z.]+$", ""))));
            List<String> kept = new ArrayList<>();
            List<String> tails = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String key = Words.nameKey(parts[i]);
                boolean tail = (i > 0 || parts.length > 2) && (site.stream().anyMatch(s -> !s.isEmpty()
                        && (key.contains(s) || s.contains(key) && key.length() >= 3))
                        || titleLabels.contains(parts[i].strip().toLowerCase(Locale.ROOT))
                        || parts[i].strip().endsWith("!") && Words.count(parts[i]) <= 3);
                (tail ? tails : kept).add(parts[i].strip());
            }
            if (tails.isEmpty() && parts.length >= 3) {
                // Three parts or more: the headline is one of them, the longest; the others a site's and a section's.
                String longest = java.util.Arrays.stream(parts).map(String::strip)
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                kept.clear();
                kept.add(longest);
                for (String part : parts) {
                    if (!part.strip().equals(longest)) {
                        tails.add(part.strip());
                    }
                }
            }
            if (!tails.isEmpty() && !kept.isEmpty()) {
                String better = String.join(" - ", kept);
                o.add(Item.Check.TITLE_DOUBT, "title", 0.6, "the title carries " + tails.stream().map(BriefChecks::quoted)
                        .reduce((x, y) -> x + ", " + y).orElse("") + " beside the headline", Fix.brief(ref(b), "title",
                        page.headline().filter(h -> Words.nameKey(better).contains(Words.nameKey(h))).orElse(better)));
                return;
            }
        }
        String language = b.language().orElse("en");
        String[] words = b.title().strip().split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        // An article or a connective ("der", "the", "of") ends no headline: a sentence was cut there.
        Set<String> dangling = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.DETERMINERS));
        dangling.addAll(lexicon.lowerCase(Lexicon.ORGANISATION_CONNECTIVES));
        dangling.addAll(lexicon.lowerCase(Lexicon.AFFILIATION_CONNECTIVES));
        dangling.removeAll(lexicon.lowerCase(Lexicon.NAME_PARTICLES));
        if (words.length >= 4 && dangling.contains(lastWord)) {
            o.add(Item.Check.TITLE_DOUBT, "title", 0.55, "the title ends with “" + words[words.length - 1]
                    + "”: a sentence cut short, not a headline", page.headline().filter(h -> !h.equals(b.title()))
                    .map(h -> Fix.brief(ref(b), "title", h)).orElse(edit(b)));
            return;
        }
        if (b.title().matches(".*\\s\\(\\d{1,4}[/.-]\\d{1,4}\\)$")) {
            String better = b.title().replaceFirst("\\s\\(\\d{1,4}[/.-]\\d{1,4}\\)$", "");
            o.add(Item.Check.TITLE_DOUBT, "title", 0.4, "the title ends with an issue's number", Fix.brief(ref(b),
                    "title", better));
            return;
        }
        for (String form : lexicon.words(Lexicon.LEGAL_FORMS)) {
            if (b.title().endsWith(" " + form) || b.title().endsWith(" " + form.replaceFirst("\\.$", ""))) {
                o.add(Item.Check.TITLE_DOUBT, "title", 0.5, "the title is an organisation's name (“" + form
                        + "”), not a headline", page.headline().filter(h -> !h.equals(b.title()))
                        .map(h -> Fix.brief(ref(b), "title", h)).orElse(edit(b)));
                return;
            }
        }
        if (page.headline().isPresent()) {
            String h = page.headline().get();
            String hk = Words.nameKey(h);
            String tk = Words.nameKey(b.title());
            if (Words.count(h) >= 4 && !hk.isEmpty() && !tk.contains(hk) && !hk.contains(tk) && overlap(hk, tk) < 0.5) {
                o.add(Item.Check.TITLE_DOUBT, "title", 0.35, "the page's headline is " + quoted(h) + ", not the title",
                        Fix.brief(ref(b), "title", h));
            }
        }
    }

    /** The share of {@code a}'s words that {@code b} has. */
    private static double overlap(String a, String b) {
        Set<String> bw = new java.util.HashSet<>(List.of(b.split(" ")));
        String[] aw = a.split(" ");
        int shared = 0;
        for (String w : aw) {
            shared += bw.contains(w) ? 1 : 0;
        }
        return aw.length == 0 ? 0 : (double) shared / aw.length;
    }

    /** A publication that is only the title's last part (a section's word: "IT", "Webdesign") while the page names itself otherwise. */
    void publicationFromTitle(Brief b, Page page, Out o) {
        if (b.publication().isEmpty() || page.siteName().isEmpty()) {
            return;
        }
        String pub = Words.nameKey(b.publication().get());
        String site = Words.nameKey(page.siteName().get());
        String[] parts = Words.TITLE_SEPARATOR.split(page.headline().orElse(b.title()) + " - " + b.title());
        boolean tail = java.util.Arrays.stream(parts).anyMatch(p -> Words.nameKey(p).equals(pub));
        if (tail && !site.contains(pub) && !pub.contains(site)) {
            o.add(Item.Check.PUBLICATION_HANDLE, "publication", 0.45, "publication " + quoted(b.publication().get())
                    + " is a part of the title; the page calls itself " + quoted(page.siteName().get()),
                    Fix.brief(ref(b), "publication", page.siteName().get()));
        }
    }
}
