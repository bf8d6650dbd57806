package io.github.dossier.clean;

import io.github.dossier.raw.SourceNote;
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
 * @param note   what the researcher noted of the raw file, which stands before what the page says
 */
public record CleanArticle(String source, List<Part> parts, Map<String, List<String>> meta, SourceNote note) {

    public CleanArticle {
        parts = List.copyOf(parts);
        meta = Map.copyOf(meta);
        java.util.Objects.requireNonNull(note, "note");
    }

    /** The article of a raw file of which nothing is noted. */
    public CleanArticle(String source, List<Part> parts, Map<String, List<String>> meta) {
        this(source, parts, meta, SourceNote.NONE);
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

    /** This article with what the researcher noted of its raw file. */
    public CleanArticle withNote(SourceNote note) {
        return new CleanArticle(source, parts, meta, note);
    }

    /**
     * The article's addresses: the one the researcher noted, then the values of the page's meta {@code keys}
     * ({@code og:url}, {@code canonical} …), then the address a web archive fetched it from, in that order.
     */
    public List<String> addresses(List<String> keys) {
        List<String> out = new java.util.ArrayList<>(note.url().stream().toList());
        for (String key : keys) {
            out.addAll(meta.getOrDefault(key, List.of()));
        }
        note.captured().ifPresent(out::add);
        return out;
    }

    /** The first value of a page meta key, such as {@code og:title}. */
    public Optional<String> meta(String key) {
        List<String> values = meta.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
