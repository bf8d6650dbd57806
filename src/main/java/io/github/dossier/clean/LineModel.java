package io.github.dossier.clean;

import io.github.dossier.knowledge.LinearModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned reading of a page: a logistic regression over each line's {@link LineFeatures} (the rules' verdicts
 * among them) says whether the line is the article's, and that decides. A paragraph the rules kept that the model
 * reads as a box, a teaser or a credit is removed ({@link Rule#LEARNED}); a line the rules removed that the model
 * reads as the article's is kept: between the article's paragraphs or in a run of such lines right above or below
 * them (a lede set apart, a last paragraph under a box), or, apart from the article, when the model is surer. The
 * headline, byline and other header parts the rules found stay as they are, as do lines removed as copies.
 *
 * <p>The model is the data file {@code line-model.tsv}, written by {@code LineModelTraining} (in the tests) from
 * one fold of the dev sets. Immutable and thread-safe.
 */
final class LineModel {

    /** The shipped model. */
    static final LineModel SHIPPED = new LineModel(LinearModel.shipped("line-model.tsv", LineFeatures.NAMES));

    /** The least probability of being the article's for a line to be kept. */
    private static final double KEEP = 0.5;
    /** The least for a line the rules removed, apart from the article, to be kept. */
    private static final double KEEP_APART = 0.75;

    /**
     * Removals the model does not undo: a copy of another line, a teaser for another article (a headline cut off or a
     * bare question among the paragraphs) and a line printed in many files of the corpus (the site's template), which
     * the dev sets hold too few of to learn. Nor does it undo a
     * boilerplate pattern's (those are the project's own say), nor make a page's headline ({@code h1}) a paragraph.
     */
    private static final java.util.Set<String> VETOES = java.util.Set.of(Rule.DUPLICATE, Rule.TEASER, Rule.TEMPLATE);

    private final LinearModel model;

    LineModel(LinearModel model) {
        this.model = model;
    }

    /** The parts as the model reads them: {@code parts} are the rules', one a line. */
    List<Part> revise(List<Line> lines, double[][] features, List<Part> parts) {
        int n = parts.size();
        double[] p = new double[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            p[i] = model.probability(features[i]);
            if (parts.get(i).type().isBody()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // Lines the rules removed may come back inside the article, or right below it while they read as its own; a
        // page the rules found no article in gets what reads as one.
        int start = first;
        while (first >= 0 && start > 0 && p[start - 1] >= KEEP && parts.get(start - 1).type() == PartType.BOILERPLATE) {
            start--;
        }
        int end = last;
        while (last >= 0 && end + 1 < n && p[end + 1] >= KEEP) {
            end++;
        }
        // Above the page's headline is its header, never the article: nothing there comes back apart from it.
        int headline = -1;
        for (int i = 0; i < n && headline < 0; i++) {
            headline = parts.get(i).type() == PartType.HEADLINE ? i : -1;
        }
        List<Part> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Part part = parts.get(i);
            Line l = lines.get(i);
            boolean within = first < 0 || (i >= start && i <= end);
            boolean header = !within && i < headline;
            if (part.type().isBody() && p[i] < KEEP) {
                out.add(new Part(PartType.BOILERPLATE, part.text(), Rule.LEARNED, part.line()));
            } else if (part.type() == PartType.BOILERPLATE && !header && p[i] >= (within ? KEEP : KEEP_APART)
                    && !VETOES.contains(part.rule()) && l.match == null && !l.words.isEmpty()
                    && l.block.hint() != Block.Hint.TITLE) {
                out.add(new Part(Typing.bodyType(l), part.text(), "", part.line()));
            } else {
                out.add(part);
            }
        }
        // The model weighs lines, not whether a page has an article: the article the rules found is never taken away
        // whole (a page printed as one long paragraph).
        return first >= 0 && out.stream().noneMatch(part -> part.type().isBody()) ? parts : out;
    }
}
