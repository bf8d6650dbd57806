package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One text a page offers as its title, where it offers it ({@link Source}), and what the learned choice of titles
 * knows of it: its source, whether the rules would take it, its length and shape, and how the page's other
 * candidates agree with it (the same words elsewhere, inside the page's {@code <title>}, the {@code <h1>}'s). Every
 * feature is language-independent; a value is 0 or 1, or scaled to about that range. Immutable.
 *
 * @param text the candidate, its spaces tidied
 * @param source where the page offers it
 * @param rules whether the rules' order of sources considers it
 */
record TitleCandidate(String text, Source source, boolean rules) {

    /** Where a page offers a title, in the rules' order of trust. */
    enum Source {
        /** The {@code <h1>} that {@code og:title} announces alike. */
        AGREED,
        JSONLD,
        OG,
        TWITTER,
        /** A scrape's first line "Headline - Site", less the site. */
        SCRAPE_TITLE,
        /** The line the cleaner typed the headline. */
        HEADLINE,
        H1,
        /** A scrape's first line as it stands. */
        PAGE_TITLE,
        /** The page's {@code <title>}, less its site's name. */
        TITLE,
        STANDFIRST,
        /** The article's first sentence. */
        SENTENCE,
        /** The page's {@code <title>} as it stands, site's name and all. */
        TITLE_WHOLE
    }

    /** The features' names, in the order {@link #features} gives their values. */
    static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>();
        for (Source s : Source.values()) {
            names.add("source." + s.name().toLowerCase(Locale.ROOT));
        }
        names.addAll(List.of("rules.choice", "rules.rank", "words.log", "words.one", "words.two-three", "words.over-20",
                "agree.sources", "agree.inside", "agree.holds", "in-title", "is-title", "is-h1", "holds-h1",
                "separator", "ends-period", "ends-question", "capitals", "digits-lead", "site-name", "colon"));
        NAMES = List.copyOf(names);
    }

    /**
     * The features of each of a page's candidates, in order; {@code chosen} is the index of the rules' choice (-1 for
     * none), {@code title} the page's {@code <title>} as it stands ("" for none), {@code h1s} its {@code <h1>}s',
     * {@code site} its site's name ("" for none).
     */
    static double[][] features(List<TitleCandidate> candidates, int chosen, String title, List<String> h1s,
            String site) {
        int n = candidates.size();
        List<String> keys = candidates.stream().map(c -> Words.key(c.text())).toList();
        String titleKey = Words.key(title);
        Set<String> h1Keys = new HashSet<>();
        h1s.forEach(h -> h1Keys.add(Words.key(h)));
        h1Keys.remove("");
        String siteKey = Words.key(site);
        double[][] out = new double[n][];
        int rank = 0;
        for (int i = 0; i < n; i++) {
            TitleCandidate c = candidates.get(i);
            String key = keys.get(i);
            double[] f = new double[NAMES.size()];
            int k = 0;
            f[c.source().ordinal()] = 1;
            k += Source.values().length;
            f[k++] = i == chosen ? 1 : 0;
            f[k++] = c.rules() ? 1.0 / (1 + rank++) : 0;
            int words = Words.count(c.text());
            f[k++] = Math.log1p(words) / 3;
            f[k++] = words <= 1 ? 1 : 0;
            f[k++] = words >= 2 && words <= 3 ? 1 : 0;
            f[k++] = words > 20 ? 1 : 0;
            // How many other sources give the same words, and how many give more words holding these or fewer held.
            Set<Source> same = new HashSet<>();
            int inside = 0;
            int holds = 0;
            for (int j = 0; j < n; j++) {
                String other = keys.get(j);
                if (j == i || other.isEmpty() || key.isEmpty() || candidates.get(j).source() == c.source()) {
                    continue;
                }
                if (other.equals(key)) {
                    same.add(candidates.get(j).source());
                } else if (other.contains(key)) {
                    inside++;
                } else if (key.contains(other)) {
                    holds++;
                }
            }
            f[k++] = Math.min(4, same.size()) / 4.0;
            f[k++] = Math.min(4, inside) / 4.0;
            f[k++] = Math.min(4, holds) / 4.0;
            f[k++] = !key.isEmpty() && titleKey.contains(key) ? 1 : 0;
            f[k++] = !key.isEmpty() && titleKey.equals(key) ? 1 : 0;
            f[k++] = h1Keys.contains(key) ? 1 : 0;
            f[k++] = h1Keys.stream().anyMatch(h -> !h.equals(key) && key.contains(h)) ? 1 : 0;
            f[k++] = Words.TITLE_SEPARATOR.matcher(c.text()).find() ? 1 : 0;
            String t = c.text().strip();
            f[k++] = t.endsWith(".") ? 1 : 0;
            f[k++] = t.endsWith("?") ? 1 : 0;
            f[k++] = capitals(t);
            f[k++] = !t.isEmpty() && Character.isDigit(t.codePointAt(0)) ? 1 : 0;
            f[k++] = !siteKey.isEmpty() && key.contains(siteKey) ? 1 : 0;
            f[k++] = t.contains(": ") ? 1 : 0;
            out[i] = f;
        }
        return out;
    }

    /** The share of a text's letters in upper case. */
    private static double capitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) text.codePoints().filter(Character::isUpperCase).count() / letters;
    }
}
