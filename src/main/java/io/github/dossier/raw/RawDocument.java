package io.github.dossier.raw;

import java.util.Objects;

/**
 * One raw article file, decoded to normalised text and not yet cleaned.
 *
 * <p>{@code source} is the path relative to the raw directory with forward slashes, for example
 * {@code 000_c5c357d6ed771a28.txt}; it is what a brief's {@code source:} field records.
 *
 * @param source path relative to the raw directory
 * @param format whether the file is a plain-text scrape or a saved HTML page
 * @param text   decoded text: NFC, {@code \n} line ends, odd spaces unified, mojibake repaired
 */
public record RawDocument(String source, Format format, String text) {

    /** What kind of scrape a raw file is, decided by its extension. */
    public enum Format {
        /** Plain-text scrapes: {@code .txt}, {@code .text}. */
        TEXT,
        /** Scrapes saved as Markdown (by a reader mode or a clipper): {@code .md}, {@code .markdown}. */
        MARKDOWN,
        /** Saved web pages: {@code .html}, {@code .htm}, {@code .xhtml}. */
        HTML;

        /** The format for a file name, or {@code null} when the file is not an article Dossier reads. */
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
    }
}
