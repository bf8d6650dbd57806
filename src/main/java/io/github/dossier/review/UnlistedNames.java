package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.count;
import static io.github.dossier.review.BriefChecks.quoted;
import static io.github.dossier.review.BriefChecks.ref;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.review.BriefChecks.Out;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review's check for names the article gives that no list of its brief holds: runs of capitalised words and
 * acronyms said at least twice (or in the title), told apart as people (a known given name first) or organisations (a
 * head word, an acronym), with the corrections lines that add them. In languages that capitalise every noun only given
 * names, surnames said again, heads and acronyms count. Thread-safe.
 */
final class UnlistedNames {

    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}\\p{M}’'-]+|\\p{Lu}{2,6})(?:\\s+(?:(?:von(?: der)?|van(?: der| den)?|de(?: la)?|al|bin|ibn|da|di|du|del|le)\\s+)?"
                    + "(\\p{Lu}[\\p{Ll}\\p{M}’'-]+|\\p{Lu}{2,6})){1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\d]{1,5}(?![\\p{L}\\p{N}])");
    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX",
            "XXI", "CEO", "USA", "US", "UK", "EU", "UN", "OK", "TV", "PDF", "FAQ", "URL", "PS", "CV", "DIY", "AM", "PM",
            "GMT", "UTC", "MEZ", "CET", "EST", "PST", "ET", "PT", "KW", "ID");

    private final Lexicon lexicon;
    private final Set<String> givenNames;
    private final CorpusContext corpus;

    UnlistedNames(Knowledge knowledge, CorpusContext corpus) {
        this.lexicon = knowledge.lexicon();
        this.givenNames = lexicon.givenNames();
        this.corpus = corpus;
    }

    /** Checks the title and body for names the brief does not list. */
    void check(Brief b, Out o) {
        String language = b.language().orElse("en");
        boolean nounsCapitalised = lexicon.lowerCase(Lexicon.NOUN_CAPITALISING_LANGUAGES).contains(language);
        Set<String> stop = lexicon.stopwords(language);
        String text = b.title() + ".\n" + b.body();
        // What the brief lists (its publication apart: an article about its own publisher names it still).
        Set<String> listed = new java.util.HashSet<>();
        for (List<String> names : List.of(b.people(), b.organisations(), b.authors(), b.countries())) {
            names.forEach(n -> listed.add(Words.nameKey(n)));
        }
        Set<String> heads = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.ORGANISATION_HEADS));
        lexicon.words(Lexicon.LEGAL_FORMS).forEach(f -> heads.add(f.toLowerCase(Locale.ROOT)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().strip().split("\\s+")));
            // From a given name on, a run is a person's name ("Geschäftsführer Christian Hanisch").
            for (int i = 1; i < words.size() - 1; i++) {
                if (givenNames.contains(words.get(i).toLowerCase(Locale.ROOT))
                        && !givenNames.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                    words = new ArrayList<>(words.subList(i, words.size()));
                    break;
                }
            }
            // A sentence's first word is capitalised whatever it is: it opens no name.
            while (!words.isEmpty() && stop.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            while (!words.isEmpty() && stop.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            }
            if (words.size() < 2) {
                continue;
            }
            String n = String.join(" ", words);
            String first = words.get(0).toLowerCase(Locale.ROOT);
            String last = words.get(words.size() - 1);
            boolean person = givenNames.contains(first);
            // The surname said alone elsewhere ("Wierer"), never after an article as a noun is ("der Frontkamera"):
            // how articles name a person after the first mention.
            boolean surnameAgain = last.length() >= 4 && count(text, last) > count(text, n)
                    && !afterDeterminer(text, last)
                    || !nounsCapitalised && words.get(0).length() >= 4 && count(text, words.get(0)) > count(text, n);
            boolean organisation = heads.contains(last.toLowerCase(Locale.ROOT))
                    || words.stream().anyMatch(w -> w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(Locale.ROOT)));
            if (nounsCapitalised && !person && !organisation && !surnameAgain) {
                continue; // German capitalises every noun: only given names, surnames said again, heads and acronyms tell
            }
            counts.merge(n, 1, Integer::sum);
            if (surnameAgain && words.size() <= 3) {
                counts.merge(n, 1, Integer::sum); // its later mentions count for it
            }
        }
        Matcher a = ACRONYM.matcher(text);
        while (a.find()) {
            String n = a.group();
            if (!ROMAN.contains(n) && n.chars().filter(Character::isLetter).count() >= 2
                    && !stop.contains(n.toLowerCase(Locale.ROOT))) {
                counts.merge(n, 1, Integer::sum);
            }
        }
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        Set<String> unsure = new java.util.HashSet<>();
        String titleKey = Words.nameKey(b.title());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = Words.nameKey(e.getKey());
            boolean inTitle = (" " + titleKey + " ").contains(" " + key + " ");
            if (e.getValue() < 2 && !inTitle || key.isEmpty()) {
                continue;
            }
            boolean covered = listed.stream().anyMatch(l -> !l.isEmpty() && ((" " + l + " ").contains(" " + key + " ")
                    || (" " + key + " ").contains(" " + l + " ")));
            if (covered || corpus.isPlace(e.getKey())) {
                continue;
            }
            String[] words = e.getKey().split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            boolean person = !e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)) && givenNames.contains(first)
                    && words.length <= 3;
            boolean organisation = !person && (heads.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                    || e.getKey().chars().filter(Character::isUpperCase).count() >= 2 && words.length == 1);
            (person ? people : organisations).add(e.getKey());
            if (!person && !organisation) {
                unsure.add(e.getKey()); // "Cold War", "Central Asia": a name, but of what the researcher tells
            }
        }
        dropContained(people);
        dropContained(organisations);
        if (people.isEmpty() && organisations.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        people.stream().limit(5).forEach(p -> named.add(quoted(p) + " (" + counts.get(p) + "×)"));
        organisations.stream().limit(5).forEach(p -> named.add(quoted(p) + " (" + counts.get(p) + "×)"));
        List<String> fixes = new ArrayList<>();
        if (!people.isEmpty()) {
            List<String> all = new ArrayList<>(b.people());
            all.addAll(people.subList(0, Math.min(5, people.size())));
            fixes.add(Fix.brief(ref(b), "people", all));
        }
        List<String> sure = organisations.stream().filter(n -> !unsure.contains(n)).limit(5).toList();
        if (!sure.isEmpty()) {
            List<String> all = new ArrayList<>(b.organisations());
            all.addAll(sure);
            fixes.add(Fix.brief(ref(b), "organisations", all));
        }
        if (fixes.isEmpty()) {
            fixes.add("check which are people or organisations, and add them with a line " + Fix.brief(ref(b),
                    "people", List.of("…")));
        }
        int total = people.size() + organisations.size();
        o.add(Item.Check.NAMES_UNLISTED, people.isEmpty() ? "organisations" : organisations.isEmpty() ? "people"
                        : "people, organisations", Math.min(0.5, 0.25 + 0.05 * total),
                "the article names " + String.join(", ", named) + " that its brief does not list", String.join("\n", fixes));
    }

    /** Whether {@code word} stands after an article anywhere in {@code text} ("die Frontkamera"). */
    private boolean afterDeterminer(String text, String word) {
        Set<String> determiners = lexicon.lowerCase(Lexicon.DETERMINERS);
        Matcher m = Pattern.compile("(\\p{L}+['’]?)\\s+" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            if (determiners.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Leaves out names another of the list holds ("Biden" beside "Joe Biden"). */
    private static void dropContained(List<String> names) {
        List<String> copy = List.copyOf(names);
        names.removeIf(n -> copy.stream().anyMatch(o -> !o.equals(n) && (" " + o + " ").contains(" " + n + " ")));
    }
}
