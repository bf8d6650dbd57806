package io.github.dossier.extract;

import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations' names where every noun is capitalised (German), so that a capital says little: the word naming an
 * institution (whole or ending a compound: "Bundesamt", "Koch-Institut") with the capitalised adjectives before it
 * ("Deutsche Bank", "Berliner Landgericht") and what a connective joins after it ("Bundesamt für Sicherheit"),
 * declined forms given in one ("des Deutschen Caritasverbandes" names the Deutsche Caritasverband). Immutable and
 * thread-safe.
 */
final class CompoundNames {

    private final Gazetteer gazetteer;
    private final NameBounds bounds;
    /** Words that end (or open) an organisation's name, as written. */
    private final Set<String> heads;
    /** Words that open an organisation's name in languages that put the head first, as written. */
    private final Set<String> leadingHeads;
    /** Lower case endings of compounds that name an institution ("ministerium", "institut"). */
    private final List<String> compoundHeads;
    private final Set<String> legalForms;
    /** Openings of a compound that names an institution alone ("Bundes" of "Bundesarbeitsministerium"). */
    private final List<String> compoundPrefixes;
    private final Set<String> connectives;
    private final Set<String> articles;
    private final Set<String> givenNames;

    CompoundNames(Knowledge knowledge, NameBounds bounds) {
        Lexicon lexicon = knowledge.lexicon();
        this.gazetteer = knowledge.gazetteer();
        this.bounds = bounds;
        this.heads = Set.copyOf(lexicon.words(Lexicon.ORGANISATION_HEADS));
        this.leadingHeads = Set.copyOf(lexicon.words(Lexicon.ORGANISATION_LEADING_HEADS));
        this.compoundHeads = List.copyOf(lexicon.lowerCase(Lexicon.ORGANISATION_COMPOUND_HEADS));
        this.legalForms = Set.copyOf(lexicon.words(Lexicon.LEGAL_FORMS));
        this.compoundPrefixes = List.copyOf(lexicon.words(Lexicon.ORGANISATION_COMPOUND_PREFIXES));
        this.connectives = Set.copyOf(lexicon.words(Lexicon.ORGANISATION_CONNECTIVES));
        this.articles = lexicon.lowerCase(Lexicon.DETERMINERS);
        this.givenNames = lexicon.givenNames();
    }

    /** Words that end (or open) an organisation's name ({@code organisation-heads}), as written. */
    Set<String> heads() {
        return heads;
    }

    /** Words that open an organisation's name where the head comes first ({@code organisation-leading-heads}). */
    Set<String> leadingHeads() {
        return leadingHeads;
    }

    /** Legal forms ("GmbH", "Inc."), as written. */
    Set<String> legalForms() {
        return legalForms;
    }

    /** Words that join the parts of a name ("of", "für", "de"). */
    Set<String> connectives() {
        return connectives;
    }

    /** Articles and other determiners, lower case. */
    Set<String> articles() {
        return articles;
    }

    /**
     * The organisation's name among words where every noun is capitalised, or null: the first word naming an
     * institution, with the capitalised adjectives and acronyms before it ("Deutsche Bank", "GSI Helmholtzzentrum")
     * and what a connective joins after it ("Bundesamt für Sicherheit", "Akademie der Bayerischen Wissenschaften"),
     * or a place after a leading head ("Universität Hamburg"); or the words before a legal form back to an article
     * or connective ("Geschäftsführer der LoogBerry GmbH" names LoogBerry GmbH). Declined adjectives and heads
     * are given in one form ("des Deutschen Caritasverbandes" names the Deutsche Caritasverband).
     */
    List<String> compound(List<String> words) {
        int n = words.size();
        while (n > 0 && (words.get(n - 1).endsWith("-") || lowerTail(words.get(n - 1)))) {
            n--; // "Forum der Staats-", "Institut für Schnee-und": cut short where the line went on in small letters
        }
        for (int form = 1; form < n; form++) {
            if (!legalForms.contains(words.get(form))) {
                continue;
            }
            int from = form;
            while (from > 0 && !connectives.contains(words.get(from - 1)) && !articles.contains(
                    words.get(from - 1).toLowerCase(Locale.ROOT))) {
                from--;
            }
            return form + 1 - from >= 2 ? new ArrayList<>(words.subList(from, form + 1)) : null;
        }
        for (int h = 0; h < n; h++) {
            String head = head(words.get(h));
            if (head == null) {
                continue;
            }
            boolean hyphened = words.get(h).indexOf('-') > 0;
            // An English head ("Princeton University") takes the names before it as English does.
            boolean english = heads.contains(head) && !isCompoundHead(head);
            int from = h;
            while (from > 0 && (modifies(words.get(from - 1), hyphened) || english && names(words.get(from - 1)))) {
                from--;
            }
            boolean leading = leads(head);
            int to = h + 1;
            while (to < n && connectives.contains(words.get(to))
                    && (leading || !articles.contains(words.get(to).toLowerCase(Locale.ROOT)))) {
                while (to < n && connectives.contains(words.get(to))) {
                    to++;
                }
                while (to < n - 1 && modifies(words.get(to), false)) {
                    to++;
                }
                to = Math.min(n, to + 1); // one noun after each connective: "Bundesamt für Sicherheit"
            }
            if (to == h + 1 && leading && h + 2 == n && head(words.get(h + 1)) == null
                    && NameBounds.isCapitalised(words.get(h + 1))) {
                to = h + 2; // "Universität Hamburg", "Stiftung Warentest"
            }
            while (to > h + 1 && connectives.contains(words.get(to - 1))) {
                to--;
            }
            List<String> name = new ArrayList<>(words.subList(from, to));
            for (int i = 0; i < h - from; i++) {
                name.set(i, uninflected(name.get(i)));
            }
            name.set(h - from, head);
            boolean single = name.size() == 1 && (hyphened
                    && NameBounds.isCapitalised(head.substring(0, head.indexOf('-'))) || federal(head));
            return name.size() >= 2 || single ? name : null;
        }
        return null;
    }

    /**
     * Whether the one {@code word} names a state's institution alone: a compound prefix before more than an
     * institution's word ("Bundesarbeitsministerium", "Bundesverfassungsgericht"); not "Bundesministerium" alone,
     * which stands for one the article has named.
     */
    boolean federal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : compoundPrefixes) {
            if (word.startsWith(prefix) && head(word) != null) {
                String rest = lower.substring(prefix.length());
                return compoundHeads.stream().noneMatch(h -> rest.equals(h) || lower.equals(h));
            }
        }
        return false;
    }

    /** Whether the hyphenated {@code word} goes on in small letters ("Schnee-und"). */
    private static boolean lowerTail(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    /**
     * {@code word} as the head of an organisation's name, without the genitive ending German may give it
     * ("Bundesamtes" → "Bundesamt", "Koch-Instituts" → "Koch-Institut"); null if it names no institution.
     */
    String head(String word) {
        if (heads.contains(word) || leadingHeads.contains(word)) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String head : compoundHeads) {
            for (String ending : GENITIVE) {
                if (lower.endsWith(head + ending)) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
        }
        return null;
    }

    private static final List<String> GENITIVE = List.of("", "s", "es");

    private boolean isCompoundHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return compoundHeads.stream().anyMatch(lower::endsWith);
    }

    /** Whether {@code word} may be part of an English name before its head: capitalised, no function word or place. */
    private boolean names(String word) {
        return NameBounds.isCapitalised(word) && !connectives.contains(word) && !bounds.isFunctionWord(word, "de")
                && gazetteer.mentions(word).isEmpty() && head(word) == null;
    }

    /** Whether the institution {@code head} heads names in front ("Universität zu Köln", "Ministerium der Justiz"). */
    private boolean leads(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        for (String leading : leadingHeads) {
            if (lower.endsWith(leading.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} may stand before an institution's word in its name where nouns are capitalised: an
     * adjective, written small unless it is part of a name ("Deutsche", "Berliner"), an acronym ("GSI"), or before
     * a compound of names a given name ("Robert Koch-Institut"); not a demonym ("Amerikaner").
     */
    private boolean modifies(String word, boolean beforeCompound) {
        if (word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (!NameBounds.isCapitalised(word) || head(word) != null || bounds.isFunctionWord(word, "de")
                || !gazetteer.mentions(word).isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return beforeCompound && givenNames.contains(lower) || ADJECTIVE.matcher(lower).matches();
    }

    /** An adjective's endings in German: "-e", "-en", "-er", "-es", "-em" after a consonant. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*[^aeiouäöü](e|en|er|es|em)");
    /**
     * An adjective of a common stem in an oblique case ("Deutschen", "Nationalen", "Allgemeinen"); not "-er" or
     * "-es", which a name's own nominative has ("Deutscher Bundestag", "Deutsches Aktieninstitut").
     */
    private static final Pattern DECLINED = Pattern.compile("(.*(?:isch|sch|lich|ig|al|ell|iv|ein))(en|em)");

    /** The adjective {@code word} in its "-e" form where its stem is a common one: "Deutschen" → "Deutsche". */
    private static String uninflected(String word) {
        Matcher m = DECLINED.matcher(word);
        return m.matches() ? m.group(1) + "e" : word;
    }
}
