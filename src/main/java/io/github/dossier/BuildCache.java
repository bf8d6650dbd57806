package io.github.dossier;

import io.github.dossier.brief.Brief;
import io.github.dossier.extract.Author;
import io.github.dossier.internal.Fingerprint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
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

    private static final String MAGIC = "dossier-cache 3";

    private final Path directory;
    private final String engine;

    BuildCache(Path directory, Path dataDirectory) {
        this.directory = directory;
        this.engine = fingerprint(dataDirectory);
    }

    /** The key of a document: its text and the template lines found in it, under this engine and data. */
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
            Brief draft = readBrief(in);
            int count = in.readInt();
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                authors.add(new Author(string(in), optional(in), optional(in)));
            }
            return draft.source().equals(source) ? Optional.of(new Entry(draft, authors)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(String key, Entry entry) {
        if (directory == null) {
            return;
        }
        // A plain binary record of the draft brief and its authors: reading YAML back cost a third of what cleaning
        // again would.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            if (!entry.draft().extra().isEmpty()) {
                return; // a draft never has a curator's keys; nothing to keep if one somehow has
            }
            writeBrief(out, entry.draft());
            out.writeInt(entry.authors().size());
            for (Author a : entry.authors()) {
                string(out, a.name());
                optional(out, a.bio());
                optional(out, a.affiliation());
            }
            Path file = file(key);
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time
        }
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void writeBrief(DataOutputStream out, Brief b) throws IOException {
        for (String s : List.of(b.slug(), b.title(), b.source(), b.body())) {
            string(out, s);
        }
        optional(out, b.publication());
        optional(out, b.published().map(Object::toString));
        optional(out, b.section());
        for (List<String> list : List.of(b.authors(), b.tags(), b.themes(), b.countries(), b.people(),
                b.organisations(), b.summary())) {
            out.writeInt(list.size());
            for (String s : list) {
                string(out, s);
            }
        }
        out.writeInt(b.quotes().size());
        for (io.github.dossier.extract.Quote q : b.quotes()) {
            string(out, q.text());
            optional(out, q.speaker());
        }
        out.writeInt(b.countryMentions().size());
        for (Map.Entry<String, Integer> e : b.countryMentions().entrySet()) {
            string(out, e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(b.words());
    }

    private static Brief readBrief(DataInputStream in) throws IOException {
        Brief.Builder b = Brief.builder(string(in), string(in), string(in)).body(string(in));
        b.publication(optional(in)).published(optional(in).map(java.time.LocalDate::parse)).section(optional(in));
        List<List<String>> lists = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            int n = in.readInt();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string(in));
            }
            lists.add(list);
        }
        b.authors(lists.get(0)).tags(lists.get(1)).themes(lists.get(2)).countries(lists.get(3)).people(lists.get(4))
                .organisations(lists.get(5)).summary(lists.get(6));
        int quotes = in.readInt();
        List<io.github.dossier.extract.Quote> qs = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            qs.add(new io.github.dossier.extract.Quote(string(in), optional(in)));
        }
        int mentions = in.readInt();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < mentions; i++) {
            counts.put(string(in), in.readInt());
        }
        return b.quotes(qs).countryMentions(counts).words(in.readInt()).build();
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
                    for (Path f : files.filter(p -> p.toString().matches(".*\\.(yml|tsv|txt)$")).sorted().toList()) {
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
