package io.github.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One page's lines, and whether it reads as English (where stopword shares mean something). Per call. */
final class Page {

    final List<Line> lines = new ArrayList<>();
    final boolean english;

    Page(List<Block> blocks, Set<String> stopwords) {
        for (Block b : blocks) {
            if (!b.text().isBlank()) {
                lines.add(new Line(b, stopwords));
            }
        }
        int words = 0;
        double stop = 0;
        for (Line l : lines) {
            words += l.words.size();
            stop += l.stop * l.words.size();
        }
        // Stopword shares only mean something for English; elsewhere length and punctuation decide.
        english = words == 0 || stop / words > 0.15;
    }
}
