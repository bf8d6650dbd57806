package io.github.dossier.clean;

import io.github.dossier.internal.Words;
import io.github.dossier.raw.RawDocument;
import java.util.HashSet;
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
    public static final CorpusProfile EMPTY = new CorpusProfile(Set.of(), 0);

    private final Set<String> template;
    private final int documents;

    private CorpusProfile(Set<String> template, int documents) {
        this.template = Set.copyOf(template);
        this.documents = documents;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a line with this comparison key ({@link Words#key}) recurs across the corpus. */
    public boolean isTemplate(String key) {
        return template.contains(key);
    }

    /** The template lines (as keys) that {@code doc} contains, sorted: what the profile changes about it. */
    public java.util.List<String> templateLinesIn(RawDocument doc) {
        if (template.isEmpty()) {
            return java.util.List.of();
        }
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        for (String line : doc.text().split("\n")) {
            if (!line.isBlank() && line.length() <= 300) {
                String key = Words.key(line);
                if (template.contains(key)) {
                    found.add(key);
                }
            }
        }
        return java.util.List.copyOf(found);
    }

    /** How many files the profile was built from. */
    public int documents() {
        return documents;
    }

    /** How many distinct lines it found to be template text. */
    public int templateLines() {
        return template.size();
    }

    /** Counts, for each short line, the files it appears in. */
    public static final class Builder {
        private final Map<String, LongAdder> files = new ConcurrentHashMap<>();
        private final LongAdder documents = new LongAdder();

        private Builder() {
        }

        /** Adds one document's lines; HTML pages are left out (their structure already tells template apart). */
        public Builder add(RawDocument doc) {
            if (doc.format() == RawDocument.Format.HTML) {
                return this;
            }
            documents.increment();
            Set<String> seen = new HashSet<>();
            for (String line : doc.text().split("\n")) {
                if (line.isBlank() || line.length() > 300) {
                    continue;
                }
                String key = Words.key(line);
                if (!key.isEmpty() && Words.count(line) <= MAX_WORDS && seen.add(key)) {
                    files.computeIfAbsent(key, k -> new LongAdder()).increment();
                }
            }
            return this;
        }

        public CorpusProfile build() {
            int n = documents.intValue();
            long needed = Math.max(MIN_FILES, (long) Math.ceil(n * MIN_SHARE));
            Set<String> template = new HashSet<>();
            files.forEach((key, count) -> {
                if (count.sum() >= needed) {
                    template.add(key);
                }
            });
            return new CorpusProfile(template, n);
        }
    }
}
