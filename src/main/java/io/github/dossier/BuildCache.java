package io.github.dossier;

import io.github.dossier.brief.Body;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefField;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Quote;
import io.github.dossier.internal.Bytes;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.knowledge.Knowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * What cleaning and extraction made of each raw file, kept under {@code target/} and keyed by everything the
 * result depends on: the decoded text, the corpus's template lines that appear in it, its {@code sources.yml} entry,
 * the lexicon lists cleaning and extraction read, what the other data files they were loaded from say, and the
 * engine's own code. A raw file whose key is unchanged is not cleaned or extracted again. Each entry is checked
 * as it is read ({@link Bytes}): a damaged entry is a miss, counted for one note ({@link #damage}), never an error.
 * Thread-safe.
 */
final class BuildCache {

    /** One cached result: the brief before the author register renames anyone, and the authors with their bios. */
    record Entry(Brief draft, List<Author> authors) {
    }

    private static final String FORMAT = "dossier-cache 8";

    private final Path directory;
    private final String engine;
    /** The entries found damaged since {@link #damage} was last asked, and the first one's note. */
    private final AtomicInteger damaged = new AtomicInteger();
    private final AtomicReference<String> firstDamage = new AtomicReference<>();

    /**
     * A cache in {@code directory} (null for none) of what is made with the data files of {@code dataDirectory}, as
     * they are on disk now (for tests and tools; a build keys its cache by the knowledge it loaded).
     */
    BuildCache(Path directory, Path dataDirectory) {
        this.directory = directory;
        this.engine = fingerprint(dataDirectory);
    }

    /**
     * A cache in {@code directory} (null for none) of what is made with {@code knowledge}: keyed by the engine, the
     * lexicon's lists it may be read for (their fingerprint) and what each other data file it was loaded from says,
     * as it read them.
     */
    BuildCache(Path directory, Knowledge knowledge) {
        this.directory = directory;
        MessageDigest sha = Fingerprint.sha();
        sha.update(Fingerprint.engine().getBytes(StandardCharsets.UTF_8));
        sha.update(("lexicon " + knowledge.lexicon().fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
        knowledge.filesRead().forEach((name, said) -> {
            if (said.length > 0 && !io.github.dossier.knowledge.Lexicon.isLexiconFile(name)) {
                sha.update((name + "\n" + said.length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(said);
            }
        });
        this.engine = HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The key of a document: its text (as its fingerprint) and the template lines found in it, under this engine
     * and data.
     */
    String key(String text, List<String> templateLines) {
        MessageDigest sha = Fingerprint.sha();
        sha.update(engine.getBytes(StandardCharsets.UTF_8));
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        templateLines.forEach(l -> sha.update(("\n" + l).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    Optional<Entry> get(String key, String source) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = file(key);
        return Bytes.read(file, FORMAT, in -> {
            Brief draft = readBrief(in, file);
            int count = in.varint();
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                authors.add(new Author(in.string(), optional(in), optional(in), in.flag()));
            }
            return new Entry(draft, authors);
        }, this::damaged).filter(e -> e.draft().source().equals(source));
    }

    /** Counts a damaged entry: one note tells them all ({@link #damage}). */
    private void damaged(String note) {
        damaged.incrementAndGet();
        firstDamage.compareAndSet(null, note);
    }

    /**
     * One line on the entries found damaged (and made again) since the last time this was asked, if any: how many,
     * and the first one's note.
     */
    Optional<String> damage() {
        int n = damaged.getAndSet(0);
        String first = firstDamage.getAndSet(null);
        if (n == 0 || first == null) {
            return Optional.empty();
        }
        return Optional.of(n == 1 ? first : n + " cache entries in " + directory
                + " were damaged and their articles read again (the first: " + first + ")");
    }

    /**
     * Keeps {@code entry} under {@code key}. Returns the entry with its draft's body stored in the cache rather than
     * held ({@link Body#stored}), or {@code entry} as it is when the cache cannot keep it.
     */
    Entry put(String key, Entry entry) {
        if (directory == null || !entry.draft().extra().isEmpty()) {
            return entry; // a draft never has a curator's keys; nothing to keep if one somehow has
        }
        // A plain binary record of the draft brief and its authors: reading YAML back cost a third of what cleaning
        // again would.
        Path file = file(key);
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            writeBrief(out, entry.draft());
            out.varint(entry.authors().size());
            for (Author a : entry.authors()) {
                out.string(a.name());
                optional(out, a.bio());
                optional(out, a.affiliation());
                out.flag(a.organisation());
            }
            if (!out.finish()) {
                return entry;
            }
            Body body = entry.draft().markdown();
            return new Entry(entry.draft().toBuilder().markdown(stored(file, body.fingerprint(), body.isBlank())).build(),
                    entry.authors());
        } catch (IOException | RuntimeException e) {
            return entry; // a cache that cannot be written only costs time
        }
    }

    /** The body of the entry in {@code file}, read again from it when asked, and checked again. */
    private static Body stored(Path file, String fingerprint, boolean blank) {
        return Body.stored(fingerprint, blank, () -> file + " (a cache entry)", () -> {
            StringBuilder why = new StringBuilder();
            return Bytes.read(file, FORMAT, in -> {
                in.skip(); // slug
                in.skip(); // source
                in.skip(); // fingerprint
                in.flag();
                String body = in.string();
                in.skipRest();
                return body;
            }, why::append).orElseThrow(() -> new IOException(why.length() > 0 ? why.toString()
                    : file + ": no longer there"));
        });
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * A draft as its slug, source, body (its fingerprint and whether it is blank, then its text), then every
     * front-matter field in {@link BriefField#ALL}'s order.
     */
    private static void writeBrief(Bytes out, Brief b) {
        out.string(b.slug());
        out.string(b.source());
        out.string(b.markdown().fingerprint());
        out.flag(b.markdown().isBlank());
        out.string(b.body());
        for (BriefField<?> field : BriefField.ALL) {
            write(out, field.kind(), field.of(b));
        }
    }

    private static void write(Bytes out, BriefField.Kind kind, Object value) {
        switch (kind) {
            case TEXT -> out.string((String) value);
            case OPTIONAL_TEXT, OPTIONAL_URL, OPTIONAL_DATE -> optional(out, ((Optional<?>) value).map(Object::toString));
            case LIST, LINES -> {
                List<?> list = (List<?>) value;
                out.varint(list.size());
                for (Object s : list) {
                    out.string((String) s);
                }
            }
            case COUNTS -> {
                Map<?, ?> counts = (Map<?, ?>) value;
                out.varint(counts.size());
                for (Map.Entry<?, ?> e : counts.entrySet()) {
                    out.string((String) e.getKey());
                    out.varint((Integer) e.getValue());
                }
            }
            case QUOTES -> {
                List<?> quotes = (List<?>) value;
                out.varint(quotes.size());
                for (Object o : quotes) {
                    Quote q = (Quote) o;
                    out.string(q.text());
                    optional(out, q.speaker());
                }
            }
            case NUMBER -> out.varint((Integer) value);
            case FLAG -> out.flag((Boolean) value);
        }
    }

    /** A draft as {@link #writeBrief} wrote it into {@code file}, its body left there ({@link #stored}). */
    private static Brief readBrief(Bytes in, Path file) throws IOException {
        String slug = in.string();
        Brief.Builder b = Brief.builder(slug, "", in.string());
        String fingerprint = in.string();
        boolean blank = in.flag();
        in.skip();
        b.markdown(stored(file, fingerprint, blank));
        for (BriefField<?> field : BriefField.ALL) {
            field.setFrom(b, read(in, field.kind()));
        }
        return b.build();
    }

    private static Object read(Bytes in, BriefField.Kind kind) throws IOException {
        return switch (kind) {
            case TEXT -> in.string();
            case OPTIONAL_TEXT, OPTIONAL_URL -> optional(in);
            case OPTIONAL_DATE -> optional(in).map(LocalDate::parse);
            case LIST, LINES -> {
                int n = in.varint();
                List<String> list = new ArrayList<>(Math.min(n, 1 << 10));
                for (int i = 0; i < n; i++) {
                    // Names recur across briefs: one string for each (lines, a summary's sentences, do not).
                    list.add(kind == BriefField.Kind.LIST ? in.string().intern() : in.string());
                }
                yield list;
            }
            case COUNTS -> {
                int n = in.varint();
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    counts.put(in.string().intern(), in.varint());
                }
                yield counts;
            }
            case QUOTES -> {
                int n = in.varint();
                List<Quote> quotes = new ArrayList<>(Math.min(n, 1 << 10));
                for (int i = 0; i < n; i++) {
                    quotes.add(new Quote(in.string(), optional(in)));
                }
                yield quotes;
            }
            case NUMBER -> in.varint();
            case FLAG -> in.flag();
        };
    }

    private static void optional(Bytes out, Optional<String> s) {
        out.flag(s.isPresent());
        s.ifPresent(out::string);
    }

    private static Optional<String> optional(Bytes in) throws IOException {
        return in.flag() ? Optional.of(in.string()) : Optional.empty();
    }

    /**
     * The engine's code and what the data files it reads say: when either changes, every entry is stale. A comment,
     * a blank line or indentation in a data file changes nothing it says ({@link Knowledge#said}).
     */
    private static String fingerprint(Path dataDirectory) {
        MessageDigest sha = Fingerprint.sha();
        sha.update(Fingerprint.engine().getBytes(StandardCharsets.UTF_8));
        try {
            if (dataDirectory != null && Files.isDirectory(dataDirectory)) {
                try (Stream<Path> files = Files.list(dataDirectory)) {
                    // The files the knowledge declares it reads; not the files read for each build on their own
                    // (corrections.yml applies after the cache, and each raw file's sources.yml entry is in its own
                    // key), nor any other file of the folder.
                    for (Path f : files.filter(p -> Knowledge.declares(p.getFileName().toString()))
                            .sorted().toList()) {
                        byte[] said = Knowledge.said(f);
                        if (said.length == 0) {
                            continue; // says nothing (comments only): no file
                        }
                        sha.update((f.getFileName() + "\n" + said.length + "\n").getBytes(StandardCharsets.UTF_8));
                        sha.update(said);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            sha.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8)); // unknown: never reuse
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
