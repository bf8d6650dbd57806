package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Yaml;
import io.github.dossier.site.RelatedBriefs.Related;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How related two briefs are, and which related briefs a page shows: the policy of {@link RelatedBriefs}, read once
 * from the shipped {@code related.yml}, which says what each value is and why. How the briefs to score are found and
 * their bodies compared is {@link RelatedUpdate}'s; this only weighs.
 *
 * <pre>{@code
 * RelatedPolicy policy = RelatedPolicy.SHIPPED;
 * Related r = policy.score(a, b, similarity, mentionsOfA, mentionsOfB); // a score of 0 below policy's close
 * List<Related> shown = policy.shown(scored);                           // the best over the minimum
 * }</pre>
 *
 * Immutable.
 */
final class RelatedPolicy {

    private static final String FILE = "related.yml";

    /** The policy Dossier ships. */
    static final RelatedPolicy SHIPPED = read(FILE);

    private final double close;
    private final double similarity;
    private final double author;
    private final double person;
    private final double country;
    private final double theme;
    private final double organisation;
    private final double minimum;
    private final int shown;
    private final int reasons;
    private final double countryReason;
    /** How many candidates are scored in full. */
    final int candidates;
    /** How many of a brief's most distinctive words find candidates. */
    final int words;
    private final int rarePer;
    private final int rareLeast;
    private final int rareMost;
    /** Document frequencies as read: the distinct ceilings of 2^(k / steps a doubling), up to 2^31, past any count. */
    private final int[] ladder;

    private RelatedPolicy(Values file) {
        this.close = file.number("close");
        Values score = file.section("score");
        this.similarity = score.number("similarity");
        this.author = score.number("author");
        this.person = score.number("person");
        this.country = score.number("country");
        this.theme = score.number("theme");
        this.organisation = score.number("organisation");
        score.done();
        this.minimum = file.number("minimum");
        this.shown = file.count("shown");
        this.reasons = file.count("reasons");
        this.countryReason = file.number("country-reason");
        Values found = file.section("candidates");
        this.candidates = found.count("scored");
        this.words = found.count("words");
        Values rare = found.section("rare");
        this.rarePer = rare.count("per");
        this.rareLeast = rare.count("least");
        this.rareMost = rare.count("most");
        rare.done();
        found.done();
        int steps = file.count("steps-per-doubling");
        this.ladder = IntStream.range(0, steps * 31).map(k -> (int) Math.ceil(Math.pow(2, k / (double) steps)))
                .distinct().toArray();
        file.done();
    }

    private static RelatedPolicy read(String file) {
        String origin = "dossier:" + RelatedPolicy.class.getPackageName().replace('.', '/') + "/" + file;
        String text;
        try (InputStream in = RelatedPolicy.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + origin);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text, origin);
    }

    /** The policy {@code text} says, in the shape of {@code related.yml}; {@code origin} names it in errors. */
    static RelatedPolicy parse(String text, String origin) {
        return new RelatedPolicy(new Values(Yaml.load(text, origin), origin, ""));
    }

    /** This policy, relating briefs whose bodies are at least {@code close} similar (to measure the threshold). */
    RelatedPolicy closeAt(double close) {
        return close == this.close ? this : new RelatedPolicy(this, close);
    }

    private RelatedPolicy(RelatedPolicy p, double close) {
        this.close = close;
        this.similarity = p.similarity;
        this.author = p.author;
        this.person = p.person;
        this.country = p.country;
        this.theme = p.theme;
        this.organisation = p.organisation;
        this.minimum = p.minimum;
        this.shown = p.shown;
        this.reasons = p.reasons;
        this.countryReason = p.countryReason;
        this.candidates = p.candidates;
        this.words = p.words;
        this.rarePer = p.rarePer;
        this.rareLeast = p.rareLeast;
        this.rareMost = p.rareMost;
        this.ladder = p.ladder;
    }

    /** Every value of this policy, as text: a state computed under another policy is never taken for this one's. */
    String settings() {
        return Arrays.toString(ladder) + "|" + words + "|" + close + "|score " + similarity + " " + author + " "
                + person + " " + country + " " + theme + " " + organisation + "|minimum " + minimum + "|shown " + shown
                + "|reasons " + reasons + " " + countryReason + "|candidates " + candidates + "|rare " + rarePer + " "
                + rareLeast + " " + rareMost;
    }

    /** The most briefs a candidate-finding name or word may be held by, among {@code briefs}. */
    int rare(int briefs) {
        return Math.max(rareLeast, Math.min(rareMost, briefs / rarePer));
    }

    /** The step of the ladder at or below document frequency {@code df} (0 for a word in no brief). */
    int step(int df) {
        int k = Arrays.binarySearch(ladder, Math.max(1, df));
        return k >= 0 ? k : -k - 2;
    }

    /** Document frequency {@code df} as it is read: rounded down to its step of the ladder (1 for a word in none). */
    int rounded(int df) {
        return ladder[step(df)];
    }

    /**
     * Brief {@code b} as a brief related to {@code a}: its score, of their bodies' {@code similarity} and the names
     * both state, and the shared names that explain it. The score is 0 when the bodies are not close: shared broad
     * names alone relate nothing. {@code mentionsA} and {@code mentionsB} are how many country mentions each counts.
     */
    Related score(Brief a, Brief b, double similarity, double mentionsA, double mentionsB) {
        double score = this.similarity * similarity;
        List<String> shares = new ArrayList<>();
        for (String name : a.authors()) {
            if (b.authors().contains(name)) {
                score += author;
                shares.add(name);
            }
        }
        for (String name : a.people()) {
            if (b.people().contains(name)) {
                score += person;
                shares.add(name);
            }
        }
        for (String name : a.countries()) {
            if (b.countries().contains(name)) {
                double least = Math.min(share(a, name, mentionsA), share(b, name, mentionsB));
                score += country * least;
                if (least > countryReason) {
                    shares.add(name);
                }
            }
        }
        for (String name : a.themes()) {
            if (b.themes().contains(name)) {
                score += theme;
                shares.add(name);
            }
        }
        for (String name : a.organisations()) {
            if (b.organisations().contains(name)) {
                score += organisation;
            }
        }
        if (similarity < close) {
            score = 0;
        }
        return new Related(b, score, shares.subList(0, Math.min(reasons, shares.size())));
    }

    /** How much of a brief's country mentions one country takes (1 when the brief lists only it). */
    private static double share(Brief b, String country, double mentions) {
        if (mentions == 0) {
            return 1.0 / Math.max(1, b.countries().size());
        }
        return b.countryMentions().getOrDefault(country, 0) / mentions;
    }

    /** What a page shows of the {@code scored} candidates: the best over the minimum, a tie by slug. */
    List<Related> shown(List<Related> scored) {
        List<Related> out = new ArrayList<>();
        for (Related r : scored) {
            if (r.score() >= minimum) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingDouble((Related r) -> -r.score()).thenComparing(r -> r.brief().slug()));
        return List.copyOf(out.subList(0, Math.min(shown, out.size())));
    }

    /** The values of one mapping of the file, each taken once: one it does not take is an error. */
    private static final class Values {
        private final Map<String, Object> values;
        private final String origin;
        private final String path;

        Values(Object loaded, String origin, String path) {
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalStateException(origin + ": " + (path.isEmpty() ? "the file" : path)
                        + " is not a mapping");
            }
            this.values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            this.origin = origin;
            this.path = path;
        }

        private Object take(String key) {
            if (!values.containsKey(key)) {
                throw new IllegalStateException(origin + ": " + path + key + " is missing");
            }
            return values.remove(key);
        }

        Values section(String key) {
            return new Values(take(key), origin, path + key + ".");
        }

        double number(String key) {
            if (take(key) instanceof Number n) {
                return n.doubleValue();
            }
            throw new IllegalStateException(origin + ": " + path + key + " is not a number");
        }

        int count(String key) {
            if (take(key) instanceof Integer n && n > 0) {
                return n;
            }
            throw new IllegalStateException(origin + ": " + path + key + " is not a whole number over 0");
        }

        /** Fails on a value nothing took: a misspelt key is an error, not a default kept in silence. */
        void done() {
            if (!values.isEmpty()) {
                throw new IllegalStateException(origin + ": " + path + values.keySet().iterator().next()
                        + " is not a value of the policy");
            }
        }
    }
}
