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
final class TextCleaner {

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

    /** Cleans a Markdown scrape: its headings, quotations and lists are hints, its links count as links. */
    public CleanArticle cleanMarkdown(String source, String text, CorpusProfile profile) {
        return blocks.clean(source, markdownBlocks(text), Map.of(), profile);
    }

    private static final java.util.regex.Pattern MD_HEADING = java.util.regex.Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final java.util.regex.Pattern MD_LIST = java.util.regex.Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final java.util.regex.Pattern MD_IMAGE = java.util.regex.Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final java.util.regex.Pattern MD_LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final java.util.regex.Pattern MD_EMPHASIS = java.util.regex.Pattern.compile("(\\*\\*|__|\\*|_|`)(?=\\S)(.+?)(?<=\\S)\\1");

    /** Blocks of a Markdown scrape, one a line, markup turned into hints and link density. */
    static List<Block> markdownBlocks(String text) {
        List<Block> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (line.isEmpty() || line.matches("[-*_=]{3,}|\\|?[-: |]+\\|?")) {
                continue;
            }
            Block.Hint hint = Block.Hint.NONE;
            java.util.regex.Matcher m = MD_HEADING.matcher(line);
            if (m.matches()) {
                hint = m.group(1).length() == 1 ? Block.Hint.TITLE : Block.Hint.HEADING;
                line = m.group(2);
            } else if (line.startsWith(">")) {
                hint = Block.Hint.QUOTE;
                line = line.replaceFirst("^(>\\s?)+", "");
            } else if ((m = MD_LIST.matcher(line)).matches()) {
                hint = Block.Hint.LIST_ITEM;
                line = m.group(1);
            } else if (fenced) {
                hint = Block.Hint.PARAGRAPH;
            }
            line = MD_IMAGE.matcher(line).replaceAll("");
            int linked = 0;
            StringBuilder plain = new StringBuilder();
            m = MD_LINK.matcher(line);
            int last = 0;
            while (m.find()) {
                plain.append(line, last, m.start()).append(m.group(1));
                linked += m.group(1).length();
                last = m.end();
            }
            plain.append(line.substring(last));
            String clean = MD_EMPHASIS.matcher(plain.toString()).replaceAll("$2").replace("\\", "").strip();
            if (!clean.isEmpty()) {
                out.add(new Block(clean, i + 1, hint, Math.min(1, (double) linked / clean.length()), 0));
            }
        }
        return out;
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
