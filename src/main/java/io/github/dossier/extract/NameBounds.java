package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Languages;
import io.github.dossier.knowledge.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a name written in running text starts and ends, in every language that writes capitals: a capital after a
 * full stop or at a line's start says nothing, a function word or a role before a name is no part of it ("While
 * Hamas", "President Sean"), nor a possessive after it ("Bank of Canada’s"). Function words are the stopwords of
 * the page's language and of English (the lexicon's {@code stopwords-<code>.txt}); roles the first words of
 * {@code titles.txt} and the honorifics. Immutable and thread-safe.
 *
 * <pre>{@code
 * bounds.isFunctionWord("While", "en");                 // true
 * NameBounds.withoutPossessive("Canada’s");             // "Canada"
 * NameBounds.sentenceStart("He left. While Hamas", 9);  // true
 * }</pre>
 */
final class NameBounds {

    private final Lexicon lexicon;
    private final Set<String> english;
    /** Lower case, without a final dot: "president", "minister", "dr". */
    private final Set<String> roles;

    NameBounds(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.english = lexicon.stopwords("en");
        Set<String> r = new HashSet<>();
        for (String title : lexicon.titles()) {
            List<String> words = Words.of(title.toLowerCase(Locale.ROOT));
            if (!words.isEmpty()) {
                r.add(words.get(0).replaceAll("\\.$", ""));
            }
        }
        lexicon.words(Lexicon.HONORIFICS).forEach(h -> r.add(h.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")));
        this.roles = Set.copyOf(r);
    }

    /** Whether {@code word} is a stopword of {@code language} or of English, case aside. */
    boolean isFunctionWord(String word, String language) {
        String w = Languages.normalise(word);
        return english.contains(w) || !language.isEmpty() && lexicon.stopwords(language).contains(w);
    }

    /** Whether {@code word} opens a title or is an honorific ("President", "Minister", "Dr."), case aside. */
    boolean isRole(String word) {
        return roles.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    /** {@code word} without the possessive ending it may have: "Canada’s" → "Canada", "Charles'" → "Charles". */
    static String withoutPossessive(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S') && isApostrophe(word.charAt(n - 2))) {
            return word.substring(0, n - 2);
        }
        if (n > 2 && isApostrophe(word.charAt(n - 1)) && word.charAt(n - 2) == 's') {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /** Whether {@code word} ends in a possessive ("Canada’s", "Charles'"). */
    static boolean isPossessive(String word) {
        return withoutPossessive(word).length() != word.length();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Whether the word at {@code at} opens a sentence or a line: nothing before it on its line but spaces, quotes and
     * brackets, or a full stop, a question or exclamation mark, a colon or a dash before those.
     */
    static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && isOpener(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '–' || c == '—' || c == '|'
                || c == '•';
    }

    private static boolean isOpener(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '"' || c == '“' || c == '„' || c == '«' || c == '»'
                || c == '‘' || c == '\'' || c == '(' || c == '[';
    }

    /** Where the next word starts if only horizontal space stands between it and {@code from}; else -1. */
    static int nextOnLine(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        return i > from && i < text.length() && Words.isWordChar(text.codePointAt(i)) ? i : -1;
    }

    /**
     * The word right before {@code at} on its line with nothing but horizontal space between, or null: "New" before
     * "Zealand Army" in "the New Zealand Army".
     */
    static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
            i--;
        }
        if (i == at || i == 0 || !Words.isWordChar(text.codePointBefore(i))) {
            return null;
        }
        int end = i;
        while (i > 0 && (Words.isWordChar(text.codePointBefore(i)) || text.charAt(i - 1) == '-'
                || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return text.substring(i, end);
    }

    /** Whether {@code word} starts with a capital and has a small letter after it: "Merkel", not "NATO" or "von". */
    static boolean isCapitalised(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
