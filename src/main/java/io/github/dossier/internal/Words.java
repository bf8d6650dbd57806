package io.github.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word-level facts about a line of text: tokens, stopword share, capitalisation. Stateless. */
public final class Words {

    private Words() {
    }

    /** The words of {@code text}, as written. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        for (int i = start(text, 0); i < n; i = start(text, i)) {
            int end = end(text, i);
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    /** How many words {@code text} has. */
    public static int count(String text) {
        int count = 0;
        int n = text.length();
        for (int i = start(text, 0); i < n; i = start(text, i)) {
            i = end(text, i);
            count++;
        }
        return count;
    }

    // A word is a run of letters, marks and digits, joined by apostrophes, dots and hyphens to further runs:
    // the regular expression [\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*, scanned by hand because every
    // stage tokenises every article, and the scan is several times faster than the regex engine.

    /** Where the next word starts at or after {@code from}; the length of {@code text} when none does. */
    public static int start(CharSequence text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (isWordChar(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Where the word starting at {@code start} ends. */
    public static int end(CharSequence text, int start) {
        int n = text.length();
        int i = runEnd(text, start);
        if (i > start && isIdeographic(Character.codePointAt(text, start))) {
            return i;
        }
        while (i + 1 < n && isJoiner(text.charAt(i)) && isWordChar(Character.codePointAt(text, i + 1))
                && !isIdeographic(Character.codePointAt(text, i + 1))) {
            i = runEnd(text, i + 1);
        }
        return i;
    }

    /**
     * Where the run of letters, marks and digits starting at {@code start} ends. A Chinese or Japanese character is
     * a word of its own: those languages do not space their words, and a word count that counts characters is
     * what their readers (and word processors) expect, where a count of runs took a paragraph for a word.
     */
    public static int runEnd(CharSequence text, int start) {
        int n = text.length();
        int i = start;
        if (i < n && isIdeographic(Character.codePointAt(text, i))) {
            return i + Character.charCount(Character.codePointAt(text, i));
        }
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp) || isIdeographic(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Whether {@code cp} is written without spaces between words: Han (Chinese, kanji) and kana. */
    public static boolean isIdeographic(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether {@code cp} is a letter, a mark or a digit ({@code [\p{L}\p{M}\p{N}]}). */
    public static boolean isWordChar(int cp) {
        if (cp < 128) {
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '-';
    }

    /** The share of {@code words} that are stopwords (0 for no words). */
    public static double stopwordShare(List<String> words, Set<String> stopwords) {
        if (words.isEmpty()) {
            return 0;
        }
        int stop = 0;
        for (String w : words) {
            if (stopwords.contains(w.toLowerCase(Locale.ROOT).replace('’', '\''))) {
                stop++;
            }
        }
        return (double) stop / words.size();
    }

    /** What separates a page title's parts: "Headline - Site", "Section | Headline", "Headline :: Site". */
    public static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|–—:•·›»]|::|\\|\\||//)\\s+");

    /** A key for names: as {@link #key} with accents dropped, so "Dmítri Trenin" and "DMITRI TRENIN" agree. */
    public static String nameKey(String name) {
        return key(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
    }

    /**
     * {@code text} in lower case, one code point for one and of the same length, so that an offset in the result
     * is the same offset in {@code text}. {@link String#toLowerCase} is not: "İ" becomes two chars in the root
     * locale. A code point whose lower case would take more or fewer chars is kept as it is.
     */
    public static String foldCase(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.toLowerCase(cp) != cp) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            int lower = Character.toLowerCase(cp);
            sb.appendCodePoint(Character.charCount(lower) == Character.charCount(cp) ? lower : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** A comparison key: lower case, letters and digits only, single spaces. */
    public static String key(String text) {
        return String.join(" ", of(text.toLowerCase(Locale.ROOT)));
    }

    /**
     * Edit distance (Damerau's: a swap of two neighbours counts as one edit, so "titel" is one from "title").
     */
    public static int editDistance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Where {@code word} stands in {@code text} from {@code start} as a word of its own (not inside another: "GmbH"
     * in "Foo GmbH", not in "GmbHs"; a word that ends in a sign, "Inc.", may be followed by anything), or -1.
     */
    public static int indexOfWord(String text, String word, int start) {
        for (int from = start; ; ) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(word.charAt(word.length() - 1));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }
}
