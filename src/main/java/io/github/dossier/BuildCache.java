package io.github.dossier;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
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

    private static final String MAGIC = "dossier-cache 2";

    private final Path directory;
    private final String engine;
    private final BriefCodec codec = new BriefCodec();

    BuildCache(Path directory, Path dataDirectory) {
        this.directory = directory;
        this.engine = fingerprint(dataDirectory);
    }

    /** The key of a document: its text and the template lines found in it, under this engine and data. */
    String key(String text, List<String> templateLines) {
        MessageDigest sha = sha();
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
            String slug = string(in);
            Brief draft = codec.read(Path.of(slug + ".md"), string(in));
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
        // A plain binary record: the brief in its own format, then the authors. (YAML around YAML cost more than
        // the cleaning it saves.)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            string(out, entry.draft().slug());
            string(out, codec.write(entry.draft()));
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
        MessageDigest sha = sha();
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

    private static MessageDigest sha() {
        return Fingerprint.sha();
    }

}
