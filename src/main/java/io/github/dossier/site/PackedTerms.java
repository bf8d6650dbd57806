package io.github.dossier.site;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A brief's terms and weights in a few bytes each, as the search index keeps them between builds: the number of
 * terms, then for each, in ascending order of term id, the gap from the previous id and the weight, as unsigned
 * varints.
 *
 * <pre>{@code
 * byte[] packed = PackedTerms.of(new int[] {7, 2}, new int[] {6, 1});
 * PackedTerms.forEach(packed, (term, weight) -> ...);   // (2, 1), then (7, 6)
 * }</pre>
 */
final class PackedTerms {

    /** What {@link #forEach} hands each term. */
    @FunctionalInterface
    interface TermWeight {
        void accept(int term, int weight);
    }

    private PackedTerms() {
    }

    /** The {@code terms} (ids, each once, in any order) with their {@code weights}, packed. */
    static byte[] of(int[] terms, int[] weights) {
        long[] pairs = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            pairs[i] = ((long) terms[i] << 32) | (weights[i] & 0xFFFFFFFFL);
        }
        Arrays.sort(pairs);
        ByteArrayOutputStream out = new ByteArrayOutputStream(terms.length * 3 + 5);
        varint(out, terms.length);
        int last = 0;
        for (long p : pairs) {
            int t = (int) (p >>> 32);
            varint(out, t - last);
            varint(out, (int) p);
            last = t;
        }
        return out.toByteArray();
    }

    /** Hands each term of {@code packed} with its weight to {@code to}, in ascending order of term id. */
    static void forEach(byte[] packed, TermWeight to) {
        int[] at = {0};
        int count = varint(packed, at);
        int term = 0;
        for (int i = 0; i < count; i++) {
            term += varint(packed, at);
            to.accept(term, varint(packed, at));
        }
    }

    /** The same terms with ids mapped through {@code remap} (which keeps their order), packed again. */
    static byte[] remap(byte[] packed, int[] remap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length);
        int[] last = {0};
        int[] at = {0};
        varint(out, varint(packed, at));
        forEach(packed, (t, w) -> {
            varint(out, remap[t] - last[0]);
            varint(out, w);
            last[0] = remap[t];
        });
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int varint(byte[] b, int[] at) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[at[0]++] & 0xFF;
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }
}
