package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People no title announces and no list knows, by the general rule: a known given name ({@code given-names.txt},
 * every language) followed on its line by capitalised name words, particles between ("Christian Drosten", "Ursula
 * von der Leyen", "Jean-Noël Juttet", "Владимир Путин"). Where every noun is capitalised (German), the name ends
 * at its first word that is no given name ("Christian Drosten Journalisten" is Christian Drosten); elsewhere it
 * takes at most two such words ("Gabriel García Márquez"). A name that runs into an organisation's, a street's or
 * a prize's ("Robert Koch-Institut", "George Washington University", "Angela-Merkel-Straße") names no one, and so
 * does a given name that is also a function word ("Will", "May", "Du"), and a picture's credit ("Foto: Marvin
 * Ruppert", a line "Michael Conroy, AP"). Immutable and thread-safe.
 *
 * <pre>{@code
 * rule.find("Das sagte Christian Drosten am Montag.", "de");   // [Christian Drosten]
 * }</pre>
 */
final class GivenNamePeople {

    private final Set<String> givenNames;
    private final Set<String> particles;
    private final Set<String> articles;
    /** Months, weekdays, credits ("Photo") and the like, lower case: they end a name. */
    private final Set<String> stops;
    /** Month names in every language the lexicon reads ("june", "august", "juli"), lower case. */
    private final java.util.Map<String, Integer> months;
    /** Lower case: words that make the name before them part of a thing's ("University", "GmbH", "Straße"). */
    private final Set<String> thingHeads;
    /** Lower case endings of compounds that name an institution or a place ("-institut", "-straße"). */
    private final Set<String> compoundHeads;
    private final Set<String> nounCapitalising;
    /** Lower case: words no person's name holds ("Times", "News", "Staff"); they end one. */
    private final Set<String> notNames;
    private final NameBounds bounds;

    GivenNamePeople(Lexicon lexicon, NameBounds bounds) {
        this.bounds = bounds;
        this.givenNames = lexicon.givenNames();
        this.months = lexicon.monthNames();
        this.particles = lexicon.lowerCase(Lexicon.NAME_PARTICLES);
        this.articles = lexicon.lowerCase(Lexicon.DETERMINERS);
        Set<String> ends = new HashSet<>(lexicon.lowerCase(Lexicon.NAME_STOPS));
        ends.addAll(lexicon.lowerCase(Lexicon.CREDIT_WORDS));
        this.stops = Set.copyOf(ends);
        Set<String> heads = new HashSet<>(lexicon.lowerCase(Lexicon.ORGANISATION_HEADS));
        heads.addAll(lexicon.lowerCase(Lexicon.LEGAL_FORMS));
        heads.addAll(lexicon.lowerCase(Lexicon.NAMED_THING_HEADS));
        this.thingHeads = Set.copyOf(heads);
        Set<String> compounds = new HashSet<>(lexicon.lowerCase(Lexicon.ORGANISATION_COMPOUND_HEADS));
        compounds.addAll(lexicon.lowerCase(Lexicon.NAMED_THING_HEADS));
        this.compoundHeads = Set.copyOf(compounds);
        this.nounCapitalising = Set.copyOf(lexicon.words(Lexicon.NOUN_CAPITALISING_LANGUAGES));
        this.notNames = lexicon.lowerCase(Lexicon.NOT_NAME_WORDS);
    }

    /** The names in {@code text} (in {@code language}, an ISO code or ""), in order, once for each time named. */
    List<String> find(String text, String language) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int at = Words.start(text, 0);
        while (at < n) {
            int end = Words.end(text, at);
            int next = end;
            if (Character.isUpperCase(text.codePointAt(at)) && end - at >= 2) {
                String first = text.substring(at, end);
                if (isGiven(first) && opens(text, at, first, language)) {
                    int[] stop = new int[1];
                    String name = extend(text, at, end, language, stop);
                    if (name != null) {
                        out.add(name);
                        next = stop[0];
                    }
                }
            }
            at = Words.start(text, next);
        }
        return out;
    }

    /** Whether {@code word} is a given name, or given names joined by hyphens ("Jean-Noël"), written capitalised. */
    boolean isGiven(String word) {
        if (!NameBounds.isCapitalised(word)) {
            return false;
        }
        if (word.indexOf('-') < 0) {
            return known(word);
        }
        for (String part : word.split("-")) {
            if (!NameBounds.isCapitalised(part) || !known(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is a given name, accents aside where the list has it without ("Éric", "Néstor"). */
    private boolean known(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (givenNames.contains(lower)) {
            return true;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 128) {
                String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
                return !bare.equals(lower) && givenNames.contains(bare);
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Whether a name may open with the given name {@code first} at {@code at}. */
    private boolean opens(String text, int at, String first, String language) {
        if (at > 0 && (text.charAt(at - 1) == '-' || Character.isLetter(text.charAt(at - 1)))) {
            return false;
        }
        if (credited(text, at)) {
            return false;
        }
        // "Fondation Jean Jaurès", "lycée Jean Zay": the name is the organisation's or the building's.
        String before = NameBounds.wordBefore(text, at);
        // "In June Biden said", "im August Merkel": a month after a function word is the month, not a given name.
        if (before != null && months.containsKey(first.toLowerCase(Locale.ROOT))
                && bounds.isFunctionWord(before, language)) {
            return false;
        }
        if (before != null && thingHeads.contains(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "San Francisco", "South Dakota": where only names are capitalised, a capitalised word before the given
        // name (but a role, a function word or a sentence's first word) makes it part of a longer name.
        // A possessive is no part of the name after it: "Britain’s Andy Murray".
        if (before != null && NameBounds.isCapitalised(before) && !nounCapitalising.contains(language)
                && !NameBounds.isPossessive(before) && !bounds.isRole(before) && !bounds.isFunctionWord(before, language)
                && !NameBounds.sentenceStart(text, at - before.length() - 1)) {
            return false;
        }
        // "Will", "May", "Du": a given name that is also a function word opens no name, lest every "Will Republicans"
        // and "Hast Du Lust" be one.
        return !bounds.isFunctionWord(first, language);
    }

    /** Whether the word at {@code at} follows a picture's credit and a colon: "Foto: Marvin Ruppert", "Photo: …". */
    private boolean credited(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ':') {
            return false;
        }
        int end = i - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && stops.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** A name alone on its line but for an agency's capitals after a comma is a picture's credit: "Jane Doe, AP". */
    private static final java.util.regex.Pattern AGENCY_CREDIT = java.util.regex.Pattern.compile(
            ",\\h*\\p{Lu}{2,}(?:/\\p{Lu}{2,})?\\h*(?:\\n|$)");

    /**
     * The name opening with the given name at {@code at..from}, or null where it names no one; {@code stop} gets
     * where it ends.
     */
    private String extend(String text, int at, int from, String language, int[] stop) {
        boolean nounCaps = nounCapitalising.contains(language);
        List<String> words = new ArrayList<>(List.of(text.substring(at, from)));
        List<String> pending = new ArrayList<>();
        int surnames = 0;
        int pos = from;
        int last = from;
        while (words.size() + pending.size() < 6) {
            int s = NameBounds.nextOnLine(text, pos);
            if (s < 0) {
                break;
            }
            int e = Words.end(text, s);
            String w = text.substring(s, e);
            int glued = glued(w);
            if (glued > 0) {
                w = w.substring(0, glued); // "Mitzscherlich.DCV", "OmarIlhan": words run on without a space
                e = s + glued;
            }
            if (particles.contains(w.toLowerCase(Locale.ROOT))) { // "von der Leyen", "Bruno Le Maire"
                // "Maria der Zeitung" in German is a dative, not a particle: a run of them opens with none of the articles.
                if (nounCaps && pending.isEmpty() && articles.contains(w.toLowerCase(Locale.ROOT))) {
                    break;
                }
                pending.add(w);
                pos = e;
                continue;
            }
            if (w.length() == 1 && Character.isUpperCase(w.charAt(0)) && e < text.length() && text.charAt(e) == '.'
                    && pending.isEmpty()) {
                words.add(w + ".");
                pos = e + 1;
                continue;
            }
            if (!isNameWord(w)) {
                break;
            }
            String bare = NameBounds.withoutPossessive(w);
            String lower = bare.toLowerCase(Locale.ROOT);
            if (thingHeads.contains(lower) || compoundHead(bare)) {
                return null; // "Robert Koch-Institut", "George Washington University", "Merkel GmbH"
            }
            // "Edward Russell Is …": a function word ends a name, but may be its first surname ("Theresa May").
            if (stops.contains(lower) || bounds.isRole(bare) || notNames.contains(lower)
                    || words.size() > 1 && bounds.isFunctionWord(bare, language)) {
                break;
            }
            if (words.contains(bare)) {
                break; // "Ilhan Omar Ilhan Omar": a name said twice
            }
            if (!pending.isEmpty() && isGiven(bare)) {
                break; // "Tod von Jamey Rodemeyer": after "von", a given name opens another name
            }
            words.addAll(pending);
            pending.clear();
            words.add(bare);
            last = s + bare.length();
            pos = e;
            if (!isGiven(bare)) {
                surnames++;
            }
            if (bare.length() != w.length() || glued > 0 || nounCaps && surnames >= 1 || surnames >= 2) {
                break;
            }
        }
        while (!words.isEmpty() && words.get(words.size() - 1).endsWith(".")) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2) {
            return null;
        }
        // What follows the name may make it a thing's: "Joe Biden Foundation", "John Smith-Straße".
        int after = NameBounds.nextOnLine(text, last);
        String next = after < 0 ? "" : text.substring(after, Words.end(text, after));
        if (last < text.length() && text.charAt(last) == '-' || thingHeads.contains(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (nounCaps) {
            words.set(words.size() - 1, nominative(text, words.get(words.size() - 1)));
        }
        if (AGENCY_CREDIT.matcher(text).region(last, text.length()).lookingAt()
                && text.substring(text.lastIndexOf('\n', at - 1) + 1, at).isBlank()) {
            return null;
        }
        stop[0] = last;
        // In a headline in title case every word is capitalised: the name ends at its first surname.
        if (!nounCaps && words.size() > 2 && PeopleFinder.headline(text, at, last)) {
            int end = 1;
            while (end < words.size() - 1 && (words.get(end).endsWith(".") || particles.contains(words.get(end)))) {
                end++;
            }
            return String.join(" ", words.subList(0, end + 1));
        }
        return String.join(" ", words);
    }

    /**
     * The surname {@code word} without the genitive "s" German adds to it ("Martin Luthers Thesen"), where the text
     * also writes it without ("Luther"): "Mary Poppins" keeps hers.
     */
    private static String nominative(String text, String word) {
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return word;
        }
        String bare = word.substring(0, word.length() - 1);
        for (int i = text.indexOf(bare); i >= 0; i = text.indexOf(bare, i + 1)) {
            int end = i + bare.length();
            if ((end == text.length() || !Character.isLetter(text.charAt(end)))
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                return bare;
            }
        }
        return word;
    }

    /**
     * Where a second word glued to {@code w} without a space starts ("Mitzscherlich.DCV", "OmarIlhan"), or 0: a dot
     * inside, or a capital after three small letters ("McDonald", "DeSantis" are one word).
     */
    private static int glued(String w) {
        int dot = w.indexOf('.');
        if (dot > 1) {
            return dot;
        }
        int small = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && small >= 3) {
                return i;
            }
            small = Character.isLowerCase(c) ? small + 1 : 0;
        }
        return 0;
    }

    /** Whether {@code word} makes a name beside it a thing's: an organisation's, a building's, a prize's. */
    boolean namesThing(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return thingHeads.contains(lower) || notNames.contains(lower) || compoundHead(word);
    }

    /** A capitalised word of a name, hyphenated parts too ("Ocasio-Cortez", "al-Assad"), no digits. */
    private boolean isNameWord(String w) {
        String body = w;
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && particles.contains(w.substring(0, hyphen))) {
            body = w.substring(hyphen + 1); // "al-Assad"
        }
        if (!NameBounds.isCapitalised(body)) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.isDigit(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a part of the hyphenated {@code word}, or its end, names an institution or a place ("Koch-Institut"). */
    private boolean compoundHead(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen < 0) {
            return false;
        }
        String tail = word.substring(hyphen + 1).toLowerCase(Locale.ROOT);
        if (thingHeads.contains(tail)) {
            return true;
        }
        for (String head : compoundHeads) {
            if (tail.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

}
