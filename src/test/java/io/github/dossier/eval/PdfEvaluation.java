package io.github.dossier.eval;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Words;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.raw.RawReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The zyte-dev pages printed to PDF (by Chromium's {@code --print-to-pdf}, its header and footer on: what a
 * researcher's "Save as PDF" gives) read as a build reads them, against the same pages saved as HTML: the
 * benchmark's word 4-gram shingles ({@link ShingleMetric}) against the ground truth, whole set and per fold
 * ({@link Folds}); and the title and the day of publication against those of the HTML page's brief (zyte-dev's
 * ground truth states neither) and against what the HTML page's markup states of itself ({@link PageStatement}),
 * where it states them; dates agree within a day (time zones), as in {@link MetadataEvaluation}, and two unknown
 * dates agree. Then the time to read a PDF to HTML ({@code PdfText}) per PDF page. Per-page figures and
 * texts go to {@code target/eval/pdf-*}.
 *
 * <pre>
 * for f in ../shared/corpus/zyte-dev/html/*.html; do
 *   chromium --headless --no-sandbox --print-to-pdf=PDFS/$(basename $f .html).pdf file://$PWD/$f; done
 * java -cp … io.github.dossier.eval.PdfEvaluation PDFS [../shared/corpus/zyte-dev]   # -Ddossier.eval.timing=false
 * </pre>
 */
public final class PdfEvaluation {

    /** What one system made of one page. */
    private record Read(String text, String title, Optional<LocalDate> published) {
        static final Read NONE = new Read("", "", Optional.empty());
    }

    private PdfEvaluation() {
    }

    /**
     * Prints each zyte-dev page not yet printed in {@code pdfs} with headless Chromium (header and footer on), a minute
     * at most a page (a page that hangs offline is left out, and counted unread); false when Chromium is not on the
     * PATH ({@code apt-get install chromium}).
     */
    static boolean print(Path corpus, Path pdfs) throws IOException, InterruptedException {
        if (!ArchiveEvaluation.onPath("chromium")) {
            System.out.println("PDFs: chromium is not on the PATH (apt-get install chromium); not measured");
            return false;
        }
        Files.createDirectories(pdfs);
        for (String id : Evaluation.groundTruth(corpus.resolve("ground-truth.json")).keySet()) {
            Path pdf = pdfs.resolve(id + ".pdf").toAbsolutePath();
            if (Files.exists(pdf)) {
                continue;
            }
            Process p = new ProcessBuilder("chromium", "--headless", "--disable-gpu", "--no-sandbox",
                    "--print-to-pdf=" + pdf, corpus.resolve("html/" + id + ".html").toAbsolutePath().toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Files.deleteIfExists(pdf);
            }
        }
        return true;
    }

    public static void main(String[] args) throws Exception {
        Path pdfs = Path.of(args.length > 0 ? args[0] : "target/eval/pdfs");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus/zyte-dev");
        Path out = Path.of("target/eval");
        Files.createDirectories(out);
        Map<String, String> truth = Evaluation.groundTruth(corpus.resolve("ground-truth.json"));
        Map<String, MetadataEvaluation.Fields> stated = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (String id : truth.keySet()) {
            if (Files.isRegularFile(pdfs.resolve(id + ".pdf"))) {
                ids.add(id);
                stated.put(id, PageStatement.of(Evaluation.read(corpus.resolve("html/" + id + ".html"),
                        RawDocument.Format.HTML).text()));
            }
        }
        MetadataExtractor extractor = MetadataExtractor.builder().build();
        Cleaner cleaner = Cleaner.builder().knowledge(extractor.knowledge()).build();
        Map<String, RawDocument> pdfDocs = docs(pdfs, ids, ".pdf");
        Map<String, RawDocument> htmlDocs = docs(corpus.resolve("html"), ids, ".html");
        Map<String, Read> pdf = briefs(pdfDocs, cleaner, extractor, out.resolve("pdf-pdf"));
        Map<String, Read> html = briefs(htmlDocs, cleaner, extractor, out.resolve("pdf-html"));
        System.out.printf("%nPDF, zyte-dev printed by Chromium (%s): %d of %d pages (fold A %d, fold B %d)%n%n", pdfs,
                ids.size(), truth.size(), ids.stream().filter(i -> Folds.of(i).equals("A")).count(),
                ids.stream().filter(i -> Folds.of(i).equals("B")).count());
        System.out.println("| system | F1 | fold A | fold B | P | R | title = HTML brief's (A / B) | "
                + "date = HTML brief's (A / B) | title = page's | date = page's | read |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        row("dossier pdf", pdf, html, truth, stated, out);
        row("dossier html", html, html, truth, stated, out);
        if (Boolean.parseBoolean(System.getProperty("dossier.eval.timing", "true"))) {
            timing(pdfs, ids);
            System.out.printf("Read, cleaned and extracted as a build does, per article: PDF %.1f ms, HTML %.1f ms%n",
                    build(pdfs, ids, ".pdf", cleaner, extractor), build(corpus.resolve("html"), ids, ".html", cleaner,
                    extractor));
        }
    }

    private static Map<String, RawDocument> docs(Path dir, List<String> ids, String ext) {
        Map<String, RawDocument> out = new LinkedHashMap<>();
        for (String id : ids) {
            try {
                out.put(id, RawReader.DEFAULT.read(dir, dir.resolve(id + ext)));
            } catch (RawInputException e) {
                System.out.println("(" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** Each page's brief text, title and day, cleaned as a build cleans them (one corpus profile for the set). */
    private static Map<String, Read> briefs(Map<String, RawDocument> docs, Cleaner cleaner, MetadataExtractor extractor,
            Path texts) throws IOException {
        CorpusProfile.Builder profiling = CorpusProfile.builder();
        docs.values().forEach(profiling::add);
        CorpusProfile profile = profiling.build();
        Files.createDirectories(texts);
        Map<String, Read> out = new LinkedHashMap<>();
        for (Map.Entry<String, RawDocument> e : docs.entrySet()) {
            CleanArticle article = cleaner.clean(e.getValue(), profile);
            Metadata m = extractor.extract(article);
            out.put(e.getKey(), new Read(article.bodyText(), m.title(), m.published()));
            Files.writeString(texts.resolve(e.getKey() + ".txt"), m.title() + "\n" + m.published().orElse(null)
                    + "\n\n" + article.bodyText(), StandardCharsets.UTF_8);
        }
        return out;
    }

    private static void row(String name, Map<String, Read> system, Map<String, Read> html, Map<String, String> truth,
            Map<String, MetadataEvaluation.Fields> stated, Path out) throws IOException {
        Map<String, ShingleMetric.Counts> counts = new LinkedHashMap<>();
        int[][] title = new int[2][2];
        int[][] date = new int[2][2];
        int titleStated = 0;
        int titleRight = 0;
        int dateStated = 0;
        int dateRight = 0;
        StringBuilder tsv = new StringBuilder("id\tfold\tprecision\trecall\ttitle\thtml title\tdate\thtml date\n");
        for (String id : stated.keySet()) {
            Read r = system.getOrDefault(id, Read.NONE);
            Read h = html.getOrDefault(id, Read.NONE);
            ShingleMetric.Counts c = ShingleMetric.match(truth.get(id), r.text());
            counts.put(id, c);
            int fold = Folds.of(id).equals("A") ? 0 : 1;
            title[fold][1]++;
            title[fold][0] += sameTitle(r.title(), h.title()) ? 1 : 0;
            date[fold][1]++;
            date[fold][0] += sameDay(r.published(), h.published()) ? 1 : 0;
            MetadataEvaluation.Fields page = stated.get(id);
            if (!page.title().isBlank()) {
                titleStated++;
                titleRight += sameTitle(r.title(), page.title()) ? 1 : 0;
            }
            if (!page.date().isBlank()) {
                dateStated++;
                dateRight += sameDay(r.published(), day(page.date())) ? 1 : 0;
            }
            tsv.append(id).append('\t').append(Folds.of(id)).append('\t')
                    .append(String.format("%.3f\t%.3f", ShingleMetric.precision(c), ShingleMetric.recall(c)))
                    .append('\t').append(r.title()).append('\t').append(h.title()).append('\t')
                    .append(r.published().orElse(null)).append('\t').append(h.published().orElse(null)).append('\n');
        }
        Files.writeString(out.resolve("pdf-" + name.replace(' ', '-') + ".tsv"), tsv);
        ShingleMetric.Scores all = ShingleMetric.score(List.copyOf(counts.values()));
        System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d%% / %d%% | %d%% / %d%% | %d/%d | %d/%d | %d |%n",
                name, all.f1(), fold(counts, "A").f1(), fold(counts, "B").f1(), all.precision(), all.recall(),
                pct(title[0]), pct(title[1]), pct(date[0]), pct(date[1]), titleRight, titleStated, dateRight,
                dateStated, system.size());
    }

    /** Dates within a day (time zones), as {@link MetadataEvaluation} compares them; two unknown dates agree. */
    private static boolean sameDay(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return Math.abs(a.get().toEpochDay() - b.get().toEpochDay()) <= 1;
    }

    private static Optional<LocalDate> day(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean sameTitle(String a, String b) {
        return Words.key(a.replaceAll("['’‘ʼ]", "")).equals(Words.key(b.replaceAll("['’‘ʼ]", "")));
    }

    private static int pct(int[] n) {
        return n[1] == 0 ? 0 : Math.round(100f * n[0] / n[1]);
    }

    private static ShingleMetric.Scores fold(Map<String, ShingleMetric.Counts> counts, String fold) {
        return ShingleMetric.score(counts.entrySet().stream().filter(e -> Folds.of(e.getKey()).equals(fold))
                .map(Map.Entry::getValue).toList());
    }

    /** Milliseconds per article to read, clean and extract the files: the median of three passes after a warm-up. */
    private static double build(Path dir, List<String> ids, String ext, Cleaner cleaner, MetadataExtractor extractor)
            throws IOException {
        double[] ms = new double[4];
        for (int pass = 0; pass < ms.length; pass++) {
            long start = System.nanoTime();
            for (String id : ids) {
                try {
                    extractor.extract(cleaner.clean(RawReader.DEFAULT.read(dir, dir.resolve(id + ext))));
                } catch (RawInputException e) {
                    // counted above
                }
            }
            ms[pass] = (System.nanoTime() - start) / 1e6 / ids.size();
        }
        double[] timed = java.util.Arrays.copyOfRange(ms, 1, ms.length);
        java.util.Arrays.sort(timed);
        return timed[1];
    }

    /** Reading the PDFs to HTML alone, after a warm-up pass: the median of three passes, per PDF page. */
    private static void timing(Path pdfs, List<String> ids) throws IOException {
        int pages = 0;
        for (String id : ids) {
            try (PDDocument d = Loader.loadPDF(pdfs.resolve(id + ".pdf").toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        double[] ms = new double[4];
        for (int pass = 0; pass < ms.length; pass++) {
            long start = System.nanoTime();
            for (String id : ids) {
                try {
                    RawReader.DEFAULT.read(pdfs, pdfs.resolve(id + ".pdf"));
                } catch (RawInputException e) {
                    // counted above
                }
            }
            ms[pass] = (System.nanoTime() - start) / 1e6;
        }
        double[] timed = java.util.Arrays.copyOfRange(ms, 1, ms.length);
        java.util.Arrays.sort(timed);
        System.out.printf("%nReading %d PDFs (%d pages) to HTML: %.1f ms per PDF page, %.1f ms per PDF "
                + "(median of %d passes after a warm-up)%n", ids.size(), pages, timed[1] / pages, timed[1] / ids.size(),
                timed.length);
    }
}
