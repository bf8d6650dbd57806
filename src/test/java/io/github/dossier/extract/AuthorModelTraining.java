package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.eval.Evaluation;
import io.github.dossier.eval.Folds;
import io.github.dossier.eval.LogisticFit;
import io.github.dossier.eval.MetadataEvaluation;
import io.github.dossier.eval.TrainingArgs;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.LinearModel;
import io.github.dossier.raw.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the learned choice of authors ({@link Bylines} with a model) and writes its data file: every name the
 * training fold's saved pages of both dev sets may be signed by ({@link AuthorCandidates}), labelled right when it is
 * one of the page's stated authors (traf-dev's annotations, what zyte-dev's pages state of themselves), fitted by
 * {@link LogisticFit}. Each page stating authors weighs the same, each set as much as the other. Run from the project
 * folder: {@code java -cp target/test-classes:target/classes:… io.github.dossier.extract.AuthorModelTraining
 * ../shared/corpus A}.
 */
public final class AuthorModelTraining {

    static final Path MODEL = Path.of("src/main/resources/io/github/dossier/knowledge/author-model.tsv");
    /** The penalty on the weights. */
    private static final double LAMBDA = 2.0;

    private AuthorModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        TrainingArgs run = TrainingArgs.of(args, MODEL);
        Path corpora = run.corpora();
        Path file = run.file();
        String trained = train(corpora, run.fold());
        Files.writeString(file, trained);
        System.out.println("written to " + file);
        // On the other fold: how often the stated authors are all among the rules' names and the candidates, and how
        // the candidates the model takes fare on the pages where the rules find no one.
        String other = run.other();
        LinearModel model = LinearModel.parse(trained, file.toString());
        List<Page> pages = pages(corpora, other);
        int reachable = 0;
        for (Page page : pages) {
            Set<String> all = new java.util.HashSet<>(page.rules);
            page.candidates.forEach(c -> all.add(Words.nameKey(c.name())));
            reachable += all.containsAll(page.truth) ? 1 : 0;
        }
        long empty = pages.stream().filter(p -> p.rules.isEmpty()).count();
        System.out.printf("fold %s, %d pages stating authors: all among the rules' and the candidates' names on %d; "
                + "the rules find no one on %d%n", other, pages.size(), reachable, empty);
        for (double take : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5}) {
            int right = 0;
            int wrong = 0;
            for (Page page : pages) {
                if (!page.rules.isEmpty()) {
                    continue;
                }
                Set<String> taken = new java.util.TreeSet<>();
                page.candidates.stream().filter(c -> model.probability(c.features()) >= take).limit(3)
                        .forEach(c -> taken.add(Words.nameKey(c.name())));
                right += !taken.isEmpty() && taken.equals(page.truth) ? 1 : 0;
                wrong += !taken.isEmpty() && !taken.equals(page.truth) ? 1 : 0;
                if (Boolean.getBoolean("dossier.train.verbose") && take == 0.2) {
                    System.out.printf("%s: took %s, stated %s; %s%n", page.name, taken, page.truth,
                            page.candidates.stream().map(c -> String.format(Locale.ROOT, "%s %.2f", c.name(),
                            model.probability(c.features()))).limit(6).toList());
                }
            }
            System.out.printf(Locale.ROOT, "  taking p >= %.2f where the rules find no one: %d right, %d wrong%n", take,
                    right, wrong);
        }
    }

    /** The model's file, trained on {@code fold} of the dev sets in {@code corpora}. */
    public static String train(Path corpora, String fold) throws IOException {
        List<Page> pages = pages(corpora, fold);
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        long zyte = pages.stream().filter(p -> p.name.startsWith("zyte-dev")).count();
        double zyteWeight = zyte == 0 ? 1 : (double) (pages.size() - zyte) / zyte;
        int taught = 0;
        for (Page page : pages) {
            if (page.candidates.isEmpty()) {
                continue;
            }
            taught++;
            for (AuthorCandidates.Candidate c : page.candidates) {
                features.add(c.features());
                labels.add(page.truth.contains(Words.nameKey(c.name())));
                weights.add((page.name.startsWith("zyte-dev") ? zyteWeight : 1.0) / page.candidates.size());
            }
        }
        LinearModel model = LogisticFit.fit(AuthorCandidates.NAMES, features, labels, weights, LAMBDA);
        String header = String.format(Locale.ROOT, """
                The learned choice of authors (extract.Bylines): whether a name the page may be signed by is its
                author, for pages where the rules find no one; each at p >= 0.10 (tuned on fold A) is taken. Logistic regression, L2
                penalty %.1f, trained by extract.AuthorModelTraining on fold %s of traf-dev and zyte-dev (saved pages):
                %d candidates (%d right) of the %d pages of %d stating authors that have any; each set weighs the same.
                Do not edit: train again.""", LAMBDA, fold, labels.size(), labels.stream().filter(b -> b).count(),
                taught, pages.size());
        return model.format(header);
    }

    /** A page's stated authors, the names the rules found, and its candidates. */
    private record Page(String name, Set<String> truth, Set<String> rules, List<AuthorCandidates.Candidate> candidates) {
    }

    /** The saved pages of {@code fold} stating authors, read as a build reads them. */
    private static List<Page> pages(Path corpora, String fold) throws IOException {
        Knowledge knowledge = Knowledge.shipped();
        Cleaner cleaner = Cleaner.builder().knowledge(knowledge).build();
        MetadataExtractor rules = MetadataExtractor.builder().knowledge(knowledge).learned(false).build();
        Summarizer summarizer = new Summarizer(knowledge.lexicon(), knowledge.boilerplate());
        Bylines bylines = new Bylines(knowledge, new PeopleFinder(knowledge.people(), knowledge.lexicon()), summarizer,
                null);
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : MetadataEvaluation.statedAuthors(corpora).entrySet()) {
            // The folds of the metadata figures: by the saved page's file name.
            if (!Folds.of(Path.of(e.getKey()).getFileName().toString()).equals(fold)) {
                continue;
            }
            RawDocument html = Evaluation.read(corpora.resolve(e.getKey()), RawDocument.Format.HTML);
            CleanArticle article = cleaner.clean(html, CorpusProfile.EMPTY);
            List<String> found = rules.extract(article).authors().stream().map(Author::name).toList();
            Set<String> keys = new java.util.TreeSet<>();
            found.forEach(n -> keys.add(Words.nameKey(n)));
            // The model weighs what the rules did not find.
            List<AuthorCandidates.Candidate> others = bylines.candidates(article).stream()
                    .filter(c -> !keys.contains(Words.nameKey(c.name()))).toList();
            pages.add(new Page(e.getKey(), e.getValue(), keys, others));
        }
        return pages;
    }
}
