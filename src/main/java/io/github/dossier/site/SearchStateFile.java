package io.github.dossier.site;

import io.github.dossier.internal.Bytes;
import io.github.dossier.site.SearchIndex.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The file a search index's {@link State} is kept in between builds, whole and checked ({@link Bytes}): the settings'
 * fingerprint, the shards' keys, the vocabulary, then each brief's slug, fingerprint and {@link PackedTerms}.
 */
final class SearchStateFile {

    static final String FORMAT = "dossier search-index 5";

    private SearchStateFile() {
    }

    /** Writes {@code state} to {@code file}, whole or not at all; its vocabulary only the terms some brief has. */
    static void write(State state, Path file) throws IOException {
        boolean[] used = new boolean[state.vocabulary.length];
        for (byte[] p : state.packed) {
            PackedTerms.forEach(p, (t, w) -> used[t] = true);
        }
        int[] remap = new int[state.vocabulary.length];
        List<String> kept = new ArrayList<>();
        for (int t = 0; t < state.vocabulary.length; t++) {
            remap[t] = used[t] ? kept.size() : -1;
            if (used[t]) {
                kept.add(state.vocabulary[t]);
            }
        }
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string(state.settings);
            out.strings(state.shards);
            out.strings(kept.toArray(String[]::new));
            out.varint(state.slugs.length);
            for (int i = 0; i < state.slugs.length; i++) {
                out.string(state.slugs[i]);
                out.string(state.fps[i]);
                out.bytes(PackedTerms.remap(state.packed[i], remap));
            }
            out.finish();
        }
    }

    /** The state in {@code file}; empty when there is none or it cannot be read, which is said to {@code notes}. */
    static Optional<State> read(Path file, Consumer<String> notes) {
        return Bytes.read(file, FORMAT, in -> {
            String settings = in.string();
            String[] shards = in.strings();
            String[] vocabulary = in.strings();
            int n = in.varint();
            String[] slugs = new String[n];
            String[] fps = new String[n];
            byte[][] packed = new byte[n][];
            for (int i = 0; i < n; i++) {
                slugs[i] = in.string();
                fps[i] = in.string();
                packed[i] = in.bytes();
                int[] beyond = {0};
                PackedTerms.forEach(packed[i], (t, w) -> beyond[0] |= t >= vocabulary.length || t < 0 ? 1 : 0);
                if (beyond[0] != 0) {
                    throw new IOException("a term beyond the vocabulary");
                }
            }
            return new State(settings, vocabulary, slugs, fps, packed, shards);
        }, notes);
    }
}
