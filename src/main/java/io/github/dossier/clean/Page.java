package io.github.dossier.clean;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Languages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One page's lines, the language they are in and whether stopword shares mean something for it (they do for a
 * language with a stopword list, on a page of prose; elsewhere length and punctuation decide). Per call.
 */
final class Page {

    /** The least stopword share of the page's words for their shares to say which lines are prose. */
    private static final double MIN_SHARE = 0.15;

    /** The median stopword share of English paragraphs, with Dossier's English list. */
    private static final double PROSE_SHARE = 0.45;
    /** How far a page's shares may be scaled up. */
    private static final double MIN_SCALE = 0.5;

    final List<Line> lines = new ArrayList<>();
    /** The page's language (ISO 639-1), or {@link Languages#UNKNOWN}. */
    final String language;
    /** Whether the page's lines can be read by their stopword share. */
    final boolean stopwords;

    Page(List<Block> blocks, Languages languages) {
        for (Block b : blocks) {
            if (!b.text().isBlank()) {
                lines.add(new Line(b));
            }
        }
        // The language is the prose's: a German blog's menus around an English post are German.
        List<String> words = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        for (Line l : lines) {
            words.addAll(l.words);
            if (l.words.size() >= 8 && l.block.linkDensity() < 0.5) {
                prose.addAll(l.words);
            }
        }
        this.language = languages.detect(prose.size() >= 30 ? prose : words);
        Set<String> stop = languages.stopwords(language);
        double share = 0;
        List<Double> long_ = new ArrayList<>();
        for (Line l : lines) {
            l.stop = Words.stopwordShare(l.words, stop);
            share += l.stop * l.words.size();
            if (l.chars() >= 150 && l.block.linkDensity() < 0.3) {
                long_.add(l.stop);
            }
        }
        // Languages use stopwords at different rates (Russian, which inflects, much less than English), and the
        // lists differ in length: the shares are read against this page's own long paragraphs.
        double scale = 1;
        if (long_.size() >= 3) {
            Collections.sort(long_);
            scale = Math.max(MIN_SCALE, Math.min(1, long_.get(long_.size() / 2) / PROSE_SHARE));
        }
        for (Line l : lines) {
            l.stop /= scale;
        }
        // A page whose words are mostly not stopwords (results tables, listings) is read by length instead.
        this.stopwords = words.isEmpty() || share / words.size() > MIN_SHARE;
    }
}
