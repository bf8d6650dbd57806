package io.github.dossier.eval;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.raw.RawReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Measures the cleaners on the article-extraction evaluation set ({@code ../shared/corpus/zyte-dev}): the text
 * cleaner on the {@code text/} scrapes, the HTML cleaner on the {@code html/} pages, beside the uncleaned text
 * and, when Node.js is found, Mozilla Readability.js on the same HTML in the same run. Prints precision, recall
 * and F1 with the benchmark's own metric ({@link ShingleMetric}) and writes per-page scores to
 * {@code target/eval/}.
 *
 * <pre>
 * mvn -B -Peval test -DskipTests          # -Ddossier.eval.corpus=DIR for another set,
 *                                          # -Ddossier.eval.readability=false to leave the peer out
 * </pre>
 */
public final class Evaluation {

    private record Peer(String name, Map<String, String> output, double millisPerPage) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0]
                : System.getProperty("dossier.eval.corpus", "../shared/corpus/zyte-dev"));
        Path out = Path.of(args.length > 1 ? args[1] : "target/eval");
        Files.createDirectories(out);
        Map<String, String> truth = groundTruth(corpus.resolve("ground-truth.json"));

        MetadataExtractor extractor = MetadataExtractor.builder().build();
        Cleaner cleaner = Cleaner.builder().knowledge(extractor.knowledge()).build();
        // As in a build, the text scrapes are cleaned as one corpus: lines printed in many of them are template.
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        for (String id : truth.keySet()) {
            profiling.add(read(corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT));
        }
        CorpusProfile profile = Boolean.parseBoolean(System.getProperty("dossier.eval.profile", "true"))
                ? profiling.build() : CorpusProfile.EMPTY;
        List<Peer> systems = new ArrayList<>();
        systems.add(run("uncleaned text", truth, id -> read(corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT).text()));
        systems.add(run("dossier text", truth, id -> clean(cleaner, profile, corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT)));
        systems.add(run("dossier html", truth, id -> clean(cleaner, profile, corpus.resolve("html/" + id + ".html"), RawDocument.Format.HTML)));
        if (Boolean.parseBoolean(System.getProperty("dossier.eval.readability", "true"))) {
            readability(corpus.resolve("html"), out).ifPresent(systems::add);
        }

        System.out.printf("%nCleaning, %d pages of %s (metric: the benchmark's word 4-gram shingles)%n%n",
                truth.size(), corpus);
        System.out.printf("| %-22s | %5s | %5s | %5s | %9s |%n", "system", "F1", "P", "R", "ms/page");
        System.out.printf("|%s|%s|%s|%s|%s|%n", "-".repeat(24), "-".repeat(7), "-".repeat(7), "-".repeat(7), "-".repeat(11));
        for (Peer s : systems) {
            List<ShingleMetric.Counts> counts = new ArrayList<>();
            StringBuilder tsv = new StringBuilder("id\tprecision\trecall\n");
            for (String id : truth.keySet()) {
                ShingleMetric.Counts c = ShingleMetric.match(truth.get(id), s.output().getOrDefault(id, ""));
                counts.add(c);
                tsv.append(id).append('\t').append(String.format("%.3f\t%.3f%n", ShingleMetric.precision(c), ShingleMetric.recall(c)));
            }
            ShingleMetric.Scores sc = ShingleMetric.score(counts);
            System.out.printf("| %-22s | %.3f | %.3f | %.3f | %9.1f |%n", s.name(), sc.f1(), sc.precision(),
                    sc.recall(), s.millisPerPage());
            Files.writeString(out.resolve(s.name().replace(' ', '-') + ".tsv"), tsv);
        }
        System.out.println();
        sampleMetadata(cleaner, extractor);
        scrapeMetadata(corpus, truth.keySet(), cleaner, extractor, profile);
    }

    /** Per field: correct, wrong and missing on the sample corpus, against golden/sample-metadata.yml. */
    private static void sampleMetadata(Cleaner cleaner, MetadataExtractor extractor) throws IOException {
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
    private static void scrapeMetadata(Path corpus, java.util.Set<String> ids, Cleaner cleaner, MetadataExtractor extractor,
            CorpusProfile profile) throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (String f : List.of("title", "authors", "published", "publication")) {
            tally.put(f, new int[3]);
        }
        for (String id : ids) {
            CleanArticle page = cleaner.clean(read(corpus.resolve("html/" + id + ".html"), RawDocument.Format.HTML));
            Metadata truth = extractor.extract(page);
            RawDocument text = read(corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT);
            if (text.text().isEmpty()) {
                continue;
            }
            Metadata got = extractor.extract(cleaner.clean(text, profile));
            if (page.meta("og:title").isPresent() || page.meta("jsonld:headline").isPresent()) {
                count(tally.get("title"), similar(truth.title(), got.title()), got.title().isEmpty());
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
                boolean overlap = got.authors().stream().anyMatch(a -> authors.contains(key(a.name())));
                count(tally.get("authors"), overlap, got.authors().isEmpty());
            }
            if (truth.published().isPresent()) {
                // Pages state their time in UTC, scrapes show the local day: a day either way is the same date.
                boolean sameDay = got.published().map(d -> Math.abs(d.toEpochDay() - truth.published().get().toEpochDay()) <= 1)
                        .orElse(false);
                count(tally.get("published"), sameDay, got.published().isEmpty());
            }
            if (page.meta("og:site_name").isPresent() || page.meta("jsonld:publisher").isPresent()) {
                count(tally.get("publication"), got.publication().map(p -> similar(truth.publication().orElse(""), p))
                        .orElse(false), got.publication().isEmpty());
            }
        }
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

    private static String key(String s) {
        return io.github.dossier.internal.Words.nameKey(s.replaceAll("(?i)\\.(com|org|net|info|in|co\\.uk)\\b", ""));
    }

    /** Equal once case, punctuation and accents are set aside, or one inside the other. */
    private static boolean similar(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        return !ka.isEmpty() && !kb.isEmpty() && (ka.equals(kb) || ka.contains(kb) || kb.contains(ka));
    }

    private interface Extractor {
        String apply(String id) throws IOException;
    }

    private static Peer run(String name, Map<String, String> truth, Extractor extractor) throws IOException {
        Map<String, String> output = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (String id : truth.keySet()) {
            output.put(id, extractor.apply(id));
        }
        double ms = (System.nanoTime() - start) / 1e6 / truth.size();
        return new Peer(name, output, ms);
    }

    private static RawDocument read(Path file, RawDocument.Format format) throws IOException {
        try {
            return RawReader.DEFAULT.decode(file.getFileName().toString(), format, Files.readAllBytes(file));
        } catch (RawInputException e) {
            return new RawDocument(file.getFileName().toString(), format, "");
        }
    }

    private static String clean(Cleaner cleaner, CorpusProfile profile, Path file, RawDocument.Format format)
            throws IOException {
        RawDocument doc = read(file, format);
        if (doc.text().isEmpty()) {
            return "";
        }
        CleanArticle article = cleaner.clean(doc, profile);
        return article.bodyText();
    }

    static Map<String, String> groundTruth(Path file) throws IOException {
        Object loaded = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> truth = new TreeMap<>();
        ((Map<?, ?>) loaded).forEach((k, v) -> truth.put(String.valueOf(k), String.valueOf(((Map<?, ?>) v).get("articleBody"))));
        return truth;
    }

    /** Readability.js 0.6.0 on jsdom, installed with npm into target/eval-node when Node.js is on the PATH. */
    private static java.util.Optional<Peer> readability(Path html, Path out) {
        Path node = Path.of("target/eval-node");
        try {
            if (!Files.isDirectory(node.resolve("node_modules/@mozilla/readability"))) {
                int rc = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                        node.toString(), "@mozilla/readability@0.6.0", "jsdom@26.1.0").inheritIO().start().waitFor();
                if (rc != 0) {
                    System.out.println("(Readability.js skipped: npm install failed)");
                    return java.util.Optional.empty();
                }
            }
            Path json = out.resolve("readability.json");
            long start = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder("node", Path.of("src/test/eval/readability.js").toAbsolutePath().toString(),
                    html.toAbsolutePath().toString());
            pb.environment().put("NODE_PATH", node.resolve("node_modules").toAbsolutePath().toString());
            Process p = pb.directory(node.toFile())
                    .redirectOutput(json.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.out.println("(Readability.js skipped: node failed)");
                return java.util.Optional.empty();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Object loaded = new Load(LoadSettings.builder().setCodePointLimit(256 * 1024 * 1024).build())
                    .loadFromString(Files.readString(json, StandardCharsets.UTF_8));
            Map<String, String> output = new LinkedHashMap<>();
            ((Map<?, ?>) loaded).forEach((k, v) -> output.put(String.valueOf(k), String.valueOf(v)));
            return java.util.Optional.of(new Peer("readability.js 0.6.0", output, seconds * 1000 / Math.max(1, output.size())));
        } catch (IOException e) {
            System.out.println("(Readability.js skipped: " + e.getMessage() + ")");
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
