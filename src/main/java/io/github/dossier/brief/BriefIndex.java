package io.github.dossier.brief;

import io.github.dossier.internal.Bytes;
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
 *
 * <p>A cache file ({@link Bytes}), checked as it is read: a damaged index is none, said in a note, and costs only the
 * time to read every brief again. The text index of earlier versions is read too.
 */
final class BriefIndex {

    private static final String FORMAT = "dossier briefs-index 3";
    private static final long RACY_MILLIS = 2_000;

    /** By slug: content fingerprint, SHA-256, stamp, when the stamp was taken (millis). */
    private final Map<String, String[]> bySlug;

    private BriefIndex(Map<String, String[]> bySlug) {
        this.bySlug = bySlug;
    }

    /** The index in {@code file} (none when null, absent or damaged: damage said to {@code notes}). */
    static BriefIndex read(Path file, Consumer<String> notes) {
        if (file != null && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Bytes.begins(file)) {
            return readText(file, notes);
        }
        return new BriefIndex(Bytes.read(file, FORMAT, in -> {
            Map<String, String[]> out = new HashMap<>();
            for (int i = 0, n = in.varint(); i < n; i++) {
                out.put(in.string(), new String[] {in.string(), in.string(), in.string(), in.string()});
            }
            return out;
        }, notes).orElseGet(HashMap::new));
    }

    /** The text index of earlier versions: a line a brief, its fields by tabs. */
    private static BriefIndex readText(Path file, Consumer<String> notes) {
        Map<String, String[]> out = new HashMap<>();
        try {
            long written = Files.getLastModifiedTime(file).toMillis();
            if (Files.size(file) > 256L << 20) {
                throw new IOException("too large for an index of the earlier text format");
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 5) {
                    out.put(f[0], new String[] {f[1], f[2], f[3], f[4]});
                } else if (f.length == 3) {
                    // An index from before the ledger: its stamps tell a file changed since, as the file's time did.
                    out.put(f[0], new String[] {f[1], "", f[2], String.valueOf(written)});
                } else {
                    throw new IOException("a line of " + f.length + " fields");
                }
            }
            return new BriefIndex(out);
        } catch (IOException | RuntimeException damaged) {
            notes.accept(file + ": damaged (" + damaged.getMessage() + "); not used, made again");
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
     * fingerprint, SHA-256, stamp and when the stamp was taken, tab-separated in {@code seen}. An index that cannot be
     * written is only time lost: a line for the notes says so.
     */
    static Optional<String> write(Path file, Map<String, String> seen) {
        if (file == null) {
            return Optional.empty();
        }
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.varint(seen.size());
            for (Map.Entry<String, String> e : new TreeMap<>(seen).entrySet()) {
                String[] f = e.getValue().split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalArgumentException("an index entry of " + f.length + " fields: " + e.getKey());
                }
                out.string(e.getKey());
                for (String field : f) {
                    out.string(field);
                }
            }
            out.finish(); // a folder in its place: not written, as reading it says
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(file + ": cannot be written (" + Bytes.reason(e) + "); the next build reads every brief");
        }
    }
}
