package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.preview.Preview;
import io.github.dossier.testing.SampleProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site in a real browser: headless Chromium (Debian's, installed here when missing and possible),
 * driven by Playwright from {@code src/test/browser/site-check.js}, from disk and from the preview server, with
 * axe-core's accessibility rules. Screenshots land in {@code target/screenshots/}.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path NODE_DIR = SampleProject.REPOSITORY.resolve("target/browser-node");

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }

    /**
     * The npm packages the checks in {@code src/test/browser/} use, installed together (npm removes what one install
     * does not name).
     */
    static final java.util.List<String> PACKAGES = java.util.List.of("playwright-core@1.49.1", "axe-core@4.10.2",
            "@citation-js/core@0.7.21", "@citation-js/plugin-bibtex@0.7.21", "@citation-js/plugin-ris@0.7.21",
            "@citation-js/plugin-csl@0.7.21");

    static void setUp() throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM) && onPath("apt-get") && "root".equals(System.getProperty("user.name"))) {
            run(Path.of("/"), "sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
        }
        boolean missing = PACKAGES.stream().anyMatch(p -> !Files.isDirectory(
                NODE_DIR.resolve("node_modules").resolve(p.substring(0, p.lastIndexOf('@')))));
        if (missing && onPath("npm")) {
            Files.createDirectories(NODE_DIR);
            java.util.List<String> command = new java.util.ArrayList<>(
                    java.util.List.of("npm", "install", "--no-save", "--no-audit", "--no-fund"));
            command.addAll(PACKAGES);
            run(NODE_DIR, command.toArray(String[]::new));
        }
    }

    /** Runs a check script of {@code src/test/browser/} with Node over {@code args}; its exit code and output. */
    static String node(String script, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("node",
                SampleProject.REPOSITORY.resolve("src/test/browser").resolve(script).toAbsolutePath().toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectErrorStream(true);
        pb.environment().put("NODE_PATH", NODE_DIR.resolve("node_modules").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() + "\n" + out;
    }

    /** Whether the Node packages are there to run the checks. */
    static boolean nodeReady(String module) {
        return Files.isDirectory(NODE_DIR.resolve("node_modules").resolve(module));
    }

    @Test
    void theSiteWorksInChromiumFromDiskAndFromThePreviewServer(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/playwright-core")), "npm packages unavailable");
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project).withTitle("Sample dossier")
                .withBaseUrl("https://example.org/sample/");
        Path shots = Files.createDirectories(SampleProject.REPOSITORY.resolve("target/screenshots"));
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            Path script = SampleProject.REPOSITORY.resolve("src/test/browser/site-check.js").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), project.resolve("site").toString(),
                    preview.uri().toString(), shots.toString()).directory(NODE_DIR.toFile()).redirectErrorStream(true);
            pb.environment().put("NODE_PATH", NODE_DIR.resolve("node_modules").toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
    }

    /**
     * What a reader sees at 1, 5 and 1,000 briefs: on every page no HTML entity or raw Markdown as text and no
     * sideways scrolling (desktop and phone); every chart's labels inside its box; no timeline bar before 1800.
     * Screenshots of the charts land in {@code target/screenshots/}.
     */
    @Test
    void theSiteHoldsAtOneFiveAndAThousandBriefs(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(nodeReady("playwright-core"), "npm packages unavailable");
        Path shots = Files.createDirectories(SampleProject.REPOSITORY.resolve("target/screenshots"));
        Path one = Files.createDirectories(dir.resolve("one/content/raw"));
        try (java.util.stream.Stream<Path> raw = Files.list(SampleProject.REPOSITORY.resolve("content/raw"))) {
            Path first = raw.sorted().findFirst().orElseThrow();
            Files.copy(first, one.resolve(first.getFileName()));
        }
        Path five = SampleProject.copy(dir.resolve("five"));
        Path thousand = dir.resolve("thousand");
        io.github.dossier.bench.SyntheticCorpus.main(new String[] {thousand.resolve("content/raw").toString(), "1000"});
        for (Path project : java.util.List.of(one.getParent().getParent(), five, thousand)) {
            new Dossier(DossierConfig.forProject(project).withBaseUrl("https://example.org/s/"), m -> { }).build();
            String name = project.getFileName().toString();
            String out = node("corpus-check.js", project.resolve("site").toString(), shots.toString(), name, "600");
            assertEquals(0, Integer.parseInt(out.substring(0, out.indexOf('\n'))), out);
        }
    }

    /**
     * Search over 1,000 briefs, from disk and from the preview server ({@code src/test/browser/search-check.js}):
     * each query typed shows results with the passage that matched, its words marked, and the facets' counts (the
     * time from the last key to both on screen is printed, a figure and not a bound); ticking a facet's value leaves
     * exactly its count of results and puts it in the address; on the list of briefs, a facet's value opens the search
     * page listing exactly its briefs, and "Show more" shows the next ten.
     */
    @Test
    void searchOverAThousandBriefsShowsPassagesAndFacets(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(nodeReady("playwright-core"), "npm packages unavailable");
        Path project = dir.resolve("thousand");
        io.github.dossier.bench.SyntheticCorpus.main(new String[] {project.resolve("content/raw").toString(), "1000"});
        DossierConfig config = DossierConfig.forProject(project).withBaseUrl("https://example.org/s/");
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            String out = node("search-check.js", project.resolve("site").toString(), preview.uri().toString(),
                    "russia", "military cooperation", "beijing", "sanctions", "nuclear weapons");
            System.out.print(out);
            assertEquals(0, Integer.parseInt(out.substring(0, out.indexOf('\n'))), out);
        }
    }

    /**
     * The same over a site built from traf-dev's 475 real pages in many languages (news, blogs, shops, recipes,
     * government pages): every page opened.
     */
    @Test
    void aSiteOfRealMultilingualPagesShowsNoMarkupAsTextAndChartsThatFit(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(nodeReady("playwright-core"), "npm packages unavailable");
        Path traf = Path.of(System.getProperty("dossier.corpus", "../shared/corpus")).resolve("traf-dev/html");
        assumeTrue(Files.isDirectory(traf), "the traf-dev corpus is not here");
        Path raw = Files.createDirectories(dir.resolve("traf/content/raw"));
        try (java.util.stream.Stream<Path> files = Files.list(traf)) {
            for (Path f : files.toList()) {
                Files.copy(f, raw.resolve(f.getFileName()));
            }
        }
        Path project = dir.resolve("traf");
        new Dossier(DossierConfig.forProject(project).withBaseUrl("https://example.org/traf/"), m -> { }).build();
        Path shots = Files.createDirectories(SampleProject.REPOSITORY.resolve("target/screenshots"));
        String out = node("corpus-check.js", project.resolve("site").toString(), shots.toString(), "traf-dev");
        assertEquals(0, Integer.parseInt(out.substring(0, out.indexOf('\n'))), out);
    }

    /**
     * The preview's tools in Chromium: a brief's edit form saved and its page showing the edit, the review queue's
     * merge button writing its corrections line and the site following it, and a page of another site posting to the
     * tools (with the session's token, even) refused, nothing written.
     */
    @Test
    void theEditFormAndTheMergeButtonWorkAndAnotherSiteIsRefused(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(nodeReady("playwright-core"), "npm packages unavailable");
        Path project = SampleProject.copy(dir);
        // A brief of the researcher's that spells an author as no other does: the review offers a merge.
        Files.createDirectories(project.resolve("content/briefs"));
        Files.writeString(project.resolve("content/briefs/a-note-of-mine.md"), "---\ntitle: A note of mine\n"
                + "authors: [Danil Bochkow]\ncurated: true\nsource: mine.txt\n---\nMy notes on the articles.\n");
        Files.writeString(project.resolve("content/corrections.yml"), "# my corrections\n");
        DossierConfig config = DossierConfig.forProject(project).withTitle("Sample dossier");
        Path shots = Files.createDirectories(SampleProject.REPOSITORY.resolve("target/screenshots"));
        String slug = "china-russia-have-to-forge-closer-ties";
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            String out = node("workbench-check.js", preview.uri().toString(), slug, "Danil Bochkov", shots.toString());
            assertEquals(0, Integer.parseInt(out.substring(0, out.indexOf('\n'))), out);
        }
        String brief = Files.readString(project.resolve("content/briefs/" + slug + ".md"));
        org.junit.jupiter.api.Assertions.assertTrue(brief.contains("title: 'Edited in the browser: ")
                || brief.contains("title: \"Edited in the browser: ") || brief.contains("title: Edited in the browser: "), brief);
        org.junit.jupiter.api.Assertions.assertTrue(brief.contains("\ncurated: true\n"), brief);
        assertEquals("# my corrections\nauthors: {rename: {\"Danil Bochkow\": \"Danil Bochkov\"}}\n",
                Files.readString(project.resolve("content/corrections.yml")), "the merge, and not the other site's line");
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(project.resolve("site/authors/danil-bochkow.html")));
    }

    /**
     * The hostile corpus's payloads all set {@code window.__pwned}; on no page of its site may the flag be set, nor by
     * a search for the payloads' words or by a facet of the list of briefs, results and facets drawn.
     */
    @Test
    void noInjectedScriptRunsInChromium(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/playwright-core")), "npm packages unavailable");
        Path project = io.github.dossier.HostileInputTest.hostileProject(dir);
        new Dossier(DossierConfig.forProject(project).withBaseUrl("https://example.org/hostile/"), m -> { }).build();
        Path script = SampleProject.REPOSITORY.resolve("src/test/browser/hostile-check.js").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), project.resolve("site").toString())
                .directory(NODE_DIR.toFile()).redirectErrorStream(true);
        pb.environment().put("NODE_PATH", NODE_DIR.resolve("node_modules").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        org.junit.jupiter.api.Assertions.assertTrue(out.matches("(?s).*\\b[2-9]\\d+ pages opened.*"), out);
        org.junit.jupiter.api.Assertions.assertTrue(out.matches("(?s).*\\b\\d+ searches \\([1-9]\\d* by a facet\\).*"), out);
    }
}
