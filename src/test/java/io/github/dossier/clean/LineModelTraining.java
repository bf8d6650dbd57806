package io.github.dossier.clean;

import io.github.dossier.eval.Evaluation;
import io.github.dossier.eval.Folds;
import io.github.dossier.eval.LogisticFit;
import io.github.dossier.eval.SegmentMetric;
import io.github.dossier.eval.TrainingArgs;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.LinearModel;
import io.github.dossier.raw.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the learned reading of lines ({@link LineModel}) and writes its data file: every line of the training fold's
 * pages of both dev sets, read by the rules, labelled by the sets' ground truth, fitted by {@link LogisticFit}.
 *
 * <ul>
 *   <li>zyte-dev (its text scrapes and its saved pages): a line of three words or more is the article's when most
 *       of its word trigrams are in the page's article body, not when few are; other lines are left out.
 *   <li>traf-dev: a line is the article's when it holds, or is held by, one of the page's segments to keep, and not
 *       when it holds or is held by one to drop; other lines are left out.
 * </ul>
 *
 * Each page weighs the same in the fit, however many lines it has. Run from the project folder:
 * {@code java -cp target/test-classes:target/classes:… io.github.dossier.clean.LineModelTraining ../shared/corpus A}
 * (the fold to train on; the model is quoted on the other by {@code Evaluation}).
 */
public final class LineModelTraining {

    static final Path MODEL = Path.of("src/main/resources/io/github/dossier/knowledge/line-model.tsv");
    /** The penalty on the weights. */
    private static final double LAMBDA = 2.0;
    /** The most a page's lines weigh together. */
    private static final double PAGE = 30;

    private LineModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        TrainingArgs run = TrainingArgs.of(args, MODEL);
        Files.writeString(run.file(), train(run.corpora(), run.fold()));
        System.out.println("written to " + run.file());
    }

    /** The model's file, trained on {@code fold} of the dev sets in {@code corpora}. */
    public static String train(Path corpora, String fold) throws IOException {
        Cleaner rules = Cleaner.builder().learned(false).build();
        Examples examples = new Examples();
        Path zyte = corpora.resolve("zyte-dev");
        Map<String, String> truth = Evaluation.groundTruth(zyte.resolve("ground-truth.json"));
        CorpusProfile profile = Evaluation.profile(zyte, truth.keySet());
        for (Map.Entry<String, String> e : truth.entrySet()) {
            if (!Folds.of(e.getKey()).equals(fold)) {
                continue;
            }
            Set<String> trigrams = trigrams(Words.of(e.getValue()));
            for (RawDocument doc : List.of(
                    Evaluation.read(zyte.resolve("text/" + e.getKey() + ".txt"), RawDocument.Format.TEXT),
                    Evaluation.read(zyte.resolve("html/" + e.getKey() + ".html"), RawDocument.Format.HTML))) {
                examples.page(rules.read(doc, profile), l -> byTrigrams(l, trigrams), true);
            }
        }
        Path traf = corpora.resolve("traf-dev");
        for (Map.Entry<String, Evaluation.Segments> e : Evaluation.segments(traf.resolve("evaldata.json")).entrySet()) {
            if (!Folds.of(e.getKey()).equals(fold)) {
                continue;
            }
            List<String> with = normalised(e.getValue().with());
            List<String> without = normalised(e.getValue().without());
            RawDocument doc = Evaluation.read(traf.resolve("html/" + e.getKey()), RawDocument.Format.HTML);
            examples.page(rules.read(doc, CorpusProfile.EMPTY), l -> bySegments(l, with, without), false);
        }
        LinearModel model = LogisticFit.fit(LineFeatures.NAMES, examples.features, examples.labels, examples.weights,
                LAMBDA);
        String header = String.format(Locale.ROOT, """
                The learned reading of lines (clean.LineModel): whether a line is the article's. Logistic regression,
                L2 penalty %.1f, trained by clean.LineModelTraining on fold %s of zyte-dev (text and HTML) and
                traf-dev: %d lines of %d pages (%d the article's). Do not edit: train again.""", LAMBDA, fold,
                examples.labels.size(), examples.pages, examples.labels.stream().filter(b -> b).count());
        return model.format(header);
    }

    /** The labelled lines, each page's weighing one in all. */
    private static final class Examples {
        final List<double[]> features = new ArrayList<>();
        final List<Boolean> labels = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        int pages;

        /**
         * The lines of a page; {@code byLength}: each weighs as its length, as the shingle measure weighs it (a long
         * box kept costs more than a short one), else each the same, as a segment.
         */
        void page(BlockCleaner.Reading reading, java.util.function.Function<Line, Boolean> label, boolean byLength) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < reading.lines().size(); i++) {
                Boolean y = label.apply(reading.lines().get(i));
                if (y != null) {
                    features.add(reading.features()[i]);
                    labels.add(y);
                    rows.add(i);
                }
            }
            double total = 0;
            for (int i : rows) {
                total += byLength ? Math.min(4, reading.lines().get(i).chars() / 100.0) : 1;
            }
            for (int i : rows) {
                double w = byLength ? Math.min(4, reading.lines().get(i).chars() / 100.0) : 1;
                weights.add(w * Math.min(1.0, PAGE / total));
            }
            pages++;
        }
    }

    private static Set<String> trigrams(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 3)).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Boolean byTrigrams(Line l, Set<String> truth) {
        Set<String> own = trigrams(l.words);
        if (own.isEmpty()) {
            return null;
        }
        long in = own.stream().filter(truth::contains).count();
        double share = (double) in / own.size();
        return share >= 0.6 ? Boolean.TRUE : share <= 0.2 ? Boolean.FALSE : null;
    }

    private static List<String> normalised(List<String> segments) {
        return segments.stream().map(SegmentMetric::normalise).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean bySegments(Line l, List<String> with, List<String> without) {
        String t = SegmentMetric.normalise(PartType.plain(l.text));
        if (t.isEmpty()) {
            return null;
        }
        boolean in = with.stream().anyMatch(s -> t.contains(s) || (t.length() >= 10 && s.contains(t)));
        boolean out = without.stream().anyMatch(s -> t.contains(s) || (t.length() >= 10 && s.contains(t)));
        return in == out ? null : in;
    }
}
