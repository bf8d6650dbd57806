package io.github.dossier;

import io.github.dossier.internal.Bytes;
import io.github.dossier.raw.Container;
import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build read of each raw file, kept in the cache directory beside {@link BuildCache}: the file's
 * stamp (size, modification time, identity), its decoded text's fingerprint and its short lines' keys
 * ({@link io.github.dossier.clean.CorpusProfile#lineKeys}). A file whose stamp is unchanged is not read again to
 * profile the corpus or to find its cache entry; only changed files are. An index made by another engine is no index;
 * a damaged one ({@link Bytes}) is no index too, said in a note. Thread-safe.
 */
final class RawIndex {

    /** One raw file as the build last read it. */
    record Summary(String stamp, String text, long[] lineKeys) {
    }

    /** A container's articles as the build last listed them, while its stamp is unchanged. */
    record Listed(String stamp, Container.Listing listing) {
    }

    private static final String FORMAT = "dossier raw-index 3";
    /** How recent a modification makes a file's stamp untrustworthy. */
    static final long RACY_NANOS = 3_000_000_000L;

    private final Map<String, Summary> bySource = new ConcurrentHashMap<>();
    private final Map<String, Listed> listings = new ConcurrentHashMap<>();

    /**
     * The index in {@code file}, or an empty one when there is none, or it cannot be read (damage said to
     * {@code notes}).
     */
    static RawIndex read(Path file, java.util.function.Consumer<String> notes) {
        return Bytes.read(file, FORMAT, in -> {
            if (!in.string().equals(Fingerprint.engine())) {
                return null; // another engine may read files otherwise
            }
            RawIndex index = new RawIndex();
            int n = in.varint();
            for (int i = 0; i < n; i++) {
                String source = in.string();
                String stamp = in.string();
                String text = in.string();
                long[] keys = new long[in.varint()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = in.longBits();
                }
                index.bySource.put(source, new Summary(stamp, text, keys));
            }
            int containers = in.varint();
            for (int i = 0; i < containers; i++) {
                String source = in.string();
                String stamp = in.string();
                index.listings.put(source, new Listed(stamp, ContainerListings.read(in)));
            }
            return index;
        }, notes).orElseGet(RawIndex::new);
    }

    /** The summary of the raw file {@code source}, if it is as it was when summarised ({@code stamp}). */
    Optional<Summary> get(String source, String stamp) {
        Summary s = bySource.get(source);
        return s != null && !stamp.isEmpty() && s.stamp().equals(stamp) ? Optional.of(s) : Optional.empty();
    }

    /** The summary of the raw file {@code source}, whatever its stamp. */
    Optional<Summary> get(String source) {
        return Optional.ofNullable(bySource.get(source));
    }

    void put(String source, Summary summary) {
        bySource.put(source, summary);
    }

    /** The articles of the container {@code source} as listed when it was as it is now ({@code stamp}). */
    Optional<Container.Listing> listing(String source, String stamp) {
        Listed l = listings.get(source);
        return l != null && !stamp.isEmpty() && l.stamp().equals(stamp) ? Optional.of(l.listing()) : Optional.empty();
    }

    /**
     * Keeps the listing of the container {@code source}, stamped {@code stamp} just before it was listed, when it
     * follows from the container's bytes alone ({@link Container.Listing#selfContained}: a web archive's); one that
     * depends on other files (a Zotero export's attachments, which may change, go or come, or move with the project)
     * is listed again by every build.
     */
    void putListing(String source, String stamp, Container.Listing listing) {
        if (!stamp.isEmpty() && listing.selfContained()) {
            listings.put(source, new Listed(stamp, listing));
        }
    }

    /**
     * Writes the summaries, in source order, whole or not at all, and returns the index as written. A file modified
     * in the last seconds is left out (as git treats a "racy" file): written again within the file system's clock
     * tick at the same size, it would keep its stamp, so it is read again next time.
     */
    RawIndex write(Path file) throws IOException {
        RawIndex written = new RawIndex();
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string(Fingerprint.engine());
            long racy = System.currentTimeMillis() * 1_000_000L - RACY_NANOS;
            Map<String, Summary> sorted = new TreeMap<>();
            bySource.forEach((source, summary) -> {
                if (settled(summary.stamp(), racy)) {
                    sorted.put(source, summary);
                }
            });
            out.varint(sorted.size());
            for (Map.Entry<String, Summary> e : sorted.entrySet()) {
                written.bySource.put(e.getKey(), e.getValue());
                out.string(e.getKey());
                out.string(e.getValue().stamp());
                out.string(e.getValue().text());
                out.varint(e.getValue().lineKeys().length);
                for (long k : e.getValue().lineKeys()) {
                    out.longBits(k);
                }
            }
            Map<String, Listed> containers = new TreeMap<>();
            listings.forEach((source, listed) -> {
                if (settled(listed.stamp(), racy)) {
                    containers.put(source, listed);
                }
            });
            out.varint(containers.size());
            for (Map.Entry<String, Listed> e : containers.entrySet()) {
                written.listings.put(e.getKey(), e.getValue());
                out.string(e.getKey());
                out.string(e.getValue().stamp());
                ContainerListings.write(out, e.getValue().listing());
            }
            out.finish();
            return written;
        }
    }

    /** Whether a file of {@code stamp} is settled now: modified long enough ago for its stamp to be trusted. */
    static boolean settled(String stamp) {
        return settled(stamp, System.currentTimeMillis() * 1_000_000L - RACY_NANOS);
    }

    /** Whether a stamp's modification time is known and older than {@code racy}, so that the stamp can be trusted. */
    private static boolean settled(String stamp, long racy) {
        long nanos = Fingerprint.stampNanos(stamp);
        return nanos >= 0 && nanos < racy;
    }
}
