package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The early cutoff ({@link Seal}): a build that finds every input as the last whole build left it stops once it has
 * listed them, writes nothing, and tells the last build's report again; a build whose inputs differ in anything that
 * changes a draft, a brief, a template or a setting goes on, and gives a cold build's site. (Every kind of edit, and
 * random sequences of them, are {@link EditMatrixTest}'s and {@link EditSequenceTest}'s: their incremental builds
 * stop at the seal wherever it holds.)
 */
class SealTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    private static BuildReport build(Path project, List<String> log) throws DossierException {
        return new Dossier(config(project), log::add).build();
    }

    private static BuildReport build(Path project) throws DossierException {
        return build(project, new ArrayList<>());
    }

    private static boolean sealed(BuildReport report) {
        return report.stageMillis().containsKey("sealed");
    }

    private static Path firstRaw(Path project) throws Exception {
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            return s.sorted().findFirst().orElseThrow();
        }
    }

    /** Every file of the project's content and site, with its identity: a file written again is a new one. */
    private static Map<String, Object> identities(Path project) throws Exception {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (String folder : List.of("site", "content/briefs", "content/authors")) {
            for (String f : DossierTest.digests(project.resolve(folder)).keySet()) {
                Path p = project.resolve(folder).resolve(f);
                out.put(folder + "/" + f, Files.getAttribute(p, "unix:ino") + " " + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    @Test
    void aTouchedRawFileStopsAtTheSealAndWritesNothing(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        BuildReport first = build(project);
        assertFalse(sealed(first));
        Map<String, Object> before = identities(project);
        Path raw = firstRaw(project);
        Files.setLastModifiedTime(raw, FileTime.fromMillis(Files.getLastModifiedTime(raw).toMillis() - 60_000));
        BuildReport touched = build(project);
        assertTrue(sealed(touched), touched.stageMillis().toString());
        assertEquals(before, identities(project), "a file was written");
        assertTrue(touched.unchanged());
        assertEquals(first.articlesRead(), touched.articlesRead());
        assertEquals(first.articlesRead(), touched.articlesReused());
        assertEquals(first.briefsWritten() + first.briefsUnchanged(), touched.briefsUnchanged());
        assertEquals(first.pages(), touched.pages());
        assertEquals(first.warnings(), touched.warnings());
        // The report is what a build that went on would have said, but for its times.
        Files.delete(project.resolve("target/dossier-cache/seal"));
        BuildReport whole = build(project);
        assertFalse(sealed(whole));
        assertEquals(whole.summary().subList(0, 4), touched.summary().subList(0, 4));
    }

    @Test
    void aRawFileSavedAgainWithTheSameTextStopsAtTheSeal(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        build(project);
        Path raw = firstRaw(project);
        Files.writeString(raw, Files.readString(raw) + "\n  \n\n", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(sealed(build(project)), "a final newline more is the same text");
    }

    @Test
    void aRawFileThatCleansToTheSameDraftStopsAtTheSeal(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        build(project);
        Path raw = firstRaw(project);
        String text = Files.readString(raw);
        assertTrue(text.contains("You have 3 free articles left this month"));
        // A paywall's nag counts down: cleaning drops it, and the draft is the one the seal records.
        Files.writeString(raw, text.replace("You have 3 free articles", "You have 2 free articles"));
        Map<String, Object> before = identities(project);
        BuildReport report = build(project);
        assertTrue(sealed(report), report.stageMillis().toString());
        assertEquals(before, identities(project));
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), p -> Files.writeString(firstRaw(p),
                text.replace("You have 3 free articles", "You have 2 free articles"))),
                DossierTest.digests(project.resolve("site")));
    }

    @Test
    void aRawFileWhoseDraftChangesIsBuilt(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        build(project);
        Path raw = firstRaw(project);
        String text = Files.readString(raw).replace("Acrimonious US-China relations", "Bitter US-China relations");
        Files.writeString(raw, text);
        BuildReport report = build(project);
        assertFalse(sealed(report));
        assertEquals(1, report.briefsWritten());
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), p -> Files.writeString(firstRaw(p), text)),
                DossierTest.digests(project.resolve("site")));
        assertTrue(sealed(build(project)), "sealed again once built");
    }

    @Test
    void anArchiveGrownByAPageIsBuiltEachPageFromItsOwnText(@TempDir Path dir) throws Exception {
        // A build that may stop at the seal reads every changed page in its first pass, a web archive's pages among
        // them: each is kept for the second by its own source, not by the archive's path they share (by the path,
        // the four new pages took each other's texts, but where the one kept reached its own page first).
        Path project = SampleProject.copy(dir.resolve("p"));
        Path archive = project.resolve("content/raw/crawl.warc.gz");
        java.time.Instant day = java.time.Instant.parse("2026-11-30T10:00:00Z");
        List<Path> raws = new ArrayList<>();
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(raws::add);
        }
        try (io.github.dossier.testing.Warcs warc = io.github.dossier.testing.Warcs.create(archive, true)) {
            warc.page("https://archive.example/a", day, page(raws.get(0)));
        }
        build(project);
        assertTrue(Files.isRegularFile(project.resolve("target/dossier-cache/seal")), "sealed");
        try (io.github.dossier.testing.Warcs warc = io.github.dossier.testing.Warcs.append(archive, true)) {
            for (int i = 1; i < raws.size(); i++) {
                warc.page("https://archive.example/" + i, day, page(raws.get(i)));
            }
        }
        BuildReport report = build(project);
        assertFalse(sealed(report));
        assertEquals(2 * raws.size(), report.articlesRead(), report.toString());
        Path cold = dir.resolve("cold");
        EditMatrixTest.copyInputs(project, cold);
        new Dossier(config(cold).withoutCache(), m -> { }).build();
        for (String folder : List.of("site", "content/briefs")) {
            assertEquals(DossierTest.digests(cold.resolve(folder)), DossierTest.digests(project.resolve(folder)), folder);
        }
    }

    /** A raw text as a saved page: its first line the title, each other line a paragraph. */
    private static String page(Path raw) throws Exception {
        List<String> lines = Files.readAllLines(raw).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder html = new StringBuilder("<html><head><title>")
                .append(org.jsoup.nodes.Entities.escape(lines.get(0))).append("</title></head><body><article>");
        lines.stream().skip(1).forEach(l -> html.append("<p>").append(org.jsoup.nodes.Entities.escape(l)).append("</p>"));
        return html.append("</article></body></html>").toString();
    }

    @Test
    void theLastBuildsWarningsAreToldAgain(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        Files.writeString(project.resolve("content/raw/slight.txt"), "Subscribe\n\nSign in\n");
        List<String> firstLog = new ArrayList<>();
        BuildReport first = build(project, firstLog);
        assertEquals(1, first.skipped().size(), first.warnings().toString());
        List<String> log = new ArrayList<>();
        BuildReport again = build(project, log);
        assertTrue(sealed(again));
        assertEquals(first.skipped(), again.skipped());
        assertEquals(first.warnings(), again.warnings());
        for (String warning : first.warnings()) {
            assertTrue(log.stream().anyMatch(l -> l.contains(warning)), warning + " not told again: " + log);
        }
    }

    @Test
    void aBriefEditedAtTheSameStampIsSeen(@TempDir Path dir) throws Exception {
        // Edited in place within the file system's clock tick, at the same size: its stamp is the one the seal holds,
        // and its bytes, told for every file modified in the seconds before the seal (here: dated ahead, as a clock
        // set wrong would), are not.
        Path project = SampleProject.copy(dir.resolve("p"));
        build(project);
        Path brief;
        try (Stream<Path> s = Files.list(project.resolve("content/briefs"))) {
            brief = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        FileTime ahead = FileTime.fromMillis(System.currentTimeMillis() + 600_000);
        Files.setLastModifiedTime(brief, ahead);
        assertFalse(sealed(build(project)), "the brief's stamp changed");
        assertTrue(sealed(build(project)));
        String text = Files.readString(brief);
        int at = text.lastIndexOf('e');
        String edited = text.substring(0, at) + 'E' + text.substring(at + 1);
        Files.writeString(brief, edited, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(brief, ahead);
        BuildReport report = build(project);
        assertFalse(sealed(report), "the edit was not seen");
        assertEquals(edited, Files.readString(brief), "the researcher's edit was kept");
        assertEquals(1, report.briefsEdited());
    }

    @Test
    void aFileChangedWhileTheBuildRanIsNeverSealedOver(@TempDir Path dir) throws Exception {
        // Changed after the build read it, by someone else: the next build must see it, so no seal is written.
        Path project = SampleProject.copy(dir.resolve("p"));
        build(project);
        Seal seal = new Seal(config(project), Knowledge.load(project.resolve("content")));
        for (String file : List.of("templates/page.ftlh", "content/briefs/hand-made.md", "content/corrections.yml",
                "content/authors/someone.yml")) {
            Seal.Inputs before = seal.take();
            Seal.Inputs content = seal.takeContent();
            Path p = project.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "# made while a build ran\n");
            assertFalse(seal.write(before, content, null, null, List.of()), file);
            Files.delete(p);
        }
        // A brief the briefs phase wrote, edited by hand while the site was rendered from what it wrote.
        Path brief = project.resolve("content/briefs/written.md");
        Seal.Inputs before = seal.take();
        Files.writeString(brief, "---\ntitle: As the build wrote it\n---\n");
        Seal.Inputs content = seal.takeContent();
        Files.writeString(brief, "---\ntitle: As the researcher saved it during the render\n---\n");
        assertFalse(seal.write(before, content, null, null, List.of(brief)));
        // And one deleted then.
        Files.writeString(brief, "---\ntitle: As the build wrote it\n---\n");
        Seal.Inputs written = seal.takeContent();
        Files.delete(brief);
        assertFalse(seal.write(before, written, null, null, List.of(brief)));
    }
}
