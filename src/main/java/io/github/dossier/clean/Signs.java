package io.github.dossier.clean;

import io.github.dossier.knowledge.Lexicon;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a line's words say of it, by the lexicon: a bio ("Dr. Jane Doe is a lecturer in …"), a line of names, a
 * teaser cut off with "… Read more", a photo credit, a date. Built once per cleaner; immutable and thread-safe.
 */
final class Signs {

    private final Pattern bioSentence;
    private final Pattern nameWord;
    private final Pattern honorific;
    private final Pattern truncated;
    private final Pattern dateInLine;
    private final Pattern creditStart;

    Signs(Lexicon lexicon) {
        this.bioSentence = bioSentence(lexicon);
        this.nameWord = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*|" + lexicon.alternation(Lexicon.NAME_PARTICLES) + ")");
        this.honorific = Pattern.compile("(?i)(" + lexicon.alternation(Lexicon.HONORIFICS) + ")\\.?");
        this.truncated = Pattern.compile("(\\.\\.\\.|…)\\s*(\\[?\\s*(" + lexicon.alternation(Lexicon.TEASER_ENDINGS)
                + ")\\s*\\]?)?$", Pattern.CASE_INSENSITIVE);
        String months = lexicon.alternation(Lexicon.MONTHS);
        this.dateInLine = Pattern.compile("(?i)\\b((" + months + ")[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
                + "|\\d{1,2}(st|nd|rd|th|\\.)?\\s+(" + months + ")\\p{L}*\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}"
                + "|\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2}))\\b");
        this.creditStart = Pattern.compile("^(" + lexicon.alternation(Lexicon.CREDIT_OPENINGS) + ")",
                Pattern.CASE_INSENSITIVE);
    }

    /** "Dr. Jane Doe is a lecturer …", "Jane Doe and John Roe are fellows at …": a named person, then a role. */
    private static Pattern bioSentence(Lexicon lexicon) {
        String name = "(?:(?i:" + lexicon.alternation(Lexicon.HONORIFICS) + ")\\.?\\s+)?(?!The\\b)\\p{Lu}[\\p{L}'’.-]+"
                + "(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:\\s*\\([^)]{1,40}\\))?";
        StringBuilder alt = new StringBuilder();
        for (String r : lexicon.bioRoles()) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(r.strip()));
        }
        return Pattern.compile("^" + name + "(?:\\s+and\\s+" + name + ")?,?\\s+"
                + "(?:" + lexicon.alternation(Lexicon.BIO_VERBS) + ")\\b"
                + ".{0,40}?\\b(?i:" + alt + ")s?\\b.*");
    }

    /** An excerpt cut off with an ellipsis: "… Read more". */
    Pattern truncated() {
        return truncated;
    }

    /** A date as articles print them: "Nov. 19, 2019", "19 November 2019", "12. Juni 2017", "2019-11-19", "11/19/19". */
    Pattern dateInLine() {
        return dateInLine;
    }

    /** A photo credit's opening word: "Photo:", "©". */
    Pattern creditStart() {
        return creditStart;
    }

    /** A line about the author: a "bio" rule, or "Name is a lecturer at …". */
    boolean isBio(Line l) {
        if (l.matched(Rule.BIO)) {
            return true;
        }
        return bioSentence.matcher(l.text).matches() && l.text.length() < 700;
    }

    /** A line of two to eight names ("Dr. Jane Doe and John Roe"), as bylines are. */
    boolean looksLikeNames(Line l) {
        List<String> words = l.words;
        if (words.size() < 2 || words.size() > 9 || l.sentenceEnd || l.text.contains("|")) {
            return false;
        }
        int names = 0;
        for (String w : words) {
            if (w.equalsIgnoreCase("and") || honorific.matcher(w).matches()) {
                continue;
            }
            if (!nameWord.matcher(w).matches()) {
                return false;
            }
            names++;
        }
        return names >= 2 && names <= 8 && l.stop == 0;
    }
}
