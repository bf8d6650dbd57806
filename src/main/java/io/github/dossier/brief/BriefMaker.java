package io.github.dossier.brief;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.extract.Author;
import io.github.dossier.knowledge.CountryMention;
import io.github.dossier.extract.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The brief stage: a cleaned article and its metadata become a {@link Brief}, the body written as Markdown
 * (paragraphs separated by a blank line, subheadings as {@code ##}, quotations as {@code >}, list items as
 * {@code -}). Stateless.
 */
public final class BriefMaker {

    /** Makes the brief for {@code article}; its slug comes from the title. */
    public Brief make(CleanArticle article, Metadata meta) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (CountryMention m : meta.countries()) {
            mentions.put(m.country().name(), m.mentions());
        }
        // Names recur across a corpus: one string each, not one per brief that carries it (at 100,000 briefs, tens
        // of megabytes).
        return Brief.builder(Slugs.of(meta.title()), meta.title(), article.source())
                .authors(shared(meta.authors().stream().map(Author::name).distinct().toList()))
                .publication(meta.publication().map(String::intern)).published(meta.published())
                .section(meta.section().map(String::intern))
                .tags(shared(meta.tags())).themes(shared(meta.themes()))
                .countries(shared(List.copyOf(mentions.keySet()))).countryMentions(mentions)
                .people(shared(meta.people())).organisations(shared(meta.organisations())).summary(meta.summary())
                .quotes(meta.quotes()).words(meta.words())
                .body(markdown(article.body()))
                .build();
    }

    /** The names, each the one string the JVM keeps for its text. */
    static List<String> shared(List<String> names) {
        return names.stream().map(String::intern).toList();
    }

    /** The body parts as Markdown. */
    public static String markdown(List<Part> body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (Part p : body) {
            String text = MarkdownText.escape(p.text());
            switch (p.type()) {
                case LIST_ITEM -> {
                    list.append("- ").append(text).append('\n');
                    continue;
                }
                case HEADING -> flushThen(blocks, list, "## " + text);
                case QUOTE -> flushThen(blocks, list, "> " + text);
                default -> flushThen(blocks, list, text);
            }
        }
        if (list.length() > 0) {
            blocks.add(list.toString().strip());
        }
        return String.join("\n\n", blocks);
    }

    private static void flushThen(List<String> blocks, StringBuilder list, String block) {
        if (list.length() > 0) {
            blocks.add(list.toString().strip());
            list.setLength(0);
        }
        blocks.add(block);
    }
}
