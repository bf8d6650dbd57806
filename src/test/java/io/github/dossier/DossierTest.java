package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.site.state.LinkCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end on the sample corpus. */
class DossierTest {

    static final Path PROJECT = Path.of(System.getProperty("dossier.project", "."));

    static Path copySample(Path dir) throws Exception {
        return io.github.dossier.testing.SampleProject.copy(dir);
    }

    static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(d));
            }
        }
        return out;
    }

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    /** A change to a project's files, made before it is built. */
    interface Edit {
        void apply(Path project) throws Exception;
    }

    /**
     * The site a cold build (no cache) makes of a fresh copy of the sample in {@code dir} with {@code edit} made to it:
     * what an incremental build after the same edit must give, byte for byte.
     */
    static Map<String, String> coldSite(Path dir, Edit edit) throws Exception {
        Path fresh = copySample(dir);
        edit.apply(fresh);
        new Dossier(config(fresh).withoutCache(), m -> { }).build();
        return digests(fresh.resolve("site"));
    }

    @Test
    void buildsBriefsAndASiteWhoseLinksAllResolve(@TempDir Path dir) throws Exception {
        Path project = copySample(dir);
        BuildReport report = new Dossier(config(project), m -> { }).build();
        assertEquals(5, report.articlesRead());
        assertEquals(5, report.briefsWritten());
        try (Stream<Path> briefs = Files.list(project.resolve("content/briefs"))) {
            assertEquals(5, briefs.filter(p -> p.toString().endsWith(".md")).count());
        }
        assertTrue(Files.isRegularFile(project.resolve("content/briefs/.dossier-ledger")), "what Dossier wrote, kept");
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
        assertEquals(List.of(), LinkCheck.broken(project.resolve("site")));
    }

    @Test
    void twoBuildsAreByteIdenticalAndRawFilesAreNeverTouched(@TempDir Path dir) throws Exception {
        Path a = copySample(dir.resolve("a"));
        Path b = copySample(dir.resolve("b"));
        Map<String, String> raw = digests(a.resolve("content/raw"));
        new Dossier(config(a), m -> { }).build();
        new Dossier(config(b), m -> { }).build();
        BuildReport again = new Dossier(config(a), m -> { }).build();
        assertEquals(5, again.briefsUnchanged());
        assertEquals(digests(a.resolve("content")), digests(b.resolve("content")));
        assertEquals(digests(a.resolve("site")), digests(b.resolve("site")));
        assertEquals(raw, digests(a.resolve("content/raw")));
    }

    @Test
    void generatedBriefsMatchTheCommittedGoldenBriefs(@TempDir Path dir) throws Exception {
        Path project = copySample(dir);
        new Dossier(config(project), m -> { }).briefs();
        assertEquals(digests(PROJECT.resolve("content/briefs")), digests(project.resolve("content/briefs")),
                "content/briefs is out of date: run `mvn site` and commit the result");
        assertEquals(digests(PROJECT.resolve("content/authors")), digests(project.resolve("content/authors")),
                "content/authors is out of date: run `mvn site` and commit the result");
    }

    @Test
    void renderReadsHandEditsFromDisk(@TempDir Path dir) throws Exception {
        Path project = copySample(dir);
        Dossier dossier = new Dossier(config(project), m -> { });
        dossier.briefs();
        Path brief;
        try (Stream<Path> s = Files.list(project.resolve("content/briefs"))) {
            brief = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(brief).replaceFirst("title: [^\n]*", "title: Edited by hand")
                .replaceFirst("---\n", "---\ncurated: true\n");
        Files.writeString(brief, text);
        dossier.build();
        assertEquals(text, Files.readString(brief));
        String slug = brief.getFileName().toString().replace(".md", ".html");
        assertTrue(Files.readString(project.resolve("site/briefs/" + slug)).contains("<h1>Edited by hand</h1>"));
    }

    @Test
    void aMalformedCuratedBriefFailsTheBuildWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path project = copySample(dir);
        Path briefs = Files.createDirectories(project.resolve("content/briefs"));
        Path bad = briefs.resolve("mine.md");
        Files.writeString(bad, "---\ncurated: true\ntitle: Mine\nwords: [1, 2\n---\nText\n");
        DossierException e = assertThrows(DossierException.class, () -> new Dossier(config(project), m -> { }).build());
        assertTrue(e.getMessage().contains("mine.md:"), e.getMessage());
        assertEquals("---\ncurated: true\ntitle: Mine\nwords: [1, 2\n---\nText\n", Files.readString(bad));
    }

    /**
     * No article was published after the newest raw file was saved: a date after that day, by more than a day's grace
     * for time zones, is dropped (the sample's China Daily article states 24 March 2021).
     */
    @Test
    void aDateAfterTheNewestRawFileWasSavedIsDropped(@TempDir Path dir) throws Exception {
        for (String saved : List.of("2021-03-22", "2021-03-23")) {
            Path project = copySample(dir.resolve(saved));
            try (Stream<Path> raw = Files.list(project.resolve("content/raw"))) {
                for (Path f : raw.toList()) {
                    Files.setLastModifiedTime(f, FileTime.from(Instant.parse(saved + "T12:00:00Z")));
                }
            }
            new Dossier(config(project), m -> { }).briefs();
            Path chinaDaily = project.resolve("content/briefs/china-russia-have-to-forge-closer-ties.md");
            String brief = Files.readString(chinaDaily);
            assertEquals(saved.equals("2021-03-23"), brief.contains("published: 2021-03-24"), saved + ":\n" + brief);
        }
    }

    @Test
    void unreadableRawFilesAreSkippedWithAReason(@TempDir Path dir) throws Exception {
        Path project = copySample(dir);
        Files.write(project.resolve("content/raw/scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(project.resolve("content/raw/empty.txt"), "  \n");
        List<String> warnings = new java.util.ArrayList<>();
        BuildReport r = new Dossier(config(project), warnings::add).build();
        assertEquals(2, r.skipped().size());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("scan.txt: looks binary")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("empty.txt: is empty")), warnings.toString());
        assertEquals(5, r.briefsWritten());
    }

    @Test
    void aPageWithNoArticleIsSkippedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path project = copySample(dir);
        // A browser's error page saved in place of the article: a headline and one line.
        Files.writeString(project.resolve("content/raw/error.html"), "<html><body><h1>Your file couldn't be accessed"
                + "</h1><p>It may have been moved, edited, or deleted.</p><p>ERR_FILE_NOT_FOUND</p></body></html>");
        List<String> warnings = new java.util.ArrayList<>();
        BuildReport r = new Dossier(config(project), warnings::add).build();
        assertEquals(1, r.skipped().size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("error.html: no article text found")
                && w.contains("write its brief by hand")), warnings.toString());
        assertEquals(5, r.briefsWritten());
    }

    @Test
    void aLineOrTwoLeftAfterCleaningIsNoArticle() {
        assertTrue(Extraction.tooSlight("It may have been moved, edited, or deleted."));
        assertFalse(Extraction.tooSlight("Police closed the bridge on Monday after a lorry hit its railing. No one was "
                + "hurt, a spokesman said."));
        // A script written without spaces is measured in letters: a short Chinese report is an article.
        assertFalse(Extraction.tooSlight("中国外交部发言人今天在例行记者会上表示，中方欢迎俄罗斯总统访华，双方将就双边关系和共同关心的"
                + "国际和地区问题深入交换意见，推动两国全面战略协作伙伴关系不断向前发展。"));
    }
}
