package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People whose given name no list knows, named where the text says a person speaks or what a person is: two
 * capitalised words right after or before a verb of saying ("said Sanjiv Bhasin", "explique Francisca Joly-Gomez",
 * "Pat Rynard said"), followed by a role in apposition ("Rusmik Oza, head of research at", "Jane Roe, a spokeswoman
 * for") or right after a role ("reporter Nisan Ahmado"). The verbs are the lexicon's {@code speaker-cues}, every
 * language; the roles {@code bio-roles.txt}, the titles and the honorifics. A word of the name must be no function
 * word, role, month or word of a thing's name, and, where only names are capitalised, never written small elsewhere
 * in the text ("Last week, director …"); after an article or a preposition, or before a role in small letters, the
 * words are a place's or a thing's ("the Sioux Falls Argus Leader says", "the South Bend mayor"). A name takes two
 * capitalised words, for three are an organisation's as often ("said Kotak Institutional Equities"). Where every noun
 * is capitalised (German) a capital says too little: the rule finds no one there. A name opening with a known given
 * name is {@link GivenNamePeople}'s. Two capitalised words listed beside a person found are one too ({@link #listed}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * rule.find("“Markets will rise,” said Sanjiv Bhasin, director of IIFL.", "en");   // [Sanjiv Bhasin]
 * }</pre>
 */
final class CuedPeople {

    /** At most this many characters before a name are read for a cue ("according to"). */
    private static final int REACH = 40;

    private final Set<String> verbs;
    private final Pattern verbBefore;
    private final Pattern verbAfter;
    private final Set<String> roles;
    private final Set<String> articles;
    private final Set<String> particles;
    private final Set<String> stops;
    private final Set<String> nounCapitalising;
    private final NameBounds bounds;
    private final GivenNamePeople given;

    CuedPeople(Lexicon lexicon, NameBounds bounds, GivenNamePeople given) {
        this.bounds = bounds;
        this.given = given;
        this.verbs = lexicon.lowerCase(Lexicon.SPEAKER_CUES);
        String alt = lexicon.alternation(Lexicon.SPEAKER_CUES);
        this.verbBefore = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alt + ")\\h*$");
        this.verbAfter = Pattern.compile("(?iu)^\\h+(?:" + alt + ")(?!\\p{L})");
        Set<String> r = new HashSet<>();
        lexicon.bioRoles().forEach(b -> r.add(b.toLowerCase(Locale.ROOT)));
        this.roles = Set.copyOf(r);
        this.articles = lexicon.lowerCase(Lexicon.DETERMINERS);
        this.particles = lexicon.lowerCase(Lexicon.NAME_PARTICLES);
        Set<String> ends = new HashSet<>(lexicon.lowerCase(Lexicon.NAME_STOPS));
        ends.addAll(lexicon.lowerCase(Lexicon.CREDIT_WORDS));
        this.stops = Set.copyOf(ends);
        this.nounCapitalising = Set.copyOf(lexicon.words(Lexicon.NOUN_CAPITALISING_LANGUAGES));
    }

    /** The names in {@code text} (in {@code language}, an ISO code or ""), in order, once for each cued mention. */
    List<String> find(String text, String language) {
        List<String> out = new ArrayList<>();
        boolean nounCaps = nounCapitalising.contains(language);
        if (nounCaps) {
            return out;
        }
        int n = text.length();
        int at = Words.start(text, 0);
        while (at < n) {
            int end = Words.end(text, at);
            if (!nameWord(text.substring(at, end), language) || at > 0 && text.charAt(at - 1) == '-') {
                at = Words.start(text, end);
                continue;
            }
            // A run of capitalised words on one line, particles between: "Sanjiv Bhasin", "Roberto d'Aubuisson".
            List<String> words = new ArrayList<>(List.of(text.substring(at, end)));
            int last = end;
            int pos = end;
            while (words.size() <= 4) {
                int s = NameBounds.nextOnLine(text, pos);
                if (s < 0) {
                    break;
                }
                int e = Words.end(text, s);
                String w = text.substring(s, e);
                if (particles.contains(w.toLowerCase(Locale.ROOT)) && !articles.contains(w.toLowerCase(Locale.ROOT))) {
                    int s2 = NameBounds.nextOnLine(text, e);
                    if (s2 < 0 || !nameWord(text.substring(s2, Words.end(text, s2)), language)) {
                        break;
                    }
                    words.add(w);
                    s = s2;
                    e = Words.end(text, s2);
                    w = text.substring(s, e);
                } else if (!nameWord(w, language)) {
                    break;
                }
                words.add(w);
                last = e;
                pos = e;
            }
            String name = named(text, at, last, words, language);
            if (name != null) {
                out.add(name);
            }
            at = Words.start(text, last);
        }
        return out;
    }

    /**
     * The names listed beside those already {@code found} ("Seiji Ozawa, Sir Colin Davis, Myung-Whun Chung, Daniele
     * Gatti"): two capitalised words joined to a found name by a comma or a conjunction, and ending at a comma, a
     * conjunction or a full stop. Each found name makes its neighbours found, down the list.
     */
    List<String> listed(String text, String language, java.util.Collection<String> found) {
        List<String> out = new ArrayList<>();
        if (nounCapitalising.contains(language)) {
            return out;
        }
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        Set<String> seen = new HashSet<>(found);
        found.stream().filter(f -> f.indexOf(' ') > 0).forEach(todo::add);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                java.util.regex.Matcher after = LISTED_AFTER.matcher(text).region(i + name.length(), text.length());
                if (after.lookingAt()) {
                    add(text, after.group(1), after.start(1), after.end(1), language, seen, todo, out);
                }
                int from = Math.max(0, i - 60);
                java.util.regex.Matcher before = LISTED_BEFORE.matcher(text.substring(from, i));
                if (before.find()) {
                    add(text, before.group(1), from + before.start(1), from + before.end(1), language, seen, todo, out);
                }
            }
        }
        return out;
    }

    private void add(String text, String pair, int from, int to, String language, Set<String> seen,
            java.util.Deque<String> todo, List<String> out) {
        List<String> words = List.of(pair.split("\\h+"));
        if (seen.contains(pair) || !words.stream().allMatch(w -> nameWord(w, language))
                || words.stream().anyMatch(given::namesThing) || words.stream().anyMatch(w -> writtenSmall(text, w))) {
            return;
        }
        seen.add(pair);
        todo.add(pair);
        out.add(pair);
    }

    /** A comma or a conjunction, a pair of capitalised words, and the list going on or ending. */
    private static final String PAIR = "(\\p{Lu}[\\p{L}\\p{M}'’-]+\\h\\p{Lu}[\\p{L}\\p{M}'’-]+)";
    private static final String JOIN = "(?:,\\h*|\\h+(?:and|et|y|e|i|und)\\h+)";
    private static final Pattern LISTED_AFTER = Pattern.compile(JOIN + PAIR + "(?=,|\\.|\\h+(?:and|et|y|e|i|und)\\h)");
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?:^|,\\h*|\\h(?:and|et|y|e|i|und)\\h+)" + PAIR + JOIN + "$");

    /** The name the run {@code words} at {@code from..to} makes where a cue stands beside it, or null. */
    private String named(String text, int from, int to, List<String> words, String language) {
        String last = words.get(words.size() - 1);
        String bare = NameBounds.withoutPossessive(last);
        long capitalised = words.stream().filter(NameBounds::isCapitalised).count();
        if (capitalised != 2 || given.isGiven(words.get(0)) || given.namesThing(bare)
                || words.stream().anyMatch(given::namesThing) || modifier(text, from, to, language)) {
            return null;
        }
        if (!cued(text, from, to, bare.length() != last.length())) {
            return null;
        }
        if (words.stream().anyMatch(w -> writtenSmall(text, w))) {
            return null;
        }
        List<String> kept = new ArrayList<>(words);
        kept.set(kept.size() - 1, bare);
        return String.join(" ", kept);
    }

    /**
     * Whether the run at {@code from..to} is a place's or a thing's: after an article or a preposition ("The San
     * Francisco Chronicle says", "of Sioux Falls, Gov. …"), or before a role in small letters ("the South Bend
     * mayor").
     */
    private boolean modifier(String text, int from, int to, String language) {
        String before = NameBounds.wordBefore(text, from);
        if (before != null && bounds.isFunctionWord(before, language) && !verbs.contains(before.toLowerCase(Locale.ROOT))
                && !NameBounds.sentenceStart(text, text.lastIndexOf(before, from))) {
            return true;
        }
        if (before != null && articles.contains(before.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int after = NameBounds.nextOnLine(text, to);
        if (after < 0) {
            return false;
        }
        String next = text.substring(after, Words.end(text, after));
        return Character.isLowerCase(next.codePointAt(0)) && (roles.contains(next) || bounds.isRole(next));
    }

    /** Whether a verb of saying stands right before or after the run, or a role after a comma or right before it. */
    private boolean cued(String text, int from, int to, boolean possessive) {
        String before = text.substring(Math.max(0, from - REACH), from);
        int line = before.lastIndexOf('\n');
        before = line >= 0 ? before.substring(line + 1) : before;
        if (verbBefore.matcher(before).find()) {
            return true;
        }
        String word = NameBounds.wordBefore(text, from);
        if (word != null && Character.isLowerCase(word.codePointAt(0)) && roles.contains(word)) {
            return true; // "reporter Nisan Ahmado"
        }
        if (possessive) {
            return false;
        }
        String after = text.substring(to, Math.min(text.length(), to + REACH));
        if (verbAfter.matcher(after).find()) {
            return true;
        }
        if (after.startsWith(", ")) {
            List<String> next = Words.of(after.substring(2));
            int i = 0;
            if (!next.isEmpty() && articles.contains(next.get(0).toLowerCase(Locale.ROOT))) {
                i++;
            }
            return i < next.size() && (roles.contains(next.get(i).toLowerCase(Locale.ROOT)) || bounds.isRole(next.get(i)));
        }
        return false;
    }

    /** Whether {@code word} may be part of a person's name: capitalised, no digit, no role, month or function word. */
    private boolean nameWord(String word, String language) {
        if (word.length() < 2 || !NameBounds.isCapitalised(word) || word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String bare = NameBounds.withoutPossessive(word);
        String lower = bare.toLowerCase(Locale.ROOT);
        return !stops.contains(lower) && !verbs.contains(lower) && !roles.contains(lower) && !bounds.isRole(bare)
                && !bounds.isFunctionWord(bare, language);
    }

    /** Whether {@code word} stands in {@code text} written small: a common word, capitalised at a sentence's start. */
    private static boolean writtenSmall(String text, String word) {
        String bare = NameBounds.withoutPossessive(word);
        String small = bare.toLowerCase(Locale.ROOT);
        if (small.equals(bare)) {
            return false;
        }
        for (int i = text.indexOf(small); i >= 0; i = text.indexOf(small, i + 1)) {
            int end = i + small.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

}
