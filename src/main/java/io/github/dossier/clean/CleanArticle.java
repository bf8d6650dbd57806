package io.github.dossier.clean;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The article a raw file holds: its body and the typed parts around it, in reading order.
 *
 * @param source the raw file, relative to the raw directory
 * @param parts  every part, body and non-body, in reading order; removed material as {@link PartType#BOILERPLATE}
 * @param meta   what a saved page says of itself ({@code og:title}, {@code article:published_time}, JSON-LD
 *               {@code headline}, …), each key with its values in page order; empty for text scrapes
 */
public record CleanArticle(String source, List<Part> parts, Map<String, List<String>> meta) {

    public CleanArticle {
        parts = List.copyOf(parts);
        meta = Map.copyOf(meta);
    }

    /** The body parts (paragraphs, headings, quotes, list items) in order. */
    public List<Part> body() {
        return parts.stream().filter(p -> p.type().isBody()).toList();
    }

    /** The texts of all parts of {@code type}, in order. */
    public List<String> all(PartType type) {
        return parts.stream().filter(p -> p.type() == type).map(Part::text).toList();
    }

    /** The first part of {@code type}. */
    public Optional<String> first(PartType type) {
        return parts.stream().filter(p -> p.type() == type).map(Part::text).findFirst();
    }

    /** The body as plain text, one block a paragraph, blank lines between. */
    public String bodyText() {
        return body().stream().map(p -> PartType.plain(p.text())).collect(Collectors.joining("\n\n"));
    }

    /** This article with {@code values} first among the values of their meta keys. */
    public CleanArticle withMeta(Map<String, String> values) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(meta);
        values.forEach((k, v) -> {
            List<String> now = new java.util.ArrayList<>(List.of(v));
            now.addAll(all.getOrDefault(k, List.of()));
            all.put(k, now);
        });
        return new CleanArticle(source, parts, all);
    }

    /** The first value of a page meta key, such as {@code og:title}. */
    public Optional<String> meta(String key) {
        List<String> values = meta.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
