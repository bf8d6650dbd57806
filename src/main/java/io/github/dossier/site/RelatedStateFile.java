package io.github.dossier.site;

import io.github.dossier.internal.Bytes;
import io.github.dossier.site.RelatedBriefs.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The file a {@link State} of related briefs is kept in between builds, whole and checked ({@link Bytes}): the
 * settings' fingerprint, the vocabulary, then each brief's slug, fingerprint, words (id gaps and counts), keys, list
 * (slugs, scores as raw bits, shares) and the places of the candidates it scored.
 */
final class RelatedStateFile {

    private static final String FORMAT = "dossier related-briefs 3";

    private RelatedStateFile() {
    }

    /** Writes {@code state} to {@code file}, whole or not at all. */
    static void write(State state, Path file) throws IOException {
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string(state.settings);
            out.strings(state.vocabulary);
            out.varint(state.slugs.length);
            for (int i = 0; i < state.slugs.length; i++) {
                out.string(state.slugs[i]);
                out.string(state.fps[i]);
                out.varint(state.ids[i].length);
                int last = 0;
                for (int k = 0; k < state.ids[i].length; k++) {
                    out.varint(state.ids[i][k] - last);
                    out.varint(state.counts[i][k]);
                    last = state.ids[i][k];
                }
                out.strings(state.keys[i]);
                out.strings(state.listSlugs[i]);
                for (int k = 0; k < state.listSlugs[i].length; k++) {
                    out.longBits(Double.doubleToRawLongBits(state.listScores[i][k]));
                    out.strings(state.listShares[i][k]);
                }
                out.varint(state.scored[i].length);
                for (int c : state.scored[i]) {
                    out.varint(c);
                }
            }
            out.finish();
        }
    }

    /** The state in {@code file}; empty when there is none or it cannot be read, which is said to {@code notes}. */
    static Optional<State> read(Path file, Consumer<String> notes) {
        return Bytes.read(file, FORMAT, in -> {
            String settings = in.string();
            String[] vocabulary = in.strings();
            int n = in.varint();
            String[] slugs = new String[n];
            String[] fps = new String[n];
            int[][] ids = new int[n][];
            short[][] counts = new short[n][];
            String[][] keys = new String[n][];
            String[][] listSlugs = new String[n][];
            double[][] listScores = new double[n][];
            String[][][] listShares = new String[n][][];
            int[][] scored = new int[n][];
            for (int i = 0; i < n; i++) {
                slugs[i] = in.string();
                fps[i] = in.string();
                int size = in.varint();
                ids[i] = new int[size];
                counts[i] = new short[size];
                int last = 0;
                for (int k = 0; k < size; k++) {
                    last += in.varint();
                    ids[i][k] = last;
                    counts[i][k] = BodyWords.count(in.varint());
                }
                keys[i] = interned(in.strings());
                listSlugs[i] = interned(in.strings());
                listScores[i] = new double[listSlugs[i].length];
                listShares[i] = new String[listSlugs[i].length][];
                for (int k = 0; k < listSlugs[i].length; k++) {
                    listScores[i][k] = Double.longBitsToDouble(in.longBits());
                    listShares[i][k] = interned(in.strings());
                }
                scored[i] = new int[in.varint()];
                for (int k = 0; k < scored[i].length; k++) {
                    scored[i][k] = in.varint();
                    if (scored[i][k] >= n) {
                        throw new IOException("a candidate beyond the briefs");
                    }
                }
            }
            return new State(settings, slugs, fps, vocabulary, ids, counts, keys, listSlugs, listScores, listShares,
                    scored);
        }, notes);
    }

    /** Keys, slugs and names recur across lists: one string each. */
    private static String[] interned(String[] strings) {
        for (int i = 0; i < strings.length; i++) {
            strings[i] = strings[i].intern();
        }
        return strings;
    }
}
