package io.github.dossier.raw;

import java.util.Objects;

/**
 * One raw article, decoded to normalised text and not yet cleaned: a raw file, or one article of a file that holds
 * many (a web archive's response, a Zotero item's snapshot).
 *
 * <p>{@code source} is the path relative to the raw directory with forward slashes, for example
 * {@code 000_c5c357d6ed771a28.txt}, followed for an article of a {@link Container} by {@code #} and the article's
 * name in it; it is what a brief's {@code source:} field records.
 *
 * @param source path relative to the raw directory, and the article's name in its container
 * @param format whether the text is a plain-text scrape, Markdown or an HTML page (PDFs are read to HTML)
 * @param text   decoded text: NFC, {@code \n} line ends, odd spaces unified, mojibake repaired
 * @param note   what the file records of the article beside its page: the capture's address and day, an item's
 *               curated metadata; {@link SourceNote#NONE} for most files
 */
public record RawDocument(String source, Format format, String text, SourceNote note) {

    /** What kind of text a raw article is. */
    public enum Format {
        /** Plain-text scrapes: {@code .txt}, {@code .text}. */
        TEXT,
        /** Scrapes saved as Markdown (by a reader mode or a clipper): {@code .md}, {@code .markdown}. */
        MARKDOWN,
        /** Web pages: {@code .html}, {@code .htm}, {@code .xhtml}, MHTML, archived responses, PDFs read to HTML. */
        HTML;

        /** The format of a file read as text by its name, or {@code null} when it is not such a file. */
        public static Format forFileName(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".txt") || lower.endsWith(".text")) {
                return TEXT;
            }
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
                return HTML;
            }
            return null;
        }
    }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }

    /** A document that records nothing beside its page. */
    public RawDocument(String source, Format format, String text) {
        this(source, format, text, SourceNote.NONE);
    }

    /** This document with {@code note}. */
    public RawDocument withNote(SourceNote note) {
        return new RawDocument(source, format, text, note);
    }
}
