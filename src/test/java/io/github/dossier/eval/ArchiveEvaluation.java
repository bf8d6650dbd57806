package io.github.dossier.eval;

import com.sun.net.httpserver.HttpServer;
import io.github.dossier.BuildReport;
import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.testing.Trees;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The web-archive measure on zyte-dev: its 88 saved pages served from a local HTTP server (with a stylesheet
 * and an address that is not found), archived by GNU Wget ({@code --warc-file}), and the archive built by Dossier beside
 * the same pages as saved HTML files. Prints, per fold, the mean shingle F1 of the briefs' text against the ground
 * truth for both, how many archive briefs carry the capture's day as {@code accessed}, whether the stylesheet and the
 * 404 gave a brief, and the time of the briefs phase per page for both.
 *
 * <pre>
 * java -cp … io.github.dossier.eval.ArchiveEvaluation ../shared/corpus target/eval/archive
 * </pre>
 * Needs {@code wget} on the PATH ({@code apt-get install wget}); says so and stops without it.
 */
public final class ArchiveEvaluation {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private ArchiveEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path out = Path.of(args.length > 1 ? args[1] : "target/eval/archive").toAbsolutePath();
        run(corpora.resolve("zyte-dev"), out);
    }

    static void run(Path zyte, Path out) throws Exception {
        Map<String, String> truth = Evaluation.groundTruth(zyte.resolve("ground-truth.json"));
        if (!onPath("wget")) {
            System.out.println("Web archives: wget is not on the PATH (apt-get install wget); not measured");
            return;
        }
        Trees.delete(out);
        Path warcProject = out.resolve("warc");
        Path htmlProject = out.resolve("html");
        Files.createDirectories(warcProject.resolve("content/raw"));
        Files.createDirectories(htmlProject.resolve("content/raw"));
        for (String id : truth.keySet()) {
            Files.copy(zyte.resolve("html/" + id + ".html"), htmlProject.resolve("content/raw/" + id + ".html"));
        }
        LocalDate captured = LocalDate.now(ZoneOffset.UTC);
        archive(zyte, truth.keySet(), warcProject.resolve("content/raw/zyte"));

        Map<String, Double> millis = new TreeMap<>();
        // Alternating builds, three of each: the briefs phase (reading, cleaning, extraction) per page.
        List<Long> warcTimes = new ArrayList<>();
        List<Long> htmlTimes = new ArrayList<>();
        BuildReport warcReport = null;
        for (int i = 0; i < 3; i++) {
            warcReport = build(warcProject);
            warcTimes.add(warcReport.stageMillis().getOrDefault("clean+extract", 0L));
            htmlTimes.add(build(htmlProject).stageMillis().getOrDefault("clean+extract", 0L));
        }
        millis.put("warc", median(warcTimes) / truth.size());
        millis.put("html", median(htmlTimes) / truth.size());

        Map<String, Brief> fromWarc = briefs(warcProject);
        Map<String, Brief> fromHtml = briefs(htmlProject);
        System.out.printf("%nWeb archives, zyte-dev: %d pages archived by %s, built beside the same pages as HTML files%n%n",
                truth.size(), version("wget"));
        System.out.println("| input | briefs | F1 | fold A | fold B | P | R | ms/page (briefs phase, median of 3) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        row("WARC (wget)", fromWarc, truth, millis.get("warc"));
        row("HTML files", fromHtml, truth, millis.get("html"));
        long withDay = fromWarc.values().stream().filter(b -> b.accessed().equals(java.util.Optional.of(captured))).count();
        System.out.printf("%nArchive briefs with the capture's day (%s) as accessed: %d of %d%n", captured, withDay,
                fromWarc.size());
        boolean stray = new BriefStore(warcProject.resolve("content/briefs")).readAll().stream()
                .anyMatch(b -> b.source().contains("style.css") || b.source().contains("missing-page"));
        System.out.println("The stylesheet or the 404 gave a brief: " + (stray ? "YES (wrong)" : "no"));
        System.out.println("Records that are no article: " + warcReport.passed());
        System.out.printf("Time per page, WARC / HTML files: %.2f%n", millis.get("warc") / millis.get("html"));
    }

    /** Serves the pages, a stylesheet and a 404 on a local port, and archives them with wget into {@code warc}.warc.gz. */
    private static void archive(Path zyte, java.util.Set<String> ids, Path warc) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path page = zyte.resolve("html").resolve(path.substring(1).replace("/", ""));
            byte[] body;
            int status = 200;
            if (path.equals("/style.css")) {
                body = "body { color: #222 }\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/css");
            } else if (path.endsWith(".html") && Files.isRegularFile(page)) {
                body = Files.readAllBytes(page);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
            } else {
                status = 404;
                body = "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            List<String> urls = new ArrayList<>();
            ids.stream().sorted().forEach(id -> urls.add(base + id + ".html"));
            urls.add(base + "style.css");
            urls.add(base + "missing-page.html");
            Path list = warc.resolveSibling("urls.txt");
            Files.write(list, urls);
            Process wget = new ProcessBuilder("wget", "-q", "--warc-file=" + warc, "--no-warc-keep-log", "-i",
                    list.toString(), "-O", "/dev/null").inheritIO().start();
            wget.waitFor(); // wget exits 8 for the 404, which is meant
            Files.delete(list);
        } finally {
            server.stop(0);
        }
    }

    private static BuildReport build(Path project) throws Exception {
        Trees.delete(project.resolve("content/briefs"));
        Trees.delete(project.resolve("site"));
        return new Dossier(DossierConfig.builder(project).cacheDirectory(null).build(), line -> { }).build();
    }

    /** The project's briefs by zyte-dev id: the file name (or the archived address's) without its extension. */
    private static Map<String, Brief> briefs(Path project) throws IOException {
        Map<String, Brief> out = new TreeMap<>();
        for (Brief b : new BriefStore(project.resolve("content/briefs")).readAll()) {
            String name = b.source().substring(b.source().lastIndexOf('/') + 1);
            out.put(name.replaceFirst("\\.html?$", ""), b);
        }
        return out;
    }

    private static void row(String name, Map<String, Brief> briefs, Map<String, String> truth, double millis) {
        Map<String, List<ShingleMetric.Counts>> byFold = new TreeMap<>();
        for (Map.Entry<String, String> t : truth.entrySet()) {
            Brief b = briefs.get(t.getKey());
            String text = b == null ? "" : TEXT.render(MARKDOWN.parse(b.body()));
            ShingleMetric.Counts c = ShingleMetric.match(t.getValue(), text);
            byFold.computeIfAbsent("all", k -> new ArrayList<>()).add(c);
            byFold.computeIfAbsent(Folds.of(t.getKey()), k -> new ArrayList<>()).add(c);
        }
        ShingleMetric.Scores all = ShingleMetric.score(byFold.get("all"));
        System.out.printf("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f |%n", name, briefs.size(), all.f1(),
                ShingleMetric.score(byFold.get("A")).f1(), ShingleMetric.score(byFold.get("B")).f1(), all.precision(),
                all.recall(), millis);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static boolean onPath(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String version(String command) throws IOException {
        String first = new String(new ProcessBuilder(command, "--version").redirectErrorStream(true).start()
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse(command);
        return first.strip();
    }
}
