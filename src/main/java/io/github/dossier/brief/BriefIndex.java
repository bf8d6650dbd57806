package io.github.dossier.brief;

import io.github.dossier.internal.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a {@link BriefStore} wrote last, kept in the build cache: each brief's content fingerprint, its text's SHA-256,
 * its file's stamp and when that stamp was taken. A stamp vouches for a file only when the file was last written well
 * before its stamp was taken (git's "racy" rule): an edit within the file system's clock tick of Dossier's write,
 * keeping the size, would otherwise go unseen. A stamp is taken as soon as Dossier writes its file, so that an edit
 * made later in the same build is never recorded as Dossier's.
 */
final class BriefIndex {

    private static final long RACY_MILLIS = 2_000;

    /** By slug: content fingerprint, SHA-256, stamp, when the stamp was taken (millis). */
    private final Map<String, String[]> bySlug;

    private BriefIndex(Map<String, String[]> bySlug) {
        this.bySlug = bySlug;
    }

    /** The index in {@code file} (none when null, absent or damaged). */
    static BriefIndex read(Path file, Consumer<String> notes) {
        Map<String, String[]> out = new HashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return new BriefIndex(out);
        }
        try {
            long written = Files.getLastModifiedTime(file).toMillis();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 5) {
                    out.put(f[0], new String[] {f[1], f[2], f[3], f[4]});
                } else if (f.length == 3) {
                    // An index from before the ledger: its stamps tell a file changed since, as the file's time did.
                    out.put(f[0], new String[] {f[1], "", f[2], String.valueOf(written)});
                } else {
                    return new BriefIndex(new HashMap<>()); // damaged: only costs time
                }
            }
            return new BriefIndex(out);
        } catch (IOException | RuntimeException damaged) {
            return new BriefIndex(new HashMap<>());
        }
    }

    /** Whether {@code slug}'s file, stamped {@code stamp} now, is as the store left it, without reading it. */
    boolean vouches(String slug, String stamp) {
        String[] e = bySlug.get(slug);
        if (e == null || stamp.isEmpty() || !stamp.equals(e[2])) {
            return false;
        }
        String[] parts = stamp.split("@");
        try {
            return parts.length >= 2 && Long.parseLong(parts[1]) / 1_000_000 < Long.parseLong(e[3]) - RACY_MILLIS;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException bad) {
            return false;
        }
    }

    /** Whether the index knows {@code slug}'s file and its stamp has changed since: an edit the index tells. */
    boolean changed(String slug, String stamp) {
        String[] e = bySlug.get(slug);
        return e != null && !e[2].equals(stamp);
    }

    String content(String slug) {
        String[] e = bySlug.get(slug);
        return e == null ? null : e[0];
    }

    String sha(String slug) {
        String[] e = bySlug.get(slug);
        return e == null ? "" : e[1];
    }

    /**
     * Writes the index of the store's briefs to {@code file} (none when null): by slug, each brief's content
     * fingerprint, SHA-256, stamp and when the stamp was taken, tab-separated in {@code seen}.
     */
    static Optional<String> write(Path file, Map<String, String> seen) throws IOException {
        if (file == null) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(seen).entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        Files.createDirectories(file.getParent());
        if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty(); // a folder in the cache where the index goes: no index, as if the cache were deleted
        }
        AtomicFile.write(file, sb.toString());
        return Optional.empty();
    }
}
