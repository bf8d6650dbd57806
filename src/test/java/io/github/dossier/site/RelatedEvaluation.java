package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.eval.Folds;
import io.github.dossier.knowledge.Lexicon;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How related briefs fare on a folder of briefs built from traf-dev (pages from hundreds of unrelated sites in many
 * languages), at several body-similarity thresholds, per fold: how many briefs get a list, and how many of the
 * pairs shown join briefs in two languages (certainly unrelated). With {@code --show A} (or B), the pairs of that fold at each
 * threshold, to read.
 *
 * <pre>java -cp … io.github.dossier.site.RelatedEvaluation path/to/content/briefs [--show A|B]</pre>
 */
public final class RelatedEvaluation {

    private RelatedEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        List<Brief> briefs = new BriefStore(Path.of(args[0])).readAll().stream()
                .filter(b -> b.source().startsWith("traf/")).toList();
        boolean show = args.length > 2 && args[1].equals("--show");
        var stopwords = Indexes.stopwords(briefs, Lexicon.shipped());
        System.out.println("| threshold | fold | briefs | with a list | pairs | two languages |");
        System.out.println("|---|---|---|---|---|---|");
        for (double close : new double[] {0, 0.05, 0.08, 0.12, 0.16, 0.2, 0.3}) {
            RelatedBriefs related = new RelatedBriefs(briefs, stopwords, close);
            for (String fold : List.of("A", "B")) {
                int n = 0;
                int withList = 0;
                int pairs = 0;
                int crossed = 0;
                for (Brief b : briefs) {
                    if (!Folds.of(b.source()).equals(fold)) {
                        continue;
                    }
                    n++;
                    List<RelatedBriefs.Related> list = related.of(b);
                    withList += list.isEmpty() ? 0 : 1;
                    for (RelatedBriefs.Related r : list) {
                        pairs++;
                        if (!b.language().equals(r.brief().language())) {
                            crossed++;
                        }
                        if (show && fold.equals(args[2])) {
                            System.out.printf(Locale.ROOT, "  %.2f %s [%s] -> %s [%s] %s%n", r.score(), b.title(),
                                    b.language().orElse("?"), r.brief().title(), r.brief().language().orElse("?"),
                                    r.shares());
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "| %.2f | %s | %d | %d | %d | %d |%n", close, fold, n, withList, pairs,
                        crossed);
            }
        }
    }
}
