package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.eval.Evaluation;
import io.github.dossier.eval.Folds;
import io.github.dossier.eval.LogisticFit;
import io.github.dossier.eval.MetadataEvaluation;
import io.github.dossier.eval.TrainingArgs;
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

/**
 * Trains the learned choice of titles ({@link Titles} with a model) and writes its data file: every candidate of the
 * training fold's pages of both dev sets (traf-dev's saved pages against their annotated titles; zyte-dev's saved pages
 * and text scrapes against the title the saved page states of itself), labelled right when it is the stated title
 * once case, punctuation and accents are set aside, fitted by {@link LogisticFit}. A page teaches the choice only
 * when some of its candidates are right and some wrong; each such page weighs the same. Run from the project folder:
 * {@code java -cp target/test-classes:target/classes:… io.github.dossier.extract.TitleModelTraining ../shared/corpus A}.
 */
public final class TitleModelTraining {

    static final Path MODEL = Path.of("src/main/resources/io/github/dossier/knowledge/title-model.tsv");
    /** The penalty on the weights. */
    private static final double LAMBDA = 2.0;

    private TitleModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        TrainingArgs run = TrainingArgs.of(args, MODEL);
        Path corpora = run.corpora();
        Path file = run.file();
        String trained = train(corpora, run.fold());
        Files.writeString(file, trained);
        System.out.println("written to " + file);
        // How the choice fares on the other fold, beside the rules' and the best any choice of these candidates gives.
        String other = run.other();
        LinearModel model = LinearModel.parse(trained, file.toString());
        int rules = 0;
        int learned = 0;
        int best = 0;
        List<Page> pages = pages(corpora, other);
        for (Page page : pages) {
            Titles.Candidates c = page.candidates;
            int top = c.choice(model);
            rules += c.chosen() >= 0 && page.right[c.chosen()] ? 1 : 0;
            learned += top >= 0 && page.right[top] ? 1 : 0;
            boolean any = false;
            for (int i = 0; i < c.all().size(); i++) {
                any |= c.valid()[i] && page.right[i];
            }
            best += any ? 1 : 0;
            if (Boolean.getBoolean("dossier.train.verbose") && top >= 0 && !page.right[top] && any) {
                System.out.printf("%s: chose %s '%s'%n", page.name, c.all().get(top).source(), c.all().get(top).text());
            }
        }
        System.out.printf("fold %s, %d pages (candidates of text scrapes and saved pages): rules %d, learned %d, "
                + "best possible %d%n", other, pages.size(), rules, learned, best);
    }

    /** The model's file, trained on {@code fold} of the dev sets in {@code corpora}. */
    public static String train(Path corpora, String fold) throws IOException {
        List<Page> pages = pages(corpora, fold);
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int taught = 0;
        // Each set weighs the same: traf-dev's annotators' choice and what zyte-dev's pages state of themselves.
        long zyte = pages.stream().filter(p -> p.name.contains("zyte-dev")).count();
        double zyteWeight = zyte == 0 ? 1 : (double) (pages.size() - zyte) / zyte;
        for (Page page : pages) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < page.candidates.all().size(); i++) {
                if (page.candidates.valid()[i]) {
                    rows.add(i);
                }
            }
            long right = rows.stream().filter(i -> page.right[i]).count();
            if (right == 0 || right == rows.size()) {
                continue;
            }
            taught++;
            for (int i : rows) {
                features.add(page.candidates.features()[i]);
                labels.add(page.right[i]);
                weights.add((page.name.contains("zyte-dev") ? zyteWeight : 1.0) / rows.size());
            }
        }
        LinearModel model = LogisticFit.fit(TitleCandidate.NAMES, features, labels, weights, LAMBDA);
        String header = String.format(Locale.ROOT, """
                The learned choice of titles (extract.Titles): which of a page's candidate titles is its title; the
                likeliest valid one is taken. Logistic regression, L2 penalty %.1f, trained by
                extract.TitleModelTraining on fold %s of traf-dev (saved pages) and zyte-dev (saved pages and text
                scrapes): %d candidates of the %d pages of %d whose candidates are some right and some wrong.
                Do not edit: train again.""", LAMBDA, fold, labels.size(), taught, pages.size());
        return model.format(header);
    }

    /** A page's candidates, and which are its stated title. */
    private record Page(String name, Titles.Candidates candidates, boolean[] right) {
    }

    /** The pages of {@code fold} stating a title, read as a build reads them. */
    private static List<Page> pages(Path corpora, String fold) throws IOException {
        Knowledge knowledge = Knowledge.shipped();
        Cleaner cleaner = Cleaner.builder().knowledge(knowledge).build();
        Summarizer summarizer = new Summarizer(knowledge.lexicon(), knowledge.boilerplate());
        Titles titles = new Titles(knowledge.lexicon(), knowledge.publications(), summarizer, null);
        Map<String, String> stated = MetadataEvaluation.statedTitles(corpora);
        Path zyte = corpora.resolve("zyte-dev");
        CorpusProfile scrapes = Evaluation.profile(zyte, Evaluation.groundTruth(zyte.resolve("ground-truth.json"))
                .keySet());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, String> e : stated.entrySet()) {
            String name = Path.of(e.getKey()).getFileName().toString();
            // The folds of the metadata figures: by the saved page's file name.
            if (!Folds.of(name).equals(fold)) {
                continue;
            }
            String key = MetadataEvaluation.titleKey(e.getValue());
            RawDocument html = Evaluation.read(corpora.resolve(e.getKey()), RawDocument.Format.HTML);
            pages.add(page(e.getKey(), titles, cleaner.clean(html, CorpusProfile.EMPTY), key));
            if (e.getKey().startsWith("zyte-dev")) {
                Path text = zyte.resolve("text/" + name.replaceFirst("\\.html$", ".txt"));
                pages.add(page(text.toString(), titles, cleaner.clean(Evaluation.read(text, RawDocument.Format.TEXT),
                        scrapes), key));
            }
        }
        return pages;
    }

    private static Page page(String name, Titles titles, CleanArticle article, String key) {
        Titles.Candidates candidates = titles.candidates(article, MetadataExtractor.paragraphs(article));
        boolean[] right = new boolean[candidates.all().size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = MetadataEvaluation.titleKey(candidates.all().get(i).text()).equals(key);
        }
        return new Page(name, candidates, right);
    }
}
