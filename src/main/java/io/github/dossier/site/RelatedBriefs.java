package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.state.RenderState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Which briefs a reader of one brief should read next, and why.
 *
 * <p>Two briefs are related when their bodies are: the cosine similarity of their TF-IDF vectors must reach a
 * threshold, and it weighs most in the score. What they share adds to it (an author, a person, an organisation, a
 * country by how much of each brief it is, a theme): broad names never make two briefs related on their own. Hugo's
 * related content averages keyword weights over front matter; this reads the articles first. How much each counts,
 * the threshold (measured on traf-dev's 475 multilingual pages, docs/related.md) and how many are shown are the
 * policy, {@link RelatedPolicy}, read from the shipped {@code related.yml}; how the candidates are found and the
 * bodies compared, from nothing or from a previous state, is {@link RelatedUpdate}'s.
 *
 * <p>Incremental: {@link #update} takes the {@link State} a previous computation left (each brief's words, keys and
 * lists) and computes again only the lists an edit can change, with the same result as computing all of them.
 * Immutable.
 */
final class RelatedBriefs {

    /** A related brief, its score and the shared names that explain it. */
    record Related(Brief brief, double score, List<String> shares) {
    }

    private final Map<Brief, List<Related>> related;
    private State state;
    private final int computed;

    /** Every brief's related briefs, computed from nothing. */
    RelatedBriefs(List<Brief> briefs, Set<String> stopwords) {
        this(briefs, stopwords, Optional::empty, RelatedPolicy.SHIPPED);
    }

    /** As {@link #RelatedBriefs(List, Set)}, relating briefs whose bodies are at least {@code close} similar. */
    RelatedBriefs(List<Brief> briefs, Set<String> stopwords, double close) {
        this(briefs, stopwords, Optional::empty, RelatedPolicy.SHIPPED.closeAt(close));
    }

    /**
     * Every brief's related briefs: from {@code previous} (what an earlier computation left) those an edit cannot
     * have changed, the others computed. The result is the same as {@code new RelatedBriefs(briefs, stopwords)}'s.
     */
    static RelatedBriefs update(List<Brief> briefs, Set<String> stopwords, Optional<State> previous) {
        return new RelatedBriefs(briefs, stopwords, () -> previous, RelatedPolicy.SHIPPED);
    }

    /** As {@link #update(List, Set, Optional)}, the previous state read when needed and held only if it can serve. */
    static RelatedBriefs update(List<Brief> briefs, Set<String> stopwords, Supplier<Optional<State>> previous) {
        return new RelatedBriefs(briefs, stopwords, previous, RelatedPolicy.SHIPPED);
    }

    private RelatedBriefs(List<Brief> briefs, Set<String> stopwords, Supplier<Optional<State>> previous,
            RelatedPolicy policy) {
        RelatedUpdate update = new RelatedUpdate(briefs, stopwords, policy, previous);
        this.related = new IdentityHashMap<>();
        for (int i = 0; i < briefs.size(); i++) {
            related.put(briefs.get(i), update.lists[i]);
        }
        this.computed = update.computed;
        this.state = update.state;
    }

    List<Related> of(Brief b) {
        return related.getOrDefault(b, List.of());
    }

    /** What this computation leaves for the next one. */
    State state() {
        return state;
    }

    /** What this computation leaves for the next one, no longer held by it. */
    State takeState() {
        State s = state;
        state = null;
        return s;
    }

    /** How many lists were computed (the others taken from the previous state). */
    int computed() {
        return computed;
    }

    /**
     * What a computation leaves for the next: a fingerprint of its settings, and for each brief (by slug) the
     * fingerprint of what its list is made from, its words, its keys and its list (as slugs, scores and shares);
     * kept in a {@link RelatedStateFile}.
     */
    static final class State implements RenderState {
        final String settings;
        final String[] slugs;
        final String[] fps;
        final String[] vocabulary;
        final int[][] ids;
        final short[][] counts;
        final String[][] keys;
        final String[][] listSlugs;
        final double[][] listScores;
        final String[][][] listShares;
        /** The candidates each list scored, as places in this state. */
        final int[][] scored;

        State(String settings, String[] slugs, String[] fps, String[] vocabulary, int[][] ids, short[][] counts,
                String[][] keys, String[][] listSlugs, double[][] listScores, String[][][] listShares, int[][] scored) {
            this.settings = settings;
            this.slugs = slugs;
            this.fps = fps;
            this.vocabulary = vocabulary;
            this.ids = ids;
            this.counts = counts;
            this.keys = keys;
            this.listSlugs = listSlugs;
            this.listScores = listScores;
            this.listShares = listShares;
            this.scored = scored;
        }

        State(String settings, String[] slugs, String[] fps, String[] vocabulary, int[][] ids, short[][] counts,
                String[][] keys, List<Related>[] lists, int[][] scored) {
            this(settings, slugs, fps, vocabulary, ids, counts, keys,
                    Arrays.stream(lists).map(l -> l.stream().map(r -> r.brief().slug()).toArray(String[]::new))
                            .toArray(String[][]::new),
                    Arrays.stream(lists).map(l -> l.stream().mapToDouble(Related::score).toArray()).toArray(double[][]::new),
                    Arrays.stream(lists).map(l -> l.stream().map(r -> r.shares().toArray(String[]::new))
                            .toArray(String[][]::new)).toArray(String[][][]::new), scored);
        }

        /** For each brief (by place), the places of the lists that scored it as a candidate. */
        int[][] scoredIn() {
            int[] count = new int[slugs.length];
            for (int[] list : scored) {
                for (int c : list) {
                    count[c]++;
                }
            }
            int[][] out = new int[slugs.length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new int[count[i]];
                count[i] = 0;
            }
            for (int p = 0; p < scored.length; p++) {
                for (int c : scored[p]) {
                    out[c][count[c]++] = p;
                }
            }
            return out;
        }

        /**
         * Where each of {@code slugs} was in this state, or null when this state is of other settings or another set
         * of briefs (then everything is computed again).
         */
        int[] positions(String settings, String[] slugs) {
            if (!this.settings.equals(settings) || this.slugs.length != slugs.length) {
                return null;
            }
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < this.slugs.length; i++) {
                at.put(this.slugs[i], i);
            }
            int[] out = new int[slugs.length];
            for (int i = 0; i < slugs.length; i++) {
                Integer p = at.remove(slugs[i]);
                if (p == null) {
                    return null;
                }
                out[i] = p;
            }
            return out;
        }

        /** Writes this state to {@code file}, whole or not at all. */
        @Override
        public void write(Path file) throws IOException {
            RelatedStateFile.write(this, file);
        }

        /** The state in {@code file}; empty when there is none or it cannot be read (then everything is computed). */
        static Optional<State> read(Path file) {
            return read(file, note -> { });
        }

        /** As {@link #read(Path)}, a damaged state said to {@code notes}. */
        static Optional<State> read(Path file, Consumer<String> notes) {
            return RelatedStateFile.read(file, notes);
        }

        /** The list of the brief at {@code position}, its briefs found by slug among {@code briefs}. */
        List<Related> lists(int position, List<Brief> briefs, Map<String, Integer> bySlug) {
            List<Related> out = new ArrayList<>();
            for (int k = 0; k < listSlugs[position].length; k++) {
                out.add(new Related(briefs.get(bySlug.get(listSlugs[position][k])), listScores[position][k],
                        List.of(listShares[position][k])));
            }
            return List.copyOf(out);
        }
    }
}
