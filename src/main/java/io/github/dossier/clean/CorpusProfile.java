package io.github.dossier.clean;

import io.github.dossier.internal.Words;
import io.github.dossier.raw.RawDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which short lines recur across a corpus: a line printed in many raw files ("Expand your world view with …",
 * a site's menu, its footer) is the site's template, not any one article's text, as boilerpipe and jusText
 * observe. Built from every text scrape of a build, then consulted for each article.
 *
 * <pre>{@code
 * CorpusProfile.Builder profile = CorpusProfile.builder();
 * docs.parallelStream().forEach(profile::add);
 * cleaner.clean(doc, profile.build());
 * }</pre>
 *
 * The builder is thread-safe; a built profile is immutable.
 */
public final class CorpusProfile {

    /** A line in at least this many files may be template text ... */
    static final int MIN_FILES = 3;
    /** ... and in at least this share of the files. */
    static final double MIN_SHARE = 0.02;
    /** Only lines this short are considered: template lines are short, article paragraphs long. */
    static final int MAX_WORDS = 25;

    /** A profile that knows no corpus: nothing is template. */
    public static final CorpusProfile EMPTY = new CorpusProfile(new long[0], 0);

    /** The template lines' keys, as {@link #hash}es, sorted. */
    private final long[] template;
    private final int documents;

    private CorpusProfile(long[] template, int documents) {
        this.template = template;
        this.documents = documents;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a line with this comparison key ({@link Words#key}) recurs across the corpus. */
    public boolean isTemplate(String key) {
        return template.length > 0 && Arrays.binarySearch(template, hash(key)) >= 0;
    }

    /**
     * The keys of {@code doc}'s short lines (each line's {@link Words#key}, as a {@link #hash}, for lines of at
     * most {@value #MAX_WORDS} words and 300 characters), distinct and sorted: what the profile counts of a text
     * scrape, and all it needs to find a document's template lines. A build keeps them per raw file, so that an
     * unchanged file is not read again to profile the corpus.
     */
    public static long[] lineKeys(RawDocument doc) {
        Set<Long> seen = new HashSet<>();
        for (String line : doc.text().split("\n")) {
            if (line.isBlank() || line.length() > 300) {
                continue;
            }
            String key = Words.key(line);
            if (!key.isEmpty() && Words.count(line) <= MAX_WORDS) {
                seen.add(hash(key));
            }
        }
        return seen.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The template lines of the document whose {@link #lineKeys} are {@code keys}, as hexadecimal hashes in order:
     * what the profile changes about it. (A line's key is template only if it is short somewhere, and the same key
     * is the same words, so a document's short lines hold all its template lines.)
     */
    public List<String> templateLinesIn(long[] keys) {
        if (template.length == 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (long k : keys) {
            if (Arrays.binarySearch(template, k) >= 0) {
                found.add(Long.toHexString(k));
            }
        }
        return List.copyOf(found);
    }

    /** The template lines {@code doc} contains ({@link #templateLinesIn(long[])}). */
    public List<String> templateLinesIn(RawDocument doc) {
        return template.length == 0 ? List.of() : templateLinesIn(lineKeys(doc));
    }

    /** How many files the profile was built from. */
    public int documents() {
        return documents;
    }

    /** How many distinct lines it found to be template text. */
    public int templateLines() {
        return template.length;
    }

    /**
     * A line key's 64-bit hash (FNV-1a over its UTF-16 units, then a finalising mix): the same in every run, and
     * two keys of one corpus sharing one far less likely than a disk error.
     */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Counts, for each short line, the files it appears in. */
    public static final class Builder {
        private final Map<Long, LongAdder> files = new ConcurrentHashMap<>();
        private final LongAdder documents = new LongAdder();

        private Builder() {
        }

        /** Adds one document's lines; HTML pages are left out (their structure already tells template apart). */
        public Builder add(RawDocument doc) {
            return doc.format() == RawDocument.Format.HTML ? this : add(lineKeys(doc));
        }

        /** Adds one text scrape by its {@link #lineKeys}. */
        public Builder add(long[] lineKeys) {
            documents.increment();
            for (long key : lineKeys) {
                files.computeIfAbsent(key, k -> new LongAdder()).increment();
            }
            return this;
        }

        public CorpusProfile build() {
            int n = documents.intValue();
            long needed = Math.max(MIN_FILES, (long) Math.ceil(n * MIN_SHARE));
            return new CorpusProfile(files.entrySet().stream().filter(e -> e.getValue().sum() >= needed)
                    .mapToLong(Map.Entry::getKey).sorted().toArray(), n);
        }
    }
}
