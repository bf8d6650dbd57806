package io.github.dossier.brief;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.extract.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The brief stage: a cleaned article and its metadata become a {@link Brief}, the body written as Markdown
 * (paragraphs separated by a blank line, subheadings as {@code ##}, quotations as {@code >}, list items as
 * {@code -}). Stateless.
 */
public final class BriefMaker {

    /** Makes the brief for {@code article}; its slug comes from the title. */
    public Brief make(CleanArticle article, Metadata meta) {
        Brief.Builder b = Brief.builder(Slugs.of(meta.title()), meta.title(), article.source());
        for (BriefField<?> field : BriefField.ALL) {
            field.extractedFrom(meta).ifPresent(v -> field.setFrom(b, shared(field.kind(), v)));
        }
        return b.body(markdown(article.body())).build();
    }

    /**
     * A list of names, a publication, section or language as the one string the JVM keeps for each text: names recur
     * across a corpus, and one string per brief that carries them is, at 100,000 briefs, tens of megabytes.
     */
    private static Object shared(BriefField.Kind kind, Object value) {
        return switch (kind) {
            case LIST -> ((List<?>) value).stream().map(n -> ((String) n).intern()).toList();
            case OPTIONAL_TEXT -> ((Optional<?>) value).map(t -> ((String) t).intern());
            default -> value;
        };
    }

    /**
     * The body parts as Markdown: paragraphs, subheadings, lists; a run of quoted paragraphs as one quotation; a run
     * of table rows as a table (its first row the header); preformatted text as a fenced code block.
     */
    public static String markdown(List<Part> body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            Part p = body.get(i);
            switch (p.type()) {
                case LIST_ITEM -> {
                    list.append("- ").append(MarkdownText.escape(p.text())).append('\n');
                    continue;
                }
                case HEADING -> flushThen(blocks, list, "## " + MarkdownText.escape(p.text()));
                case QUOTE -> {
                    StringBuilder quote = new StringBuilder("> ").append(MarkdownText.escape(p.text()));
                    while (i + 1 < body.size() && body.get(i + 1).type() == PartType.QUOTE) {
                        quote.append("\n>\n> ").append(MarkdownText.escape(body.get(++i).text()));
                    }
                    flushThen(blocks, list, quote.toString());
                }
                case TABLE_ROW -> {
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(cells(p.text()));
                    while (i + 1 < body.size() && body.get(i + 1).type() == PartType.TABLE_ROW) {
                        rows.add(cells(body.get(++i).text()));
                    }
                    flushThen(blocks, list, table(rows));
                }
                case CODE -> flushThen(blocks, list, code(p.text()));
                default -> flushThen(blocks, list, MarkdownText.escape(p.text()));
            }
        }
        if (list.length() > 0) {
            blocks.add(list.toString().strip());
        }
        return String.join("\n\n", blocks);
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String cell : row.split(String.valueOf(PartType.CELL), -1)) {
            out.add(cell.strip());
        }
        if (out.size() > 1 && out.get(0).isEmpty()) {
            out.remove(0); // the separator before the first cell
        }
        return out;
    }

    /** Rows as a GFM table, each row as wide as the widest; a cell's pipes and Markdown escaped. */
    private static String table(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int c = 0; c < width; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                String escaped = MarkdownText.escapeInline(cell).replace("|", "\\|");
                out.append(' ').append(escaped.isEmpty() ? " " : escaped).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(width)).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** Preformatted text as a fenced code block, the fence longer than any run of backticks in it. */
    private static String code(String text) {
        String lines = PartType.plain(text); // lines and spaces as the page wrote them
        int longest = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`+").matcher(lines);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + lines + "\n" + fence;
    }

    private static void flushThen(List<String> blocks, StringBuilder list, String block) {
        if (list.length() > 0) {
            blocks.add(list.toString().strip());
            list.setLength(0);
        }
        blocks.add(block);
    }
}
