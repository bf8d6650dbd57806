package io.github.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level facts about a line of text: tokens, stopword share, capitalisation. Stateless. */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’.-][\\p{L}\\p{M}\\p{N}]+)*");

    private Words() {
    }

    /** The words of {@code text}, as written. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** How many words {@code text} has. */
    public static int count(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
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

    /** The share of {@code words} that start with a capital letter or digit. */
    public static double capitalisedShare(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        int cap = 0;
        for (String w : words) {
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                cap++;
            }
        }
        return (double) cap / words.size();
    }

    /** What separates a page title's parts: "Headline - Site", "Section | Headline", "Headline :: Site". */
    public static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|–—:•·]|::|\\|\\|)\\s+");

    /** A key for names: as {@link #key} with accents dropped, so "Dmítri Trenin" and "DMITRI TRENIN" agree. */
    public static String nameKey(String name) {
        return key(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
    }

    /** A comparison key: lower case, letters and digits only, single spaces. */
    public static String key(String text) {
        return String.join(" ", of(text.toLowerCase(Locale.ROOT)));
    }
}
