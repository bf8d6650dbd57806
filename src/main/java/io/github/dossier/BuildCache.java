package io.github.dossier;

import io.github.dossier.brief.Body;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefField;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Quote;
import io.github.dossier.internal.Fingerprint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.util.stream.Stream;

/**
 * What cleaning and extraction made of each raw file, kept under {@code target/} and keyed by everything the
 * result depends on: the decoded text, the corpus's template lines that appear in it, the data files, and the
 * engine's own code. A raw file whose key is unchanged is not cleaned or extracted again. A damaged entry is a
 * miss, never an error. Thread-safe.
 */
final class BuildCache {

    /** One cached result: the brief before the author register renames anyone, and the authors with their bios. */
    record Entry(Brief draft, List<Author> authors) {
    }

    private static final String MAGIC = "dossier-cache 7";

    private final Path directory;
    private final String engine;

    BuildCache(Path directory, Path dataDirectory) {
        this.directory = directory;
        this.engine = fingerprint(dataDirectory);
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
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (!in.readUTF().equals(MAGIC)) {
                return Optional.empty();
            }
            Brief draft = readBrief(in, file);
            int count = in.readInt();
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                authors.add(new Author(string(in), optional(in), optional(in), in.readBoolean()));
            }
            return draft.source().equals(source) ? Optional.of(new Entry(draft, authors)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code entry} under {@code key}. Returns the entry with its draft's body stored in the cache rather than
     * held ({@link Body#stored}), or {@code entry} as it is when the cache cannot keep it.
     */
    Entry put(String key, Entry entry) {
        if (directory == null) {
            return entry;
        }
        // A plain binary record of the draft brief and its authors: reading YAML back cost a third of what cleaning
        // again would.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            if (!entry.draft().extra().isEmpty()) {
                return entry; // a draft never has a curator's keys; nothing to keep if one somehow has
            }
            writeBrief(out, entry.draft());
            out.writeInt(entry.authors().size());
            for (Author a : entry.authors()) {
                string(out, a.name());
                optional(out, a.bio());
                optional(out, a.affiliation());
                out.writeBoolean(a.organisation());
            }
            Path file = file(key);
            Files.createDirectories(file.getParent());
            io.github.dossier.internal.AtomicFile.write(file, bytes.toByteArray());
            Body body = entry.draft().markdown();
            return new Entry(entry.draft().toBuilder().markdown(stored(file, body.fingerprint(), body.isBlank())).build(),
                    entry.authors());
        } catch (IOException | RuntimeException e) {
            return entry; // a cache that cannot be written only costs time
        }
    }

    /** The body of the entry in {@code file}, read again from it when asked. */
    private static Body stored(Path file, String fingerprint, boolean blank) {
        return Body.stored(fingerprint, blank, () -> file + " (a cache entry)", () -> {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                if (!in.readUTF().equals(MAGIC)) {
                    throw new IOException("not a cache entry");
                }
                string(in); // slug
                string(in); // source
                string(in); // fingerprint
                in.readBoolean();
                return string(in);
            }
        });
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * A draft as its slug, source, body (its fingerprint and whether it is blank, then its text), then every
     * front-matter field in {@link BriefField#ALL}'s order.
     */
    private static void writeBrief(DataOutputStream out, Brief b) throws IOException {
        string(out, b.slug());
        string(out, b.source());
        string(out, b.markdown().fingerprint());
        out.writeBoolean(b.markdown().isBlank());
        string(out, b.body());
        for (BriefField<?> field : BriefField.ALL) {
            write(out, field.kind(), field.of(b));
        }
    }

    private static void write(DataOutputStream out, BriefField.Kind kind, Object value) throws IOException {
        switch (kind) {
            case TEXT -> string(out, (String) value);
            case OPTIONAL_TEXT, OPTIONAL_URL, OPTIONAL_DATE -> optional(out, ((Optional<?>) value).map(Object::toString));
            case LIST, LINES -> {
                List<?> list = (List<?>) value;
                out.writeInt(list.size());
                for (Object s : list) {
                    string(out, (String) s);
                }
            }
            case COUNTS -> {
                Map<?, ?> counts = (Map<?, ?>) value;
                out.writeInt(counts.size());
                for (Map.Entry<?, ?> e : counts.entrySet()) {
                    string(out, (String) e.getKey());
                    out.writeInt((Integer) e.getValue());
                }
            }
            case QUOTES -> {
                List<?> quotes = (List<?>) value;
                out.writeInt(quotes.size());
                for (Object o : quotes) {
                    Quote q = (Quote) o;
                    string(out, q.text());
                    optional(out, q.speaker());
                }
            }
            case NUMBER -> out.writeInt((Integer) value);
            case FLAG -> out.writeBoolean((Boolean) value);
        }
    }

    /** A draft as {@link #writeBrief} wrote it into {@code file}, its body left there ({@link #stored}). */
    private static Brief readBrief(DataInputStream in, Path file) throws IOException {
        String slug = string(in);
        Brief.Builder b = Brief.builder(slug, "", string(in));
        String fingerprint = string(in);
        boolean blank = in.readBoolean();
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged entry");
        }
        in.skipNBytes(length);
        b.markdown(stored(file, fingerprint, blank));
        for (BriefField<?> field : BriefField.ALL) {
            field.setFrom(b, read(in, field.kind()));
        }
        return b.build();
    }

    private static Object read(DataInputStream in, BriefField.Kind kind) throws IOException {
        return switch (kind) {
            case TEXT -> string(in);
            case OPTIONAL_TEXT, OPTIONAL_URL -> optional(in);
            case OPTIONAL_DATE -> optional(in).map(LocalDate::parse);
            case LIST, LINES -> {
                int n = in.readInt();
                List<String> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    // Names recur across briefs: one string for each (lines, a summary's sentences, do not).
                    list.add(kind == BriefField.Kind.LIST ? string(in).intern() : string(in));
                }
                yield list;
            }
            case COUNTS -> {
                int n = in.readInt();
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    counts.put(string(in).intern(), in.readInt());
                }
                yield counts;
            }
            case QUOTES -> {
                int n = in.readInt();
                List<Quote> quotes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    quotes.add(new Quote(string(in), optional(in)));
                }
                yield quotes;
            }
            case NUMBER -> in.readInt();
            case FLAG -> in.readBoolean();
        };
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void optional(DataOutputStream out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            string(out, s.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    /** The engine's code and the data files it reads: when either changes, every entry is stale. */
    private static String fingerprint(Path dataDirectory) {
        MessageDigest sha = Fingerprint.sha();
        sha.update(Fingerprint.engine().getBytes(StandardCharsets.UTF_8));
        try {
            if (dataDirectory != null && Files.isDirectory(dataDirectory)) {
                try (Stream<Path> files = Files.list(dataDirectory)) {
                    // Not the files read for each build on their own: corrections.yml applies after the cache (between the
                    // briefs and the site), and each raw file's sources.yml entry is in its own key.
                    for (Path f : files.filter(p -> p.toString().matches(".*\\.(yml|tsv|txt)$"))
                            .filter(p -> !DossierConfig.PER_BUILD_DATA_FILES.contains(p.getFileName().toString()))
                            .sorted().toList()) {
                        sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            sha.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8)); // unknown: never reuse
        }
        return HexFormat.of().formatHex(sha.digest());
    }


}
