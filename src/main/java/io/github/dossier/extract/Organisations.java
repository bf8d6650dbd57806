package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations an article names: those of {@code organisations.yml} by every form of their names, and those
 * the list does not know by the general rule (a proper phrase ending in Council, Institute, Ministry …), most
 * named first. Immutable and thread-safe.
 */
final class Organisations {

    private final NameList organisations;
    private final NameList publications;
    private final Gazetteer gazetteer;
    /** Words that end (or open) an organisation's name, as written. */
    private final Set<String> heads;
    /** A proper phrase as organisations are named, within one line. */
    private final Pattern phrase;
    /** Heads that name other things as often ("Oval Office", "Terms of Service"): a name needs two mentions. */
    private final Set<String> weakHeads;
    /** Languages that capitalise every noun, where a capital says nothing of a name. */
    private final Set<String> nounCapitalising;
    private final io.github.dossier.knowledge.Languages languages;

    Organisations(Knowledge knowledge) {
        Lexicon lexicon = knowledge.lexicon();
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.gazetteer = knowledge.gazetteer();
        this.heads = Set.copyOf(lexicon.words(Lexicon.ORGANISATION_HEADS));
        this.weakHeads = Set.copyOf(lexicon.words(Lexicon.ORGANISATION_WEAK_HEADS));
        this.nounCapitalising = Set.copyOf(lexicon.words(Lexicon.NOUN_CAPITALISING_LANGUAGES));
        this.languages = lexicon.languages();
        // Its words apart by any horizontal space (the no-break space of &nbsp; too); not "and", which joins two
        // names as often as it names one.
        this.phrase = Pattern.compile("\\p{Lu}[\\p{L}'’&-]*(?:\\h+(?:(?:"
                + lexicon.alternation(Lexicon.ORGANISATION_CONNECTIVES) + ")\\h+)*\\p{Lu}[\\p{L}'’&-]*)*");
    }

    /**
     * The organisations of {@code searchable} (title, summary, body) and, by rule, of {@code body} where it is in a
     * {@code language} whose capitals mark names, most named first.
     */
    List<String> find(String searchable, String body, String language) {
        Map<String, Integer> counts = organisations.count(searchable);
        if (!nounCapitalising.contains(language)) {
            Set<String> stopwords = languages.stopwords(language);
            Map<String, Integer> unknown = unknown(body, stopwords);
            unknown.forEach((name, n) -> {
                // "Liberation Army" after "People's Liberation Army", "Polytechnic University" after "Hong Kong
                // Polytechnic University": the short form of a name the article gives in full.
                boolean shortForm = java.util.stream.Stream.concat(counts.keySet().stream(), unknown.keySet().stream())
                        .anyMatch(other -> other.endsWith(" " + name));
                if (!shortForm && (n >= 2 || !weakHeads.contains(name.substring(name.lastIndexOf(' ') + 1)))) {
                    counts.putIfAbsent(name, n);
                }
            });
        }
        List<String> orgs = new ArrayList<>(counts.keySet());
        List<String> order = new ArrayList<>(orgs);
        orgs.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a)
                : order.indexOf(a) - order.indexOf(b));
        return orgs;
    }

    /**
     * Organisations the lists do not know, by the general rule: a proper phrase of two or more words ending in, or
     * opening with, a word that names an institution ("Russian International Affairs Council", "Ministry of
     * Foreign Affairs"). Counted in the body only; countries, people and known names are left to their lists.
     */
    private Map<String, Integer> unknown(String body, Set<String> stopwords) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = phrase.matcher(body);
        while (m.find()) {
            String phrase = m.group().replaceAll("\\h+", " ").strip().replaceFirst("^(The|A|An)\\s+", "").replaceAll("\\s+\\([^)]*\\)$", "")
                    .replaceFirst("^.*['’]s\\s+", "");
            // "La Commission", "Das Imperial College": a small word before a name is no part of it.
            List<String> words = new ArrayList<>(Words.of(phrase));
            while (words.size() > 1 && stopwords.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
                phrase = phrase.substring(phrase.indexOf(words.get(1), words.get(0).length()));
                words.remove(0);
            }
            if (words.size() < 2 || words.size() > 8) {
                continue;
            }
            String last = words.get(words.size() - 1);
            boolean named = heads.contains(last)
                    || (heads.contains(words.get(0)) && phrase.contains(" of "));
            if (!named || organisations.canonical(phrase) != null || publications.canonical(phrase) != null
                    || gazetteer.isPlace(phrase)) {
                continue;
            }
            // "Nato Deputy Secretary General" and the like are titles; a country alone before a head is not a name.
            if (gazetteer.mentions(String.join(" ", words.subList(0, words.size() - 1))).size() == words.size() - 1) {
                continue;
            }
            out.merge(phrase, 1, Integer::sum);
        }
        return out;
    }
}
