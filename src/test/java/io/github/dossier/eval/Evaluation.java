package io.github.dossier.eval;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
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
 * Measures the cleaners on the two dev sets, beside peers run in the same run on the same pages, with each set's
 * own metric, on the whole set and on each of its two folds ({@link Folds}: tune on one, quote the other):
 * <ul>
 *   <li>{@code zyte-dev} (88 news pages, text scrapes and saved HTML): the article-extraction benchmark's word
 *       4-gram shingles ({@link ShingleMetric}); the text cleaner on the scrapes, the HTML cleaner, Readability.js
 *       and Defuddle on the pages, and the uncleaned scrapes as a floor;</li>
 *   <li>{@code traf-dev} (475 multilingual pages): trafilatura's segment metric ({@link SegmentMetric}); the HTML
 *       cleaner, Readability.js and Defuddle.</li>
 * </ul>
 * Then the metadata figures, and how citation-js reads the citations of each dev set's built site ({@link
 * CitationCheck}). Per-page scores are written to {@code target/eval/}. The peers run when Node.js is on
 * the PATH: the command installs {@code @mozilla/readability}, {@code defuddle} and {@code jsdom} into
 * {@code target/eval-node}.
 *
 * <pre>
 * mvn -B -Peval test -DskipTests          # -Ddossier.eval.corpus=DIR for another folder of dev sets,
 *                                          # -Ddossier.eval.peers=false to leave the peers out,
 *                                          # -Ddossier.eval.cleaning=false for the metadata figures alone,
 *                                          # -Ddossier.eval.citations=false to leave out the citations,
 *                                          # -Ddossier.eval.sources=false to leave out web archives and PDFs
 * </pre>
 */
public final class Evaluation {

    /** One system's output on a set: text per page, and the time it took per page. */
    private record Run(String name, Map<String, String> output, double millisPerPage) {
    }

    private static final String READABILITY = "@mozilla/readability@0.6.0";
    private static final String DEFUDDLE = "defuddle@0.19.4";
    private static final String JSDOM = "jsdom@26.1.0";
    /** Where the peers are installed from npm. */
    private static final Path NODE = Path.of("target/eval-node");

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args.length > 0 ? args[0] : System.getProperty("dossier.eval.corpus", "../shared/corpus"));
        Path out = Path.of(args.length > 1 ? args[1] : "target/eval");
        Files.createDirectories(out);
        boolean peers = Boolean.parseBoolean(System.getProperty("dossier.eval.peers", "true")) && installPeers();
        MetadataExtractor extractor = MetadataExtractor.builder().build();
        Cleaner cleaner = Cleaner.builder().knowledge(extractor.knowledge()).build();
        // The rules alone, as before the learned reading of lines: printed beside it.
        Cleaner rules = Cleaner.builder().knowledge(extractor.knowledge()).learned(false).build();

        Path zyte = corpora.resolve("zyte-dev");
        Map<String, String> truth = Files.isDirectory(zyte) ? groundTruth(zyte.resolve("ground-truth.json")) : Map.of();
        // -Ddossier.eval.cleaning=false: the metadata figures alone (the peers then read an earlier run's copies).
        boolean cleaning = Boolean.parseBoolean(System.getProperty("dossier.eval.cleaning", "true"));
        if (!truth.isEmpty() && cleaning) {
            zyte(zyte, truth, out, cleaner, rules, peers);
        }
        Path traf = corpora.resolve("traf-dev");
        if (Files.isDirectory(traf)) {
            if (cleaning) {
                traf(traf, out, cleaner, rules, peers);
            }
            // The shipped model of lines is what its training script gives: trained again, byte for byte.
            String trained = io.github.dossier.clean.LineModelTraining.train(corpora, "A");
            String shipped = new String(Cleaner.class.getResourceAsStream("/io/github/dossier/knowledge/line-model.tsv")
                    .readAllBytes(), StandardCharsets.UTF_8);
            System.out.printf("The model of lines trained again on fold A: %s%n%n", trained.equals(shipped)
                    ? "the shipped line-model.tsv, byte for byte" : "DIFFERS from the shipped line-model.tsv: train it again");
            reproduced("titles", "title-model.tsv", io.github.dossier.extract.TitleModelTraining.train(corpora, "A"));
            reproduced("authors", "author-model.tsv", io.github.dossier.extract.AuthorModelTraining.train(corpora, "A"));
            if (Boolean.getBoolean("dossier.eval.cleaningOnly")) {
                return;
            }
            MetadataEvaluation.traf(traf, out, cleaner, rules, extractor, peers);
        }
        // -Ddossier.eval.metadataOnly=true: the title, author and date figures of both sets, nothing more.
        boolean metadataOnly = Boolean.getBoolean("dossier.eval.metadataOnly");
        if (metadataOnly && !truth.isEmpty()) {
            MetadataEvaluation.zyte(zyte, zyteUrls(zyte), out, cleaner, rules, extractor, peers);
            return;
        }
        EntityEvaluation.run(corpora, out, cleaner, extractor);
        EntityEvaluation.namedInTheirLanguage(traf, cleaner, extractor);
        OtherMetadata.sample(cleaner, extractor);
        if (!truth.isEmpty()) {
            MetadataEvaluation.zyte(zyte, zyteUrls(zyte), out, cleaner, rules, extractor, peers);
            OtherMetadata.scrapes(zyte, truth.keySet(), cleaner, extractor, profile(zyte, truth.keySet()), out);
        }
        // -Ddossier.eval.sources=false leaves out the other forms of the same pages: a web archive of them (wget) and
        // their prints to PDF (Chromium).
        if (Boolean.parseBoolean(System.getProperty("dossier.eval.sources", "true")) && !truth.isEmpty()) {
            ArchiveEvaluation.run(zyte, out.resolve("archive").toAbsolutePath());
            // The same pages printed to PDF by Chromium (once; the prints are kept in target/eval/pdfs).
            if (PdfEvaluation.print(zyte, out.resolve("pdfs"))) {
                PdfEvaluation.main(new String[] {out.resolve("pdfs").toString(), zyte.toString()});
            }
        }
        // -Ddossier.eval.citations=false leaves out building the dev sets' sites to read their citations.
        if (Boolean.parseBoolean(System.getProperty("dossier.eval.citations", "true"))) {
            CitationCheck.devSets(corpora, out);
            // The index entries of the same builds that are not entities, by the simple rules of EntitySuspects.
            for (String set : List.of("traf-dev", "zyte-dev")) {
                Path briefs = out.resolve("citations").resolve(set).resolve("content/briefs");
                if (Files.isDirectory(briefs)) {
                    System.out.printf("%nIndex entries that are not entities, %s (EntitySuspects)%n%n", set);
                    EntitySuspects.report(briefs, false);
                }
            }
        }
    }

    /** Says whether a model trained again is the shipped {@code file}, byte for byte. */
    private static void reproduced(String what, String file, String trained) throws IOException {
        String shipped = new String(Cleaner.class.getResourceAsStream("/io/github/dossier/knowledge/" + file)
                .readAllBytes(), StandardCharsets.UTF_8);
        System.out.printf("The model of %s trained again on fold A: %s%n%n", what, trained.equals(shipped)
                ? "the shipped " + file + ", byte for byte" : "DIFFERS from the shipped " + file + ": train it again");
    }

    /** zyte-dev's pages by id, with the address each was saved from. */
    private static Map<String, String> zyteUrls(Path zyte) throws IOException {
        Map<String, String> urls = new TreeMap<>();
        json(zyte.resolve("ground-truth.json"), 64).forEach((k, v) ->
                urls.put(String.valueOf(k), String.valueOf(((Map<?, ?>) v).get("url"))));
        return urls;
    }

    /** As in a build, the text scrapes are cleaned as one corpus: lines printed in many of them are template. */
    public static CorpusProfile profile(Path zyte, java.util.Set<String> ids) throws IOException {
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        for (String id : ids) {
            profiling.add(read(zyte.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT));
        }
        return profiling.build();
    }

    private static void zyte(Path corpus, Map<String, String> truth, Path out, Cleaner cleaner, Cleaner rules,
            boolean peers)
            throws IOException {
        CorpusProfile profile = profile(corpus, truth.keySet());
        Map<String, String> files = new LinkedHashMap<>();
        truth.keySet().forEach(id -> files.put(id, id + ".html"));
        List<Run> systems = new ArrayList<>();
        systems.add(run("uncleaned text", truth.keySet(), id -> read(corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT).text()));
        systems.add(run("dossier text", truth.keySet(), id -> clean(cleaner, profile, corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT)));
        systems.add(run("dossier html", truth.keySet(), id -> clean(cleaner, profile, corpus.resolve("html/" + id + ".html"), RawDocument.Format.HTML)));
        systems.add(run("rules text", truth.keySet(), id -> clean(rules, profile, corpus.resolve("text/" + id + ".txt"), RawDocument.Format.TEXT)));
        systems.add(run("rules html", truth.keySet(), id -> clean(rules, profile, corpus.resolve("html/" + id + ".html"), RawDocument.Format.HTML)));
        if (peers) {
            systems.addAll(peers(corpus.resolve("html"), files, out.resolve("zyte-utf8"), out));
        }
        System.out.printf("%nCleaning, %s: %d pages (fold A %d, fold B %d); metric: the benchmark's word 4-gram shingles%n%n",
                corpus.getFileName(), truth.size(), fold(truth.keySet(), "A").size(), fold(truth.keySet(), "B").size());
        System.out.println("| system | F1 | fold A | fold B | P | R | ms/page |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Run s : systems) {
            Map<String, ShingleMetric.Counts> counts = new LinkedHashMap<>();
            StringBuilder tsv = new StringBuilder("id\tfold\tprecision\trecall\n");
            for (String id : truth.keySet()) {
                ShingleMetric.Counts c = ShingleMetric.match(truth.get(id), s.output().getOrDefault(id, ""));
                counts.put(id, c);
                tsv.append(id).append('\t').append(Folds.of(id)).append('\t')
                        .append(String.format("%.3f\t%.3f%n", ShingleMetric.precision(c), ShingleMetric.recall(c)));
            }
            ShingleMetric.Scores all = ShingleMetric.score(List.copyOf(counts.values()));
            System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f |%n", s.name(), all.f1(),
                    ShingleMetric.score(fold(counts, "A")).f1(), ShingleMetric.score(fold(counts, "B")).f1(),
                    all.precision(), all.recall(), s.millisPerPage());
            Files.writeString(out.resolve("zyte-" + s.name().replaceAll("[^a-z0-9.]+", "-") + ".tsv"), tsv);
            writeOutputs(out.resolve("zyte-" + s.name().replaceAll("[^a-z0-9.]+", "-")), s);
        }
        System.out.println();
    }

    private static void traf(Path corpus, Path out, Cleaner cleaner, Cleaner rules, boolean peers) throws IOException {
        Map<String, Segments> truth = segments(corpus.resolve("evaldata.json"));
        Map<String, String> files = new LinkedHashMap<>();
        truth.keySet().forEach(f -> files.put(f, f));
        List<Run> systems = new ArrayList<>();
        systems.add(run("dossier html", truth.keySet(), f -> clean(cleaner, CorpusProfile.EMPTY, corpus.resolve("html/" + f),
                RawDocument.Format.HTML)));
        systems.add(run("rules html", truth.keySet(), f -> clean(rules, CorpusProfile.EMPTY, corpus.resolve("html/" + f),
                RawDocument.Format.HTML)));
        if (peers) {
            systems.addAll(peers(corpus.resolve("html"), files, out.resolve("traf-utf8"), out));
        }
        System.out.printf("Cleaning, %s: %d pages (fold A %d, fold B %d); metric: trafilatura's segments (%d to keep, "
                + "%d to drop)%n%n", corpus.getFileName(), truth.size(), fold(truth.keySet(), "A").size(),
                fold(truth.keySet(), "B").size(), truth.values().stream().mapToInt(t -> t.with().size()).sum(),
                truth.values().stream().mapToInt(t -> t.without().size()).sum());
        System.out.println("| system | F | fold A | fold B | P | R | pages with no text | ms/page |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Map<String, Map<String, SegmentMetric.Counts>> perSystem = new LinkedHashMap<>();
        for (Run s : systems) {
            Map<String, SegmentMetric.Counts> counts = new LinkedHashMap<>();
            StringBuilder tsv = new StringBuilder("file\tfold\ttp\tfp\tfn\ttn\n");
            int empty = 0;
            for (Map.Entry<String, Segments> e : truth.entrySet()) {
                String text = s.output().getOrDefault(e.getKey(), "");
                empty += text.isBlank() ? 1 : 0;
                SegmentMetric.Counts c = SegmentMetric.match(e.getValue().with(), e.getValue().without(), text);
                counts.put(e.getKey(), c);
                tsv.append(e.getKey()).append('\t').append(Folds.of(e.getKey())).append('\t').append(c.tp()).append('\t')
                        .append(c.fp()).append('\t').append(c.fn()).append('\t').append(c.tn()).append('\n');
            }
            SegmentMetric.Counts all = SegmentMetric.sum(List.copyOf(counts.values()));
            System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %.1f |%n", s.name(), all.f1(),
                    SegmentMetric.sum(fold(counts, "A")).f1(), SegmentMetric.sum(fold(counts, "B")).f1(),
                    all.precision(), all.recall(), empty, s.millisPerPage());
            Files.writeString(out.resolve("traf-" + s.name().replaceAll("[^a-z0-9.]+", "-") + ".tsv"), tsv);
            writeOutputs(out.resolve("traf-" + s.name().replaceAll("[^a-z0-9.]+", "-")), s);
            perSystem.put(s.name(), counts);
        }
        System.out.println();
        perLanguage(languages(truth), perSystem);
    }

    /**
     * Each page's language, as Dossier tells it from the text the page's annotators kept (its stopwords); languages
     * of fewer than ten pages are "other", a text too short to tell "unknown".
     */
    public static Map<String, String> languages(Map<String, Segments> truth) {
        io.github.dossier.knowledge.Languages languages = io.github.dossier.knowledge.Knowledge.shipped().lexicon()
                .languages();
        Map<String, String> out = new TreeMap<>();
        truth.forEach((file, t) -> out.put(file, languages.detect(io.github.dossier.internal.Words.of(
                String.join("\n", t.with())))));
        Map<String, Long> sizes = out.values().stream().collect(java.util.stream.Collectors.groupingBy(l -> l,
                java.util.stream.Collectors.counting()));
        out.replaceAll((file, l) -> sizes.get(l) < 10 ? "other"
                : l.equals(io.github.dossier.knowledge.Languages.UNKNOWN) ? "unknown" : l);
        return out;
    }

    /** Segment F per language for each system, overall and on fold B. */
    private static void perLanguage(Map<String, String> languages, Map<String, Map<String, SegmentMetric.Counts>> systems) {
        java.util.SortedSet<String> langs = new java.util.TreeSet<>(languages.values());
        System.out.println("Per language (segment F, all pages / fold B):");
        System.out.println();
        System.out.println("| language | pages | " + String.join(" | ", systems.keySet()) + " |");
        System.out.println("|---|---|" + "---|".repeat(systems.size()));
        for (String lang : langs) {
            StringBuilder row = new StringBuilder("| " + lang + " | "
                    + languages.values().stream().filter(lang::equals).count() + " |");
            for (Map<String, SegmentMetric.Counts> counts : systems.values()) {
                List<SegmentMetric.Counts> all = new ArrayList<>();
                List<SegmentMetric.Counts> b = new ArrayList<>();
                counts.forEach((file, c) -> {
                    if (lang.equals(languages.get(file))) {
                        all.add(c);
                        if (Folds.of(file).equals("B")) {
                            b.add(c);
                        }
                    }
                });
                row.append(String.format(" %.3f / %.3f |", SegmentMetric.sum(all).f1(), SegmentMetric.sum(b).f1()));
            }
            System.out.println(row);
        }
        System.out.println();
    }

    /** Each page's extracted text, to read beside its scores. */
    private static void writeOutputs(Path dir, Run run) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : run.output().entrySet()) {
            Files.writeString(dir.resolve(e.getKey().replaceAll("[/\\\\]", "_") + ".txt"), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** A page's segments to keep and to drop. */
    public record Segments(List<String> with, List<String> without) {
    }

    public static Map<String, Segments> segments(Path file) throws IOException {
        Map<String, Segments> out = new TreeMap<>();
        json(file, 64).forEach((k, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            out.put(String.valueOf(k), new Segments(strings(m.get("with")), strings(m.get("without"))));
        });
        return out;
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static java.util.Set<String> fold(java.util.Set<String> ids, String fold) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        ids.stream().filter(id -> Folds.of(id).equals(fold)).forEach(out::add);
        return out;
    }

    private static <C> List<C> fold(Map<String, C> counts, String fold) {
        return counts.entrySet().stream().filter(e -> Folds.of(e.getKey()).equals(fold)).map(Map.Entry::getValue).toList();
    }

    private interface Extractor {
        String apply(String id) throws IOException;
    }

    /** Timed passes over a dev set after one warm-up pass; the figure quoted is their median. */
    private static final int TIMED_PASSES = Integer.getInteger("dossier.eval.passes", 5);

    /**
     * {@code extractor} over every page: its output, and the median time per page over {@link #TIMED_PASSES}
     * passes after a warm-up (a single cold pass measures the JIT compiler more than the cleaner).
     */
    private static Run run(String name, java.util.Collection<String> ids, Extractor extractor) throws IOException {
        Map<String, String> output = new LinkedHashMap<>();
        long first = System.nanoTime();
        for (String id : ids) {
            output.put(id, extractor.apply(id));
        }
        if (TIMED_PASSES == 0) {
            return new Run(name, output, (System.nanoTime() - first) / 1e6 / ids.size()); // one cold pass
        }
        double[] ms = new double[TIMED_PASSES];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long start = System.nanoTime();
            for (String id : ids) {
                extractor.apply(id);
            }
            ms[pass] = (System.nanoTime() - start) / 1e6 / ids.size();
        }
        java.util.Arrays.sort(ms);
        return new Run(name, output, ms.length == 0 ? Double.NaN : ms[ms.length / 2]);
    }

    /** A JSON object from a file (a dev set's truth, a peer's output) of at most {@code megabytes} million characters. */
    static Map<?, ?> json(Path file, int megabytes) throws IOException {
        return (Map<?, ?>) new Load(LoadSettings.builder().setCodePointLimit(megabytes * 1024 * 1024).build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code src/test/eval/<script>} under Node.js with the peers' modules, its standard output into {@code
     * output}; false (and a line saying so) when it fails or runs over an hour.
     */
    static boolean node(String script, String name, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", Path.of("src/test/eval", script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NODE_PATH", NODE.resolve("node_modules").toAbsolutePath().toString());
        try {
            Process p = pb.directory(NODE.toFile()).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.out.println("(" + name + " skipped: node failed)");
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A raw file as Dossier reads it; empty text when it cannot be decoded. */
    public static RawDocument read(Path file, RawDocument.Format format) throws IOException {
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

    public static Map<String, String> groundTruth(Path file) throws IOException {
        Map<String, String> truth = new TreeMap<>();
        json(file, 64).forEach((k, v) -> truth.put(String.valueOf(k), String.valueOf(((Map<?, ?>) v).get("articleBody"))));
        return truth;
    }

    /** Installs the peers into {@link #NODE}, once; false when Node.js or npm cannot. */
    private static boolean installPeers() {
        Path node = NODE;
        if (Files.isDirectory(node.resolve("node_modules/defuddle"))
                && Files.isDirectory(node.resolve("node_modules/@mozilla/readability"))
                && Files.isDirectory(node.resolve("node_modules/metascraper-date"))) {
            return true;
        }
        try {
            List<String> command = new ArrayList<>(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--prefix", node.toString(), READABILITY, DEFUDDLE, JSDOM, MetadataEvaluation.METASCRAPER));
            command.addAll(MetadataEvaluation.METASCRAPER_RULES);
            int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (rc != 0) {
                System.out.println("(peers skipped: npm install failed)");
            }
            return rc == 0;
        } catch (IOException e) {
            System.out.println("(peers skipped: " + e.getMessage() + ")");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Readability.js and Defuddle on jsdom, over the pages of {@code html} (each {@code files} key's file), decoded as
     * Dossier decodes them (their charset) into UTF-8 copies in {@code utf8}, so that every system reads the same text.
     */
    private static List<Run> peers(Path html, Map<String, String> files, Path utf8, Path out) throws IOException {
        Files.createDirectories(utf8);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(utf8.resolve(f.getValue()), read(html.resolve(f.getValue()), RawDocument.Format.HTML).text(),
                    StandardCharsets.UTF_8);
        }
        List<Run> runs = new ArrayList<>();
        for (String[] peer : new String[][] {{"readability", "readability.js 0.6.0"}, {"defuddle", "defuddle 0.19.4"}}) {
            Path json = out.resolve(utf8.getFileName() + "-" + peer[0] + ".json");
            long start = System.nanoTime();
            if (!node("peers.js", peer[1], json, peer[0], utf8.toAbsolutePath().toString())) {
                continue;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, String> byFile = new LinkedHashMap<>();
            json(json, 512).forEach((k, v) -> byFile.put(String.valueOf(k), String.valueOf(v)));
            Map<String, String> output = new LinkedHashMap<>();
            files.forEach((id, file) -> output.put(id, byFile.getOrDefault(file, "")));
            runs.add(new Run(peer[1], output, seconds * 1000 / Math.max(1, files.size())));
        }
        return runs;
    }
}
