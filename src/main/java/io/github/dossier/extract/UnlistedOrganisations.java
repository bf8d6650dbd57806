package io.github.dossier.extract;

import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations the lists do not know, by the general rule: a proper phrase of two or more words on one line that
 * ends in a word naming an institution ("Russian International Affairs Council"), opens with one before "of", "de",
 * "für" … ("Ministry of Foreign Affairs", "Ministerio de Sanidad"), opens with one that heads names in languages
 * that put the head first ("Partido Popular", with small adjectives after it: "Assemblée nationale"), or ends in a
 * legal form ("Merkel Jagd- und Sportwaffen GmbH"), or is spelled by the acronym after it ("Pensionssicherungsverein
 * (PSV)").
 * Where every noun is capitalised (German) a capital says little: there the name is found as {@link CompoundNames}
 * says.
 *
 * <p>A name keeps no article, no function word that opens its sentence ("While Hamas …") unless a place starts
 * there ("New Zealand Army" stays whole), and no final possessive ("Bank of Canada’s"). Immutable and thread-safe.
 */
final class UnlistedOrganisations {

    private final NameList organisations;
    private final NameList publications;
    private final Gazetteer gazetteer;
    private final NameBounds bounds;
    /** Names where every noun is capitalised. */
    private final CompoundNames compounds;
    /** Words that end (or open) an organisation's name, as written. */
    private final Set<String> heads;
    /** Words that open an organisation's name in languages that put the head first, as written. */
    private final Set<String> leadingHeads;
    private final Set<String> legalForms;
    private final Set<String> connectives;
    private final Set<String> articles;
    private final Set<String> nounCapitalising;
    /** A proper phrase as organisations are named, within one line. */
    private final Pattern phrase;
    /** A leading head and the one or two small words after it, which may be its adjectives. */
    private final Pattern adjectived;
    /** Endings of adjectives that follow their noun ("-ale", "-iste", "-ico"), lower case. */
    private final List<String> adjectiveEndings;
    /**
     * A small head, up to three small words of its own, "de" and a capitalised word: "cour d'appel de Rennes",
     * "ministerio de Salud".
     */
    private final Pattern smallHeaded;
    /** A conjunction and the one or two capitalised words it joins to a name. */
    private final Pattern conjunction;

    UnlistedOrganisations(Knowledge knowledge, NameBounds bounds) {
        Lexicon lexicon = knowledge.lexicon();
        this.compounds = new CompoundNames(knowledge, bounds);
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.gazetteer = knowledge.gazetteer();
        this.bounds = bounds;
        // The word lists both read, read once (by CompoundNames).
        this.heads = compounds.heads();
        this.leadingHeads = compounds.leadingHeads();
        this.legalForms = compounds.legalForms();
        this.connectives = compounds.connectives();
        this.articles = compounds.articles();
        this.nounCapitalising = Set.copyOf(lexicon.words(Lexicon.NOUN_CAPITALISING_LANGUAGES));
        // Its words apart by any horizontal space (the no-break space of &nbsp; too); not "and", which joins two
        // names as often as it names one, but after a word cut short ("Jagd- und Sportwaffen"); an elided article
        // may open a word after a connective ("Ministère de l'Intérieur").
        String word = "\\p{Lu}[\\p{L}\\p{M}'’&-]*";
        this.conjunction = Pattern.compile("(?:,\\h+" + word + ")*\\h+(?:" + lexicon.alternation(
                Lexicon.ORGANISATION_CONJUNCTIONS) + ")\\h+" + word + "(?:\\h+" + word + ")?");
        this.smallHeaded = Pattern.compile("(?<![\\p{L}])(?:" + lexicon.alternation(Lexicon.ORGANISATION_SMALL_HEADS)
                + ")(?:\\h+(?:d['’])?\\p{Ll}+){0,3}?\\h+(?:de\\h+(?:la\\h+|l['’])?|del\\h+|d['’])" + word);
        this.adjectiveEndings = List.copyOf(lexicon.lowerCase(Lexicon.ORGANISATION_ADJECTIVE_ENDINGS));
        this.adjectived = Pattern.compile("(?<![\\p{L}])(" + lexicon.alternation(Lexicon.ORGANISATION_LEADING_HEADS)
                + ")((?:\\h+\\p{Ll}[\\p{L}\\p{M}]+){1,2})");
        this.phrase = Pattern.compile(word + "(?:(?:\\h+(?:(?:" + lexicon.alternation(Lexicon.ORGANISATION_CONNECTIVES)
                + ")\\h+)*(?:[dl]['’])?|(?<=-)\\h+(?:" + lexicon.alternation(Lexicon.NAME_SEPARATORS) + ")\\h+)" + word
                + ")*");
    }

    /** The organisations of {@code body}, in {@code language}, that the lists do not know, counted. */
    Map<String, Integer> find(String body, String language) {
        boolean nounCaps = nounCapitalising.contains(language);
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = phrase.matcher(body);
        while (m.find()) {
            String group = m.group();
            Matcher defined = ACRONYM.matcher(body).region(m.end(), body.length());
            String acronym = defined.lookingAt() ? defined.group(1) : null;
            if (acronym == null && group.indexOf('-') < 0 && !group.contains(" ") && !group.contains("\u00a0")) {
                if (nounCaps && compounds.federal(group)) {
                    out.merge(compounds.head(group), 1, Integer::sum);
                }
                continue; // one word, most often a noun where nouns are capitalised: no name by these rules
            }
            List<String> all = new ArrayList<>(List.of(group.strip().split("\\h+")));
            // "Tufts University’s Feinstein International Center": a possessive ends one name and opens another.
            int from = 0;
            for (int i = 0; i < all.size(); i++) {
                if (i == all.size() - 1 || NameBounds.isPossessive(all.get(i))) {
                    List<String> words = new ArrayList<>(all.subList(from, i + 1));
                    words.set(words.size() - 1, NameBounds.withoutPossessive(words.get(words.size() - 1)));
                    boolean last = i == all.size() - 1;
                    String name = name(words, from == 0 && NameBounds.sentenceStart(body, m.start()), language,
                            last ? acronym : null, nounCaps);
                    if (name != null && last) {
                        name = joined(name, body, m.end());
                    }
                    if (name != null) {
                        out.merge(name, 1, Integer::sum);
                    }
                    from = i + 1;
                }
            }
        }
        if (!nounCaps) {
            // "parquet de Paris", "tribunal de grande instance de Nanterre": a small head before "de" and a name.
            Matcher small = smallHeaded.matcher(body);
            while (small.find()) {
                out.merge(small.group().replaceAll("\\h+", " "), 1, Integer::sum);
            }
            // "Assemblée nationale", "Parti socialiste", "Conseil fédéral": a leading head and its adjectives.
            Matcher a = adjectived.matcher(body);
            while (a.find()) {
                String name = a.group(1);
                for (String w : a.group(2).strip().split("\\h+")) {
                    if (!adjective(w, language)) {
                        break;
                    }
                    name += " " + w;
                }
                if (name.indexOf(' ') > 0 && organisations.canonical(name) == null) {
                    out.merge(name, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Whether {@code word} is an adjective by its ending ("nationale", "socialiste"), and no function word. */
    private boolean adjective(String word, String language) {
        if (bounds.isFunctionWord(word, language)) {
            return false;
        }
        for (String ending : adjectiveEndings) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation {@code words} name, or null: without an opening article or function word, by the rules for
     * the {@code language}, not a known organisation, publication or place, nor a title ("Nato Deputy Secretary
     * General").
     */
    private String name(List<String> words, boolean opening, String language, String acronym, boolean nounCaps) {
        while (words.size() > 1) {
            String first = words.get(0);
            boolean article = articles.contains(first.toLowerCase(Locale.ROOT));
            if (!article && !(opening && bounds.isFunctionWord(first, language) && !opensPlace(words))) {
                break;
            }
            words.remove(0);
            opening = false;
        }
        List<String> name = acronym == null ? null : spelled(words, acronym);
        if (name == null) {
            name = nounCaps ? compounds.compound(words) : named(words) ? words : null;
        }
        if (name == null || name.size() > 8) {
            return null;
        }
        String found = String.join(" ", name);
        if (organisations.canonical(found) != null || publications.canonical(found) != null
                || gazetteer.isPlace(found)) {
            return null;
        }
        // A country alone before a head is no name ("Nato Deputy Secretary General" and the like are titles).
        if (name.size() > 1 && gazetteer.mentions(String.join(" ", name.subList(0, name.size() - 1))).size()
                == name.size() - 1) {
            return null;
        }
        return found;
    }

    /**
     * {@code name} with the nouns a conjunction (after a list, "Ministerio de Ganadería, Agricultura y Pesca") joins
     * to it after {@code end}, where it opens with a leading head: "Ministerio de Energía y Minas", "Sindicato Único Portuario y Ramas Afines" are one name each, where "Harvard
     * University and Yale College" are two.
     */
    private String joined(String name, String body, int end) {
        int space = name.indexOf(' ');
        if (space < 0 || !leadingHeads.contains(name.substring(0, space)) || !conjunction.matcher(body).region(end,
                body.length()).lookingAt()) {
            return name;
        }
        Matcher more = conjunction.matcher(body).region(end, body.length());
        return more.lookingAt() ? name + body.substring(end, more.end()).replaceAll("\\h+", " ") : name;
    }

    /** An acronym in brackets right after a name: "Deutsche Lebens-Rettungs-Gesellschaft (DLRG)". */
    private static final Pattern ACRONYM = Pattern.compile("\\h*\\((\\p{Lu}[\\p{Lu}\\d&]{1,7})\\)");

    /**
     * The words' last ones that the {@code acronym} after them spells, where they name an institution: the most
     * words whose first opens the acronym, whose letters hold its letters in order, and no more of them than it has
     * letters ("Pensionssicherungsverein (PSV)", "Landesbank Baden-Württemberg (LBBW)"); null if none do.
     */
    private List<String> spelled(List<String> words, String acronym) {
        for (int i = 0; i < words.size(); i++) {
            List<String> fit = words.subList(i, words.size());
            if (fit.get(0).codePointAt(0) != acronym.codePointAt(0) || connectives.contains(fit.get(0))) {
                continue;
            }
            long content = fit.stream().filter(w -> !connectives.contains(w)).count();
            String letters = String.join("", fit).toUpperCase(Locale.ROOT);
            int at = 0;
            for (int k = 0; k < acronym.length() && at >= 0; k++) {
                at = letters.indexOf(acronym.charAt(k), at);
                at = at < 0 ? -1 : at + 1;
            }
            if (at >= 0 && content <= acronym.length() && fit.stream().anyMatch(w -> compounds.head(w) != null
                    || w.indexOf('-') > 0 && compounds.head(w.substring(w.lastIndexOf('-') + 1)) != null)) {
                return new ArrayList<>(fit);
            }
        }
        return null;
    }

    /** Whether the words name an organisation where a capital marks a name. */
    private boolean named(List<String> words) {
        if (words.size() < 2) {
            return false;
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        return heads.contains(last) || legalForms.contains(last) && !legalForms.contains(first) || leadingHeads.contains(first)
                || heads.contains(first) && connectives.contains(words.get(1));
    }

    /** Whether the words open with a place ("US", "New Zealand", "New York"): their first word is no function word. */
    private boolean opensPlace(List<String> words) {
        for (int k = 1; k <= Math.min(3, words.size()); k++) {
            if (gazetteer.isPlace(String.join(" ", words.subList(0, k)))) {
                return true;
            }
        }
        return false;
    }
}
