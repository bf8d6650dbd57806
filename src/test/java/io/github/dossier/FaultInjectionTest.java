package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.site.state.LinkCheck;
import io.github.dossier.testing.SampleProject;
import io.github.dossier.testing.Trees;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults tried by hand on real projects, each made to happen here: curated briefs with every spelling of their key,
 * raw files whose names collide, two builds at once, a build killed in the middle of its site swap, a link loop in
 * the raw folder, a YAML alias bomb, a template linked from outside, and one article or one page that cannot be
 * processed. Each test failed on the code before these faults were handled.
 */
class FaultInjectionTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample");
    }

    private static BuildReport build(Path project, List<String> log) throws DossierException {
        return new Dossier(config(project), log::add).build();
    }

    private static Path built(Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        build(project, new ArrayList<>());
        return project;
    }

    private static List<Path> briefs(Path project) throws Exception {
        try (Stream<Path> s = Files.list(project.resolve("content/briefs"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Every spelling of a curated key that YAML reads as {@code curated: true}. */
    private static final String[] CURATED = {"curated: true", "\"curated\": true", "'curated': true", "curated : true",
        "? curated\n: true", "\"cur\\x61ted\": true", "curated: !!bool true"};

    /** 1. A curated brief is never rewritten, whatever the spelling of its key. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"curated: true", "\"curated\": true", "'curated': true", "curated : true",
        "? curated\n: true", "\"cur\\x61ted\": true", "curated: !!bool true"})
    void aCuratedBriefIsNeverOverwrittenWhateverTheSpellingOfItsKey(String key, @TempDir Path dir) throws Exception {
        Path project = built(dir);
        Path brief = briefs(project).get(0);
        String text = Files.readString(brief, StandardCharsets.UTF_8);
        String edited = text.replaceFirst("\ntitle: [^\n]*\n",
                java.util.regex.Matcher.quoteReplacement("\ntitle: A title of my own\n" + key + "\n"));
        Files.writeString(brief, edited, StandardCharsets.UTF_8);
        BuildReport report = build(project, new ArrayList<>());
        assertEquals(edited, Files.readString(brief, StandardCharsets.UTF_8));
        assertEquals(1, report.briefsCurated());
        assertTrue(Files.readString(project.resolve("site/briefs/" + brief.getFileName().toString().replace(".md", ".html")))
                .contains("A title of my own"));
    }

    /** 1. A curated brief whose raw file is gone (or never was) is never removed, whatever the spelling. */
    @Test
    void aCuratedBriefWithoutARawFileIsNeverRemoved(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        List<Path> mine = new ArrayList<>();
        for (int i = 0; i < CURATED.length; i++) {
            Path file = project.resolve("content/briefs/mine-" + i + ".md");
            Files.writeString(file, "---\ntitle: Mine " + i + "\nsource: gone-" + i + ".txt\n" + CURATED[i]
                    + "\n---\nMy own notes.\n", StandardCharsets.UTF_8);
            mine.add(file);
        }
        Map<String, String> before = DossierTest.digests(project.resolve("content/briefs"));
        BuildReport report = build(project, new ArrayList<>());
        assertEquals(0, report.briefsRemoved());
        assertEquals(CURATED.length, report.briefsCurated());
        Map<String, String> after = DossierTest.digests(project.resolve("content/briefs"));
        for (Path file : mine) {
            String name = file.getFileName().toString();
            assertEquals(before.get(name), after.get(name), name);
        }
    }

    /** 2. On Unix, {@code a\b.txt} is a file name, not a path: it and {@code a/b.txt} are two articles. */
    @Test
    void aBackslashInAFileNameIsPartOfTheName(@TempDir Path dir) throws Exception {
        assumeTrue(File.separatorChar == '/', "a backslash is a separator on this system");
        Path project = SampleProject.copy(dir);
        Path raw = project.resolve("content/raw");
        Files.createDirectories(raw.resolve("a"));
        Files.writeString(raw.resolve("a/b.txt"), article("Arctic shipping lanes open"), StandardCharsets.UTF_8);
        Files.writeString(raw.resolve("a\\b.txt"), article("Baltic ports expand"), StandardCharsets.UTF_8);
        BuildReport report = build(project, new ArrayList<>());
        assertEquals(7, report.articlesRead() + report.skipped().size());
        assertEquals(7, report.articlesRead());
        List<String> sources = new ArrayList<>();
        for (Path b : briefs(project)) {
            Files.readAllLines(b).stream().filter(l -> l.startsWith("source: ")).forEach(sources::add);
        }
        assertTrue(sources.contains("source: a/b.txt") && sources.contains("source: a\\b.txt"), sources.toString());
    }

    /** 2. Names that read the same once decoded (bytes that are not UTF-8): a brief for one, a warning for the other. */
    @Test
    void namesThatReadTheSameGiveOneBriefAndAWarning(@TempDir Path dir) throws Exception {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")), "needs a Unix shell");
        Path project = SampleProject.copy(dir);
        Path raw = project.resolve("content/raw");
        Files.writeString(raw.resolve("template.txt"), article("Arctic shipping lanes open"), StandardCharsets.UTF_8);
        // Java cannot name these files; the shell can.
        Process p = new ProcessBuilder("/bin/sh", "-c", "cp template.txt \"$(printf 'x\\377.txt')\" && "
                + "cp template.txt \"$(printf 'x\\376.txt')\" && rm template.txt").directory(raw.toFile()).start();
        assertEquals(0, p.waitFor());
        long files;
        try (Stream<Path> s = Files.list(raw)) {
            files = s.count();
        }
        assumeTrue(files == 7, "this file system does not keep names that are not UTF-8");
        List<String> log = new ArrayList<>();
        BuildReport report = build(project, log);
        assertEquals(7, report.articlesRead() + report.skipped().size(), report.summary().toString());
        assertEquals(1, report.skipped().size(), report.skipped().toString());
        assertTrue(report.skipped().get(0).contains("reads the same"), report.skipped().get(0));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("warning: x") && l.contains("rename this one")), log.toString());
    }

    /** 3. A build waits while another holds the project's lock, says so, and goes on once it is released. */
    @Test
    void aSecondBuildWaitsForTheFirst(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<BuildReport> second;
            try (BuildLock held = BuildLock.acquire(project.resolve("site"), BuildLog.lines(m -> { }))) {
                second = pool.submit(() -> build(project, log));
                long deadline = System.currentTimeMillis() + 10_000;
                while (log.isEmpty() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(log.stream().anyMatch(l -> l.startsWith("waiting for another Dossier build")), log.toString());
                Thread.sleep(300);
                assertFalse(second.isDone(), "the second build waits while the first holds the lock");
            }
            assertEquals(5, second.get(60, TimeUnit.SECONDS).articlesRead());
        } finally {
            pool.shutdownNow();
        }
    }

    /** 3. The lock holds across processes: a build in another JVM waits for this one, naming the holder. */
    @Test
    void aBuildInAnotherProcessWaitsForThisOne(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child;
        StringBuilder out = new StringBuilder();
        Thread reader;
        try (BuildLock held = BuildLock.acquire(project.resolve("site"), BuildLog.lines(m -> { }))) {
            child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    io.github.dossier.cli.Main.class.getName(), "build", "--project", project.toString()).redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try {
                    out.append(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (java.io.IOException ignored) {
                    // the assertion below shows what was read
                }
            });
            reader.start();
            Thread.sleep(4000);
            assertTrue(child.isAlive(), "the other build waits for the lock");
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the other build ends once the lock is released");
        reader.join(10_000);
        assertEquals(0, child.exitValue(), out.toString());
        assertTrue(out.toString().contains("waiting for another Dossier build of this project to finish (pid "
                + ProcessHandle.current().pid()), out.toString());
    }

    /** 3. Builds and renders racing in one process: every one succeeds and the site is whole after each. */
    @Test
    void buildsRacingOnOneProjectNeverLeaveItWithoutASite(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int kind = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 4; i++) {
                        Dossier d = new Dossier(config(project).withoutCache(), m -> { });
                        if (kind == 1) {
                            d.render();
                        } else {
                            d.build();
                        }
                        assertTrue(Files.isRegularFile(project.resolve("site/index.html")), "the site is there");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : runs) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), LinkCheck.broken(project.resolve("site")));
        assertEquals(5, briefs(project).size());
    }

    /** 4. Killed between the swap's renames, after the new site was complete: the next build puts it in place. */
    @Test
    void aSwapInterruptedAfterRenderingIsFinishedByTheNextBuild(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Path site = project.resolve("site");
        Map<String, String> complete = DossierTest.digests(site);
        Trees.copy(site, project.resolve(".site.dossier-tmp"));
        Files.move(site, project.resolve(".site.dossier-old"));
        // As the build died: no site at all. A broken template makes the next build fail, and still the site is back.
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/brief.ftlh"), "<#if>");
        List<String> log = new ArrayList<>();
        assertThrows(DossierException.class, () -> build(project, log));
        assertEquals(complete, DossierTest.digests(site));
        assertTrue(log.stream().anyMatch(l -> l.contains("the site it had finished rendering was moved into place")),
                log.toString());
        assertFalse(Files.exists(project.resolve(".site.dossier-old")));
        assertFalse(Files.exists(project.resolve(".site.dossier-tmp")));
    }

    /** 4. Killed between the renames before the new site was complete: the previous site is put back. */
    @Test
    void aSwapInterruptedBeforeTheNewSiteWasCompleteRestoresThePreviousSite(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Path site = project.resolve("site");
        Map<String, String> previous = DossierTest.digests(site);
        Path staging = project.resolve(".site.dossier-tmp");
        Files.createDirectories(staging.resolve("briefs"));
        Files.writeString(staging.resolve("index.html"), "<p>half a site");
        Files.move(site, project.resolve(".site.dossier-old"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/brief.ftlh"), "<#if>");
        List<String> log = new ArrayList<>();
        assertThrows(DossierException.class, () -> build(project, log));
        assertEquals(previous, DossierTest.digests(site));
        assertTrue(log.stream().anyMatch(l -> l.contains("the previous site was put back")), log.toString());
        Files.delete(project.resolve("templates/brief.ftlh"));
        build(project, log);
        assertEquals(List.of(), LinkCheck.broken(site));
        try (Stream<Path> s = Files.list(project)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\.site\\.dossier-(old|tmp).*")).toList());
        }
    }

    /**
     * 5. A link in the raw folder to a folder above it ({@code ln -s .. content/raw/loop}) or to itself is skipped
     * with one warning each; the walk never leaves the raw folder.
     */
    @Test
    void aLinkLoopInTheRawFolderIsSkippedWithAWarning(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        Files.createSymbolicLink(project.resolve("content/raw/loop"), Path.of(".."));
        Files.createDirectories(project.resolve("content/raw/sub"));
        Files.createSymbolicLink(project.resolve("content/raw/sub/self"), Path.of("."));
        List<String> log = new ArrayList<>();
        BuildReport report = build(project, log);
        assertEquals(5, report.articlesRead());
        assertEquals(List.of("warning: loop: is a link to a folder outside the raw directory; skipped",
                "warning: sub/self: is a link back to a folder that contains it (a loop); skipped"),
                log.stream().filter(l -> l.startsWith("warning:")).sorted().toList());
    }

    /** 6. Aliases that would expand a brief a million-fold are refused, with the file named, before they cost memory. */
    @Test
    void aYamlAliasBombIsRefusedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        StringBuilder bomb = new StringBuilder("---\ntitle: Laughs\ncurated: true\nl0: &l0 [\"" + "x".repeat(100) + "\"]\n");
        for (int i = 1; i <= 24; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        bomb.append("---\nBody.\n");
        Path file = project.resolve("content/briefs/laughs.md");
        Files.writeString(file, bomb, StandardCharsets.UTF_8);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        DossierException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(DossierException.class, () -> build(project, new ArrayList<>())));
        assertTrue(e.getMessage().matches("(?s).*laughs\\.md:\\d+: broken YAML front matter: .*alias.*"), e.getMessage());
        assertEquals(bomb.toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(site, DossierTest.digests(project.resolve("site")));
    }

    /** 6. The same bomb in a saved page's JSON-LD is ignored like any broken JSON-LD; the article is built. */
    @Test
    void anAliasBombInJsonLdIsIgnored(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        StringBuilder json = new StringBuilder("{\"@type\": \"NewsArticle\", \"a0\": &a0 [\"" + "x".repeat(1000) + "\"]");
        for (int i = 1; i <= 24; i++) {
            json.append(", \"a").append(i).append("\": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]");
        }
        json.append(", \"keywords\": *a24, \"headline\": \"From the JSON-LD\"}");
        Files.writeString(project.resolve("content/raw/bomb.html"), "<html><head><title>Arctic shipping lanes open</title>"
                + "<script type=\"application/ld+json\">" + json + "</script></head><body><h1>Arctic shipping lanes open</h1>"
                + "<p>" + article("").replace("\n\n", "</p><p>") + "</p></body></html>", StandardCharsets.UTF_8);
        BuildReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> build(project, new ArrayList<>()));
        assertEquals(6, report.articlesRead(), report.skipped().toString());
    }

    /** 7. A template that links to a file outside the templates folder is refused in one line naming it. */
    @Test
    void aTemplateLinkedFromOutsideIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        refusedInOneLine(dir, "brief.ftlh", "<p>${page.title}</p>");
    }

    /** 7b. So is the layout, which every page template imports (loaded by Freemarker while a page renders). */
    @Test
    void aLayoutLinkedFromOutsideIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        String layout = new String(java.util.Objects.requireNonNull(getClass().getResourceAsStream(
                "/io/github/dossier/site/theme/layout.ftlh")).readAllBytes(), StandardCharsets.UTF_8);
        refusedInOneLine(dir, "layout.ftlh", layout);
    }

    private void refusedInOneLine(Path dir, String template, String text) throws Exception {
        Path project = built(dir);
        Path outside = Files.writeString(dir.resolve("elsewhere.ftlh"), text);
        Files.createDirectories(project.resolve("templates"));
        Files.createSymbolicLink(project.resolve("templates/" + template), outside);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        DossierException e = assertThrows(DossierException.class, () -> build(project, new ArrayList<>()));
        assertTrue(e.getMessage().contains(project.resolve("templates/" + template)
                + ": refused: it is a link to a file outside the templates directory"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\n"), e.getMessage());
        assertEquals(site, DossierTest.digests(project.resolve("site")));
    }

    /** 8. A build that runs out of memory says so in one line, with what to do, and leaves the previous site. */
    @Test
    void aBuildOutOfMemorySaysSoAndLeavesTheSite(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Files.createDirectories(project.resolve("templates"));
        // A home page that asks for a string of 200 million characters, in a build given a 96 MiB heap.
        Files.writeString(project.resolve("templates/index.ftlh"), "${\"x\"?left_pad(200000000)}");
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                io.github.dossier.cli.Main.class.getName(), "build", "--project", project.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, child.exitValue(), out);
        String line = out.lines().filter(l -> l.contains("out of memory")).findFirst().orElse(out);
        assertTrue(line.contains("out of memory (Java heap space, heap limit ") && line.contains("give the build a larger heap")
                && line.endsWith("the previous site was left as it was"), line);
        assertFalse(out.contains("\tat "), "no stack trace: " + out);
        assertEquals(site, DossierTest.digests(project.resolve("site")));
    }

    /**
     * One article that cannot be processed (here a project's own boilerplate pattern overflows the stack on its one
     * long line) is skipped with one line naming the file, the stage and the cause; the rest is built.
     */
    @Test
    void anArticleThatFailsIsSkippedAndTheBuildGoesOn(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        Files.writeString(project.resolve("content/boilerplate.yml"), "remove:\n  mine:\n    - '(?:a|b)+ end'\n");
        Files.writeString(project.resolve("content/raw/long.txt"), "A long line\n\n" + "ab".repeat(100_000) + " end\n\n"
                + article(""), StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        BuildReport report = build(project, log);
        assertEquals(5, report.articlesRead());
        assertEquals(List.of("long.txt: clean: StackOverflowError: nested too deeply to process; skipped"), report.skipped());
        assertTrue(report.summary().get(0).endsWith("skipped: 1"), report.summary().get(0));
        assertEquals(List.of(), LinkCheck.broken(project.resolve("site")));

        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        DossierException e = assertThrows(DossierException.class,
                () -> new Dossier(config(project).withFailOnWarning(true), m -> { }).build());
        assertTrue(e.getMessage().contains("long.txt: clean: StackOverflowError"), e.getMessage());
        assertEquals(site, DossierTest.digests(project.resolve("site")));
    }

    /**
     * One brief whose page cannot be rendered (a curated body nested fifty thousand quotes deep) is left out of the
     * site with a warning, and nothing links to it; with failOnWarning, the build fails and the site stays.
     */
    @Test
    void aPageThatFailsIsLeftOutAndNothingLinksToIt(@TempDir Path dir) throws Exception {
        Path project = built(dir);
        Files.writeString(project.resolve("content/briefs/deep.md"), "---\ntitle: Deep\nauthors: [Dmitri Trenin]\n"
                + "countries: [China]\ncurated: true\n---\n" + ">".repeat(50_000) + " quoted\n", StandardCharsets.UTF_8);
        Map<String, String> site = DossierTest.digests(project.resolve("site"));
        DossierException e = assertThrows(DossierException.class,
                () -> new Dossier(config(project).withFailOnWarning(true), m -> { }).build());
        assertTrue(e.getMessage().contains("briefs/deep.html: render: StackOverflowError"), e.getMessage());
        assertEquals(site, DossierTest.digests(project.resolve("site")));

        List<String> log = new ArrayList<>();
        BuildReport report = build(project, log);
        assertEquals(1, report.pagesSkipped());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("warning: briefs/deep.html: render: StackOverflowError")
                && l.endsWith("; the brief is left out of the site")), log.toString());
        assertTrue(report.summary().stream().anyMatch(l -> l.startsWith("pages:") && l.contains("skipped: 1")),
                report.summary().toString());
        assertFalse(Files.exists(project.resolve("site/briefs/deep.html")));
        assertEquals(List.of(), LinkCheck.broken(project.resolve("site")));
        try (Stream<Path> pages = Files.walk(project.resolve("site"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(page).contains("deep.html"), page.toString());
            }
        }
        assertTrue(Files.isRegularFile(project.resolve("content/briefs/deep.md")), "the brief itself is kept");
    }

    private static String article(String title) {
        return (title.isEmpty() ? "" : title + "\n\n") + ("Russia and China have agreed to expand shipping along the "
                + "Northern Sea Route, officials said on Monday, in a deal that could reshape trade between Asia and "
                + "Europe over the next decade.\n\n").repeat(4);
    }
}
