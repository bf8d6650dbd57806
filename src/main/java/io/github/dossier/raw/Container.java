package io.github.dossier.raw;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A raw file that holds many articles: a web archive (its HTML responses) or a Zotero export (its items, each with
 * the snapshot or PDF attached). A build {@linkplain #list lists} a container's articles, then {@linkplain #read
 * reads} each it needs; an article's {@code source} is the container's name, {@code #}, and the article's name in
 * it, the same from build to build. Implementations are stateless and thread-safe.
 */
public interface Container {

    /** The container that reads a file of this name, or {@code null} when the file is not one. */
    static Container forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".wacz")) {
            return WebArchive.DEFAULT;
        }
        if (lower.endsWith(".rdf")) {
            return ZoteroExport.DEFAULT;
        }
        return null;
    }

    /**
     * The articles in {@code file}, which lies under {@code rawRoot}, in the order the file holds them, and what
     * gives none.
     *
     * @throws RawInputException when the file cannot be read as a container at all
     */
    Listing list(Path rawRoot, Path file) throws RawInputException;

    /**
     * Reads one article {@link #list} found in {@code file}.
     *
     * @throws RawInputException when the article cannot be read (it is then skipped, and named)
     */
    RawDocument read(Path rawRoot, Path file, Entry entry) throws RawInputException;

    /**
     * One article of a container.
     *
     * @param source  the brief's {@code source:}: the container's path under the raw folder, {@code #}, the
     *                article's name in it
     * @param locator where the container keeps it (an offset, an entry name), for {@link #read} only
     * @param note    what the container records of it beside its page (address, capture day, curated fields)
     * @param reads   other files under the raw folder the article is read from (a Zotero item's attachment): they
     *                are not articles of their own, and a change to one is a change to this article
     */
    record Entry(String source, String locator, SourceNote note, List<Path> reads) {
        public Entry {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(locator, "locator");
            Objects.requireNonNull(note, "note");
            reads = List.copyOf(reads);
        }
    }

    /**
     * What a container holds.
     *
     * @param entries its articles
     * @param passed  how many records give no brief, by reason ("redirect", "not HTML: text/css", "status 404"), for
     *                the build's summary
     * @param skipped one line for each item that should have given a brief and cannot (naming it and why)
     * @param claimed files under the raw folder that belong to the container and are no articles of their own,
     *                besides the entries' {@code reads} (the attachments of an item that gives no brief)
     */
    record Listing(List<Entry> entries, SortedMap<String, Integer> passed, List<String> skipped, List<Path> claimed) {
        public Listing {
            entries = List.copyOf(entries);
            passed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(passed));
            skipped = List.copyOf(skipped);
            claimed = List.copyOf(claimed);
        }

        /** A listing that claims no file but its entries' {@code reads}. */
        public Listing(List<Entry> entries, SortedMap<String, Integer> passed, List<String> skipped) {
            this(entries, passed, skipped, List.of());
        }

        /** A listing of {@code entries} alone. */
        public Listing(List<Entry> entries) {
            this(entries, new TreeMap<>(Map.of()), List.of());
        }

        /**
         * Whether the listing follows from the container's own bytes alone: no article is read from another file, it
         * claims none, and it names no item it could not read (whose file may come). Only such a listing is kept from
         * one build to the next while the container is unchanged.
         */
        public boolean selfContained() {
            return skipped.isEmpty() && claimed.isEmpty() && entries.stream().allMatch(e -> e.reads().isEmpty());
        }
    }
}
