package io.github.dossier;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.extract.Author;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

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
        try {
            Map<?, ?> m = (Map<?, ?>) new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            Brief draft = codec.read(Path.of(m.get("slug") + ".md"), String.valueOf(m.get("brief")));
            List<Author> authors = new ArrayList<>();
            for (Object o : (List<?>) m.get("authors")) {
                Map<?, ?> a = (Map<?, ?>) o;
                authors.add(new Author(String.valueOf(a.get("name")), text(a.get("bio")), text(a.get("affiliation"))));
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", entry.draft().slug());
        m.put("brief", codec.write(entry.draft()));
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Author a : entry.authors()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            a.bio().ifPresent(b -> am.put("bio", b));
            a.affiliation().ifPresent(v -> am.put("affiliation", v));
            authors.add(am);
        }
        m.put("authors", authors);
        try {
            Path file = file(key);
            Files.createDirectories(file.getParent());
            BriefStore.writeAtomically(file, new Dump(DumpSettings.builder().setWidth(4096).build()).dumpToString(m));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time
        }
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".yml");
    }

    private static Optional<String> text(Object v) {
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    /** The engine's code and the data files it reads: when either changes, every entry is stale. */
    private static String fingerprint(Path dataDirectory) {
        MessageDigest sha = sha();
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            } else if (Files.isRegularFile(code)) {
                try (InputStream in = Files.newInputStream(code)) {
                    sha.update(in.readAllBytes());
                }
            }
            if (dataDirectory != null && Files.isDirectory(dataDirectory)) {
                try (Stream<Path> files = Files.list(dataDirectory)) {
                    for (Path f : files.filter(p -> p.toString().matches(".*\\.(yml|tsv|txt)$")).sorted().toList()) {
                        sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            sha.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8)); // unknown: never reuse
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
