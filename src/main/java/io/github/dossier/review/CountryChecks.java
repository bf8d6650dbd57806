package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.count;
import static io.github.dossier.review.BriefChecks.quoted;
import static io.github.dossier.review.BriefChecks.ref;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.review.BriefChecks.Out;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review's checks of a brief's countries: those the article names in its own language (CLDR's names, as the
 * gazetteer reads them there) that the brief lacks, and those it lists that the article hardly names: never but by an adjective inside another name
 * ("Australian Open"), only by a seat of power said once, only inside other names ("Times of India"), or only in page
 * furniture. Thread-safe.
 */
final class CountryChecks {

    /** A capitalised word and a connective right before a country's name ("Times of India"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.’'-]*)\\s+(of|of the|de|du|des|di|del|der)\\s+$");
    /** A capitalised word or a year right after a country's name ("Nigerian Open", "Paris 2024"). */
    private static final Pattern NAME_AFTER = Pattern.compile("^(?:['’]s)?\\s+(\\p{Lu}[\\p{L}’'-]+|\\d{4})(?![\\p{L}\\p{N}])");

    private final Lexicon lexicon;
    /** Titles ("President", "Minister"): "U.S. President" is the country's, not a name holding it. */
    private final Set<String> titles;
    private final CorpusContext corpus;
    private final io.github.dossier.knowledge.Gazetteer gazetteer;

    CountryChecks(Knowledge knowledge, CorpusContext corpus) {
        this.lexicon = knowledge.lexicon();
        Set<String> t = new java.util.HashSet<>();
        lexicon.titles().forEach(x -> t.add(x.toLowerCase(Locale.ROOT)));
        this.titles = Set.copyOf(t);
        this.corpus = corpus;
        this.gazetteer = knowledge.gazetteer();
    }

    /** Checks the countries; {@code furniture}: the paragraphs the body check found to be page furniture. */
    void check(Brief b, Page page, Set<String> furniture, Out o) {
        String language = b.language().orElse("en");
        String text = b.title() + "\n" + page.headline().orElse("") + "\n" + page.description().orElse("") + "\n"
                + String.join("\n", b.summary()) + "\n" + b.body();
        Set<String> have = new LinkedHashSet<>(b.countries());
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, String> asWritten = new HashMap<>();
        for (Map.Entry<String, String> e : corpus.countryNames(language).entrySet()) {
            String country = e.getValue();
            if (have.contains(country)) {
                continue;
            }
            // A name that is also a word ("Turkey", "Chad"), only where it is capitalised inside a sentence, or opens
            // the title.
            int n = corpus.ambiguousCountryName(e.getKey(), language)
                    ? countInside(text, e.getKey()) + (b.title().startsWith(e.getKey() + " ")
                            || b.title().startsWith(e.getKey() + ",") ? 1 : 0)
                    : count(text, e.getKey());
            if (n > 0) {
                named.merge(country, n, Integer::sum);
                asWritten.putIfAbsent(country, e.getKey());
            }
        }
        // Only what the gazetteer reads as the country in the article's language: not a name inside another name
        // ("Embajada de Alemania", "Francia Márquez", "Île-de-France"), nor a capital alone.
        Map<String, Integer> read = gazetteer.mentions(text, language);
        named.keySet().removeIf(country -> gazetteer.byName(country).map(c -> !read.containsKey(c.code())).orElse(false));
        List<String> add = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            boolean inTitle = count(b.title(), asWritten.get(e.getKey())) > 0;
            if (e.getValue() >= 2 || inTitle || b.countries().size() < 2) {
                add.add(e.getKey());
                said.add(quoted(asWritten.get(e.getKey())) + " " + e.getValue() + "×");
            }
        }
        if (!add.isEmpty()) {
            List<String> all = new ArrayList<>(b.countries());
            all.addAll(add);
            boolean often = named.entrySet().stream().anyMatch(e -> add.contains(e.getKey()) && e.getValue() >= 2);
            o.add(Item.Check.COUNTRY_MISSING, "countries", (often ? 0.45 : 0.35) + Math.min(0.15, 0.05 * add.size()),
                    "the article names " + String.join(", ", said) + " but its countries are "
                            + (b.countries().isEmpty() ? "none" : String.join(", ", b.countries())),
                    Fix.brief(ref(b), "countries", all));
        }
        List<String> doubtful = new ArrayList<>();
        String article = b.title() + "\n" + b.body();
        for (String f : furniture) {
            article = article.replace(f, "");
        }
        for (String c : b.countries()) {
            // Its names (the gazetteer's and CLDR's in the article's language), its seats of power, its demonyms.
            List<String> names = new ArrayList<>(corpus.namesOf(c));
            corpus.countryNames(language).forEach((local, name) -> {
                if (name.equals(c)) {
                    names.add(local);
                }
            });
            List<String> seats = corpus.seatsOf(c);
            int byName = names.stream().mapToInt(f -> count(text, f)).sum();
            List<String> seatsSaid = seats.stream().filter(f -> count(text, f) > 0).toList();
            if (byName == 0 && seatsSaid.isEmpty()) {
                // Only an adjective tells it: doubtful when every one opens a name ("Australian Open").
                // (The gazetteer's demonyms are English: in any text, capitals after one open an English name.)
                Optional<String> inside = onlyInsideNames(text, corpus.demonymsOf(c), false);
                if (inside.isPresent()) {
                    doubtful.add(c + " (never named, only in “" + inside.get() + "”)");
                }
                continue;
            }
            if (byName == 0 && seatsSaid.size() == 1 && count(text, seatsSaid.get(0)) == 1) {
                doubtful.add(c + " (only “" + seatsSaid.get(0) + "”, once)");
                continue;
            }
            Optional<String> inside = onlyInsideNames(text, corpus.formsOf(c), nounsCapitalised(language));
            if (inside.isPresent()) {
                doubtful.add(c + " (only in " + quoted(inside.get()) + ")");
            } else if (!furniture.isEmpty() && mentioned(text, corpus.formsOf(c))
                    && !mentioned(article + "\n" + String.join("\n", b.summary()), corpus.formsOf(c))) {
                doubtful.add(c + " (only in page furniture)");
            }
        }
        if (!doubtful.isEmpty()) {
            List<String> kept = new ArrayList<>(b.countries());
            kept.removeIf(c -> doubtful.stream().anyMatch(d -> d.startsWith(c + " (")));
            o.add(Item.Check.COUNTRY_DOUBTFUL, "countries", 0.5, "countries the article hardly names: "
                    + String.join(", ", doubtful), Fix.brief(ref(b), "countries", kept));
        }
    }

    private boolean nounsCapitalised(String language) {
        return lexicon.lowerCase(Lexicon.NOUN_CAPITALISING_LANGUAGES).contains(language);
    }

    /** How often {@code name} stands in {@code text} capitalised inside a sentence (not after a full stop). */
    private static int countInside(String text, String name) {
        Matcher m = Pattern.compile("(?<=[\\p{Ll},;]\\s)" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean mentioned(String text, List<String> forms) {
        return forms.stream().anyMatch(f -> count(text, f) > 0);
    }

    /**
     * The larger name every mention of a country sits in ("Times of India", "Nigerian Open", "Paris 2024"), when all
     * its mentions do; empty when one stands on its own.
     */
    private Optional<String> onlyInsideNames(String text, List<String> forms, boolean nounsCapitalised) {
        String example = null;
        int mentions = 0;
        for (String form : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                mentions++;
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
                // "Times of India": a capitalised word and a connective before it.
                Matcher prev = NAME_BEFORE.matcher(before);
                // "Nigerian Open", "Paris 2024": a capitalised word or a year right after it (not where every noun
                // is capitalised).
                Matcher next = NAME_AFTER.matcher(after);
                String name = null;
                if (prev.find()) {
                    name = prev.group(1) + " " + prev.group(2) + " " + form;
                } else if (next.find() && (!nounsCapitalised || next.group(1).matches("\\d{4}"))
                        && !titles.contains(next.group(1).toLowerCase(Locale.ROOT))) {
                    name = form + after.substring(0, next.end());
                }
                if (name == null) {
                    return Optional.empty();
                }
                if (example == null) {
                    example = name.strip();
                }
            }
        }
        return mentions > 0 && mentions <= 3 ? Optional.ofNullable(example) : Optional.empty();
    }
}
