package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import io.github.dossier.knowledge.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people an article names, in every language that writes capitals: the curated public figures of
 * {@code people.yml} by any of their forms ("Selenskyj", "Путин"; accents and case aside for a name found by rule),
 * anyone written after a title ("Foreign Minister Sergei Lavrov", "Bundeskanzlerin Angela Merkel"), anyone whose name
 * opens with a known given name ({@link GivenNamePeople}), and surnames alone ("Drosten") resolved to the full name
 * used in the same article. A curated surname alone ("Merkel") names its figure only beside the full name or after a
 * title: "Merkel Jagd- und Sportwaffen" is no mention of Angela Merkel. Where a name starts and ends is
 * {@link NameBounds}'s. Immutable and thread-safe.
 */
final class PeopleFinder {

    /** A capitalised word of a name, hyphenated parts too: "Ocasio-Cortez", "Ben-Gurion", "al-Assad". */
    private static final String NAME = "(?:(?:al|el)-)?\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*";

    private final NameList curated;
    private final Pattern titled;
    /** The first words of the titles, lower case: where {@link #titled} can match. */
    private final java.util.Set<String> titleStarts = new java.util.HashSet<>();

    /** Lower case: honorifics before a name ("Honourable", "Rep."), never part of it. */
    private final Set<String> honorifics;
    /** Lower case: words that end a name where they follow it (months, weekdays: "Trump's July 25 call"). */
    private final Set<String> stops;
    /** Lower case: small words between a name's parts ("Ursula von der Leyen"), never its last word. */
    private final Set<String> particles;
    private final NameBounds bounds;
    private final GivenNamePeople byGivenName;
    private final CuedPeople byCue;
    private final Set<String> nounCapitalising;
    /** Each curated form by its {@link Words#nameKey} ("vladimir putin"), with the name it stands for. */
    private final Map<String, String> curatedByKey;

    public PeopleFinder(NameList curated, Lexicon lexicon) {
        this(curated, lexicon, lexicon.titles(), lexicon.words(Lexicon.HONORIFICS), lexicon.words(Lexicon.NAME_STOPS),
                lexicon.words(Lexicon.NAME_PARTICLES));
    }

    private PeopleFinder(NameList curated, Lexicon lexicon, List<String> titles, List<String> honorifics,
            List<String> stops, List<String> particles) {
        this.curated = curated;
        this.bounds = new NameBounds(lexicon);
        this.byGivenName = new GivenNamePeople(lexicon, bounds);
        this.byCue = new CuedPeople(lexicon, bounds, byGivenName);
        this.nounCapitalising = Set.copyOf(lexicon.words(Lexicon.NOUN_CAPITALISING_LANGUAGES));
        Map<String, String> keys = new java.util.HashMap<>();
        curated.allForms().forEach(f -> keys.putIfAbsent(Words.nameKey(f), curated.canonical(f)));
        this.curatedByKey = Map.copyOf(keys);
        this.honorifics = lower(honorifics);
        this.stops = lower(stops);
        this.particles = lower(particles);
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String t : sorted) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
            String lower = t.strip().toLowerCase(java.util.Locale.ROOT);
            int at = Words.start(lower, 0);
            titleStarts.add(lower.substring(at, Words.runEnd(lower, at)));
        }
        String particle = "(?:(?:" + String.join("|", this.particles.stream().sorted().map(Pattern::quote).toList())
                + ")\\h+)?";
        // A name stands on one line; before it may stand an honorific, abbreviated or not ("Hon.", "Honourable").
        this.titled = Pattern.compile("(?<![\\p{L}])(?i:" + alt + ")\\.?\\h+((?:" + NAME + "\\h+|\\p{Lu}\\p{Ll}{0,3}\\.\\h+)?"
                + NAME + "(?:\\h+" + particle + NAME + "){1,3})(?![\\p{L}])");
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** Every curated form of a name, with the name it stands for. */
    public Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        curated.allForms().forEach(f -> out.put(f, curated.canonical(f)));
        return out;
    }

    /** The curated figure {@code name} stands for, or null. */
    public String curated(String name) {
        return curated.canonical(name);
    }

    /**
     * The people in {@code text}, most mentioned first, without those {@code excluded} says are not people
     * (countries, organisations, the article's own authors).
     */
    public List<String> find(String text, Predicate<String> excluded) {
        return find(text, "", excluded);
    }

    /**
     * The people in {@code text}, written in {@code language} (an ISO code, or "" when not known), most mentioned
     * first, without those {@code excluded} says are not people. A curated surname alone ("Merkel") counts only for
     * a person the text names in full: "Merkel Jagd- und Sportwaffen" is no mention of Angela Merkel.
     */
    public List<String> find(String text, String language, Predicate<String> excluded) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> surnamesAlone = new LinkedHashMap<>();
        for (PhraseMatcher.Hit<String> hit : curated.find(text)) {
            // "Trump-like" is no mention of Trump; "the Biden-Xi summit" is one of both.
            boolean suffixed = hit.end() + 1 < text.length() && text.charAt(hit.end()) == '-'
                    && Character.isLowerCase(text.charAt(hit.end() + 1));
            if (!suffixed) {
                // A surname alone is the figure's after a role ("President Trump"), else only beside the full name.
                boolean alone = hit.text().indexOf(' ') < 0 && hit.value().indexOf(' ') >= 0;
                String before = NameBounds.wordBefore(text, hit.start());
                boolean titled = before != null && bounds.isRole(before);
                (alone && !titled ? surnamesAlone : counts).merge(hit.value(), 1, Integer::sum);
            }
        }
        // The titled pattern is tried only where a title's first word starts: one alternation per word would
        // cost a hundred comparisons at every character.
        Matcher m = titled.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int next;
        for (int at = Words.start(text, 0); at < n; at = Words.start(text, next)) {
            next = Words.runEnd(text, at);
            if (!titleStarts.contains(text.substring(at, next).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            m.region(at, n);
            if (m.lookingAt()) {
                String name = m.group(1) == null || headline(text, at, m.end()) ? "" : tidy(m.group(1), language);
                count(counts, name, excluded);
                next = m.end();
            }
        }
        for (String name : byGivenName.find(text, language)) {
            count(counts, name, excluded);
        }
        for (String name : byCue.find(text, language)) {
            // "Eriksson Ek said" after "Joel Eriksson Ek": the name found in full.
            String full = counts.keySet().stream().filter(k -> k.endsWith(" " + name)).findFirst().orElse(name);
            count(counts, full, excluded);
        }
        for (String name : byCue.listed(text, language, List.copyOf(counts.keySet()))) {
            count(counts, name, excluded);
        }
        surnamesAlone.forEach((person, alone) -> counts.computeIfPresent(person, (k, c) -> c + alone));
        // A surname alone counts for the full name already found.
        Map<String, Integer> surnames = new LinkedHashMap<>();
        for (String full : counts.keySet()) {
            String[] parts = full.split(" ");
            for (String part : new java.util.LinkedHashSet<>(List.of(parts[0], parts[parts.length - 1]))) {
                surnames.merge(part, 1, Integer::sum);
            }
        }
        for (String full : new ArrayList<>(counts.keySet())) {
            if (curated.canonical(full) != null) {
                continue; // its surname, if listed, was counted above
            }
            String[] parts = full.split(" ");
            String last = parts[parts.length - 1];
            String first = parts[0];
            // Chinese names put the family name first: "Xi" stands for Xi Jinping.
            for (String single : new String[] {last, first}) {
                if (surnames.getOrDefault(single, 0) != 1) {
                    continue;
                }
                int alone = countWord(text, single);
                int inFull = countOf(text, full);
                if (alone > inFull) {
                    counts.merge(full, alone - inFull, Integer::sum);
                    break;
                }
            }
        }
        merge(counts);
        List<String> out = new ArrayList<>(counts.keySet());
        out.removeIf(excluded);
        List<String> order = new ArrayList<>(out);
        out.sort(Comparator.comparingInt((String p) -> -counts.get(p)).thenComparingInt(order::indexOf));
        return out;
    }

    /**
     * Counts the person {@code name} (found by a rule; "" for no one) once: as the curated figure it is a form of,
     * accents and case aside ("Vladimír Putin"), unless written as a curated form, which the curated list counted.
     */
    private void count(Map<String, Integer> counts, String name, Predicate<String> excluded) {
        if (!name.contains(" ") || curated.canonical(name) != null || excluded.test(name)) {
            return;
        }
        String figure = curatedByKey.get(Words.nameKey(name));
        counts.merge(figure != null ? figure : name, 1, Integer::sum);
    }

    /**
     * One person written two ways counts once, under the name first found: accents aside ("Oscar Martínez", "Óscar
     * Martínez"), or without a middle name ("Nancy Paola Rodas", "Nancy Rodas") under the fuller one; a curated
     * figure keeps its own name.
     */
    private void merge(Map<String, Integer> counts) {
        for (String name : new ArrayList<>(counts.keySet())) {
            String[] parts = name.split(" ");
            String key = Words.nameKey(name);
            for (String other : new ArrayList<>(counts.keySet())) {
                if (other.equals(name) || !counts.containsKey(name) || !counts.containsKey(other)) {
                    continue;
                }
                String[] o = other.split(" ");
                boolean accents = Words.nameKey(other).equals(key);
                boolean middle = parts.length == 2 && o.length == 3 && o[0].equals(parts[0]) && o[2].equals(parts[1]);
                if (accents || middle) {
                    String keep = curated.canonical(other) != null && curated.canonical(name) == null || middle
                            && curated.canonical(name) == null ? other : name;
                    String drop = keep.equals(name) ? other : name;
                    counts.merge(keep, counts.remove(drop), Integer::sum);
                }
            }
        }
    }

    private static int countOf(String text, String phrase) {
        int n = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length())) {
            n++;
        }
        return n;
    }

    /** How often {@code word} stands in {@code text} with no letter either side. */
    private static int countWord(String text, String word) {
        int n = 0;
        int i = text.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            boolean before = i > 0 && Character.isLetter(Character.codePointBefore(text, i));
            boolean after = end < text.length() && Character.isLetter(Character.codePointAt(text, end));
            if (!before && !after) {
                n++;
                i = text.indexOf(word, end);
            } else {
                i = text.indexOf(word, i + 1);
            }
        }
        return n;
    }

    /**
     * The person's name in what followed a title, or "" where it names no one: honorifics and roles before it
     * dropped ("Premier Honourable Natalio Wheatley"), cut at a possessive ("President Trump's July call"), a month or
     * weekday, or a word said twice ("Rep. Ilhan Omar Ilhan Omar"), and no particle left dangling at its end
     * ("Atef Al"). A function word opens no name: after "PM." a new sentence starts ("PM. While Hamas …"). Where
     * every noun is capitalised (German), a name opens with a given name and ends at its first word that is none.
     */
    String tidy(String found, String language) {
        List<String> words = new ArrayList<>(List.of(found.strip().split("\\s+")));
        while (words.size() > 1 && (honorifics.contains(words.get(0).toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""))
                || bounds.isRole(words.get(0)))) {
            words.remove(0);
        }
        boolean nounCaps = nounCapitalising.contains(language);
        if (words.isEmpty() || !byGivenName.isGiven(words.get(0))
                && (nounCaps || bounds.isFunctionWord(words.get(0), language))
                || words.stream().anyMatch(byGivenName::namesThing)) {
            return ""; // "Republican Governors Association" names no governor
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String w : words) {
            String bare = w.replaceAll("\\.$", "");
            String lower = bare.toLowerCase(java.util.Locale.ROOT);
            if (stops.contains(lower) || !seen.add(lower)) {
                break;
            }
            java.util.regex.Matcher possessive = POSSESSIVE.matcher(bare);
            if (possessive.find()) {
                kept.add(bare.substring(0, possessive.start()));
                break;
            }
            kept.add(bare);
            if (nounCaps && !particles.contains(lower) && !byGivenName.isGiven(bare)) {
                break;
            }
        }
        while (!kept.isEmpty() && (particles.contains(kept.get(kept.size() - 1).toLowerCase(java.util.Locale.ROOT))
                || kept.get(kept.size() - 1).length() < 2)) {
            kept.remove(kept.size() - 1);
        }
        if (kept.size() < 2 || kept.size() > 4 || particles.contains(kept.get(0).toLowerCase(java.util.Locale.ROOT))) {
            return "";
        }
        return String.join(" ", kept);
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    /**
     * Whether the name at {@code start..end} stands in a headline written in title case ("BVI Premier Calls For
     * Calm", "DEA Arrest Premier On Drug Charges"), where a capital says nothing of a name: most of the line's
     * other longer words are capitalised too, and the line ends in no full stop (a sentence listing names is none).
     */
    static boolean headline(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf('\n', start) + 1, Math.max(0, start - 200));
        int to = text.indexOf('\n', end);
        to = to < 0 ? Math.min(text.length(), end + 200) : Math.min(to, end + 200);
        // A line of sentences is running text, however many names it lists: a headline ends in no full stop.
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(text.lastIndexOf('\n', start) + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (line.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitals = 0;
        for (String w : (text.substring(from, start) + " " + text.substring(end, to)).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 2 && capitals * 10 >= words * 7;
    }
}
