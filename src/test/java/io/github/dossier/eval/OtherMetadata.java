package io.github.dossier.eval;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata figures beside the dev sets' own: the sample corpus against its golden values, and zyte-dev's text
 * scrapes (which state less of themselves than their saved pages).
 */
final class OtherMetadata {

    private OtherMetadata() {
    }

    /** Per field: correct, wrong and missing on the sample corpus, against golden/sample-metadata.yml. */
    static void sample(Cleaner cleaner, MetadataExtractor extractor) throws IOException {
        Path raw = Path.of(System.getProperty("dossier.project", ".")).resolve("content/raw");
        MetadataScore score = new MetadataScore();
        for (String file : score.files()) {
            score.score(file, extractor.extract(cleaner.clean(RawReader.DEFAULT.read(raw, raw.resolve(file)))));
        }
        System.out.printf("Metadata, the %d sample articles against what a reader writes down (golden/sample-metadata.yml)%n%n",
                score.files().size());
        System.out.println("| field | correct | wrong | missing |");
        System.out.println("|---|---|---|---|");
        score.tallies().forEach((field, t) ->
                System.out.printf("| %s | %d | %d | %d |%n", field, t.correct(), t.wrong(), t.missing()));
        score.failures().forEach(f -> System.out.println("  " + f));
        System.out.println();
    }

    /**
     * Metadata read from the text scrapes against what the same pages' HTML says of itself (og:title, JSON-LD,
     * article:published_time, og:site_name): counted over the pages whose HTML states the field.
     */
    static void scrapes(Path corpus, java.util.Set<String> ids, Cleaner cleaner, MetadataExtractor extractor,
            CorpusProfile profile, Path out) throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (String f : List.of("title", "authors", "published", "publication")) {
            tally.put(f, new int[3]);
        }
        StringBuilder tsv = new StringBuilder("id\tfold\tfield\tverdict\texpected\tgot\n");
        for (String id : ids) {
            CleanArticle page = cleaner.clean(Evaluation.read(corpus.resolve("html/" + id + ".html"), RawDocument.Format.HTML));
            Metadata truth = extractor.extract(page);
            RawDocument text = Evaluation.read(corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT);
            if (text.text().isEmpty()) {
                continue;
            }
            Metadata got = extractor.extract(cleaner.clean(text, profile));
            if (page.meta("og:title").isPresent() || page.meta("jsonld:headline").isPresent()) {
                count(tally.get("title"), similar(truth.title(), got.title()), got.title().isEmpty());
                row(tsv, id, "title", similar(truth.title(), got.title()), got.title().isEmpty(), truth.title(), got.title());
            }
            // The page's own statement of its authors: JSON-LD and author meta tags, not its visible bylines.
            List<String> authors = new ArrayList<>();
            for (String k : List.of("jsonld:author", "author")) {
                // People only: "Reuters", "admin" or "CBS News" as an author names no one.
                page.meta().getOrDefault(k, List.of()).stream()
                        .filter(v -> !v.startsWith("http") && v.strip().split("\\s+").length >= 2
                                && extractor.knowledge().publications().allForms().stream().filter(n -> !n.contains(".")).noneMatch(p -> key(p).equals(key(v))))
                        .forEach(v -> authors.add(key(v.replaceFirst("(?i)^by\\s+", "").split(",")[0])));
            }
            if (!authors.isEmpty()) {
                // "Finian Cunningham. Sputnik International" in the meta is Finian Cunningham.
                boolean overlap = got.authors().stream().map(a -> key(a.name()))
                        .anyMatch(k -> authors.stream().anyMatch(t -> t.equals(k) || t.startsWith(k + " ")));
                count(tally.get("authors"), overlap, got.authors().isEmpty());
                row(tsv, id, "authors", overlap, got.authors().isEmpty(), authors,
                        got.authors().stream().map(io.github.dossier.extract.Author::name).toList());
            }
            if (truth.published().isPresent()) {
                // Pages state their time in UTC, scrapes show the local day: a day either way is the same date.
                boolean sameDay = got.published().map(d -> Math.abs(d.toEpochDay() - truth.published().get().toEpochDay()) <= 1)
                        .orElse(false);
                count(tally.get("published"), sameDay, got.published().isEmpty());
                row(tsv, id, "published", sameDay, got.published().isEmpty(), truth.published().get(),
                        got.published().map(Object::toString).orElse(""));
            }
            if (page.meta("og:site_name").isPresent() || page.meta("jsonld:publisher").isPresent()) {
                // As the HTML pages' publications are scored (MetadataEvaluation): spaces aside, "detroitnews" is
                // Detroit News.
                boolean same = got.publication().map(p -> similar(truth.publication().orElse("").replace(" ", ""),
                        p.replace(" ", ""))).orElse(false);
                count(tally.get("publication"), same, got.publication().isEmpty());
                row(tsv, id, "publication", same, got.publication().isEmpty(), truth.publication().orElse(""),
                        got.publication().orElse(""));
            }
        }
        Files.writeString(out.resolve("zyte-text-metadata.tsv"), tsv);
        System.out.printf("Metadata of the %d text scrapes against the same pages' own HTML meta tags%n"
                + "(titles alike once case and punctuation are set aside; dates within a day, as pages state UTC)%n%n", ids.size());
        System.out.println("| field | pages stating it | correct | wrong | missing |");
        System.out.println("|---|---|---|---|---|");
        tally.forEach((f, t) -> System.out.printf("| %s | %d | %d | %d | %d |%n", f, t[0] + t[1] + t[2], t[0], t[1], t[2]));
        System.out.println();
    }

    private static void count(int[] t, boolean correct, boolean missing) {
        t[correct ? 0 : missing ? 2 : 1]++;
    }

    private static void row(StringBuilder tsv, String id, String field, boolean correct, boolean missing,
            Object expected, Object got) {
        tsv.append(id).append('\t').append(Folds.of(id)).append('\t').append(field).append('\t')
                .append(correct ? "correct" : missing ? "missing" : "wrong").append('\t')
                .append(String.valueOf(expected).replace('\t', ' ')).append('\t')
                .append(String.valueOf(got).replace('\t', ' ')).append('\n');
    }

    private static String key(String s) {
        return io.github.dossier.internal.Words.nameKey(s.replaceAll("(?i)\\.(com|org|net|info|in|co\\.uk)\\b", ""));
    }

    /** Equal once case, punctuation and accents are set aside, or one inside the other. */
    private static boolean similar(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        return !ka.isEmpty() && !kb.isEmpty() && (ka.equals(kb) || ka.contains(kb) || kb.contains(ka));
    }
}
