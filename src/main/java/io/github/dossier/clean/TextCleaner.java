package io.github.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cleans plain-text scrapes: every non-blank line is a block, handed to the {@link BlockCleaner}.
 *
 * <pre>{@code
 * Advertisement                      → removed (advertisement)
 * How Western pressure is pushing …  → HEADLINE
 *   • Beijing and Moscow have …      → STANDFIRST
 * No sooner had the video …          → PARAGRAPH
 * Read more: NATO warns China …      → removed (teaser)
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class TextCleaner {

    private final BlockCleaner blocks;

    public TextCleaner(BlockCleaner blocks) {
        this.blocks = blocks;
    }

    /** Cleans {@code text}, already decoded and normalised, from the raw file {@code source}. */
    public CleanArticle clean(String source, String text) {
        return clean(source, text, CorpusProfile.EMPTY);
    }

    /** Cleans {@code text}, knowing which lines recur across the corpus. */
    public CleanArticle clean(String source, String text, CorpusProfile profile) {
        return blocks.clean(source, blocks(text), Map.of(), profile);
    }

    /** One block a non-blank line, numbered as in the file. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                out.add(Block.text(line, i + 1));
            }
        }
        return out;
    }
}
