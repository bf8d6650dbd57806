package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shared repository can plant does not reach outside the project or into the site (#27): links at the lock
 * file, at temporary names and at the folders Dossier writes; brief file names that would be addresses a browser
 * runs or reads differently; a build that would lose most of its briefs; a brief with thousands of authors. Each
 * test failed on the code before these were handled.
 */
class SafeByDefaultTest {

    private static final String VICTIM = "the victim's notes\n";

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample");
    }

    private static BuildReport build(Path project, List<String> log) throws DossierException {
        return new Dossier(config(project), log::add).build();
    }

    private static Path victim(Path dir) throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim")).resolve("notes.txt");
        Files.writeString(victim, VICTIM);
        return victim;
    }

    /** Every file under {@code root} (links as links) and its bytes. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                if (Files.isSymbolicLink(f)) {
                    out.put(root.relativize(f).toString(), "link to " + Files.readSymbolicLink(f));
                } else if (Files.isRegularFile(f)) {
                    out.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    @Test
    void aSymbolicLinkAtTheLockFileIsNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("project"));
        Path victim = victim(dir);
        Files.createSymbolicLink(project.resolve(".site.dossier-lock"), victim);
        List<String> log = new ArrayList<>();
        build(project, log);
        assertEquals(VICTIM, Files.readString(victim), "the link's target is untouched");
        assertFalse(Files.isSymbolicLink(project.resolve(".site.dossier-lock")));
        assertTrue(log.stream().anyMatch(l -> l.contains(".site.dossier-lock") && l.contains("link")), log.toString());
        build(project, new ArrayList<>()); // and the next build takes the lock as usual
        assertEquals(VICTIM, Files.readString(victim));
    }

    @Test
    void aHardLinkAtTheLockFileIsNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("project"));
        Path victim = victim(dir);
        Files.createLink(project.resolve(".site.dossier-lock"), victim);
        build(project, new ArrayList<>());
        assertEquals(VICTIM, Files.readString(victim), "the other name of the file is untouched");
    }

    /** Temporary files have names no one can plant: links at the names they used to have are left alone. */
    @Test
    void linksAtTemporaryNamesAreNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("project"));
        Path victim = victim(dir);
        build(project, new ArrayList<>());
        Path authors = project.resolve("content/authors");
        Path cache = project.resolve("target/dossier-cache");
        List<Path> planted = new ArrayList<>();
        try (Stream<Path> files = Files.list(authors)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                Files.delete(f); // written again, through a temporary file, by the next build
                planted.add(Files.createSymbolicLink(f.resolveSibling("." + f.getFileName() + ".tmp"), victim));
            }
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                planted.add(Files.createSymbolicLink(f.resolveSibling("." + f.getFileName() + ".tmp"), victim));
                planted.add(Files.createSymbolicLink(f.resolveSibling(f.getFileName() + ".1.tmp"), victim));
            }
        }
        Files.writeString(project.resolve("content/raw").resolve(first(project.resolve("content/raw"))),
                "\n\nOne more paragraph of the article, added by hand to make it change.\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(planted.size() > 5, "links were planted: " + planted.size());
        build(project, new ArrayList<>());
        assertEquals(VICTIM, Files.readString(victim), "no write went through a planted link");
        try (Stream<Path> files = Files.list(authors)) {
            List<Path> written = files.filter(p -> p.toString().endsWith(".yml")).toList();
            assertFalse(written.isEmpty());
            for (Path f : written) {
                assertTrue(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS), f + " is a file of its own");
            }
        }
    }

    private static String first(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aFolderDossierWritesThatIsALinkOutOfTheProjectFailsTheBuild(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("project"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.md"), VICTIM);
        Files.createSymbolicLink(project.resolve("content/briefs"), elsewhere);
        List<String> log = new ArrayList<>();
        DossierException e = assertThrows(DossierException.class, () -> build(project, log));
        assertTrue(e.getMessage().contains("content/briefs") && e.getMessage().contains("link"), e.getMessage());
        assertEquals(Map.of("keep.md", VICTIM), snapshot(elsewhere), "nothing was written there");
        assertFalse(Files.exists(project.resolve("site")), "and no site was made");
    }

    /**
     * A curated brief's file name becomes its page's address and its citation files' names: a name that is not a
     * slug is not published, with a warning naming it; the list of briefs is never replaced.
     */
    @Test
    void briefFileNamesThatAreNotSlugsAreNotPublished(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("project"));
        build(project, new ArrayList<>());
        Path briefs = project.resolve("content/briefs");
        String curated = "---\ntitle: \"A curated note\"\ncurated: true\nsource: \"\"\n---\n\nA note of the researcher's.\n";
        List<String> names = List.of("javascript:alert(document.domain).md", "index.md", "My Notes.md", "what?.md",
                "100%.md", "a#b.md", "Upper.md");
        for (String n : names) {
            Files.writeString(briefs.resolve(n), curated);
        }
        List<String> log = new ArrayList<>();
        BuildReport report = build(project, log);
        for (String n : names) {
            assertTrue(log.stream().anyMatch(l -> l.contains(n) && l.contains("not published")), n + ": " + log);
            assertEquals(curated, Files.readString(briefs.resolve(n)), "the file is left as it was");
        }
        Path site = project.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                assertFalse(html.contains("javascript:"), f + " links to script");
                assertFalse(html.contains("A curated note"), f + " shows a brief whose name was refused");
            }
        }
        String list = Files.readString(site.resolve("briefs/index.html"));
        assertTrue(list.contains("<ol class=\"briefs\"") && list.split("class=\"title\"", -1).length - 1 == 5,
                "briefs/index.html is still the list of every brief");
        assertTrue(report.summary().stream().anyMatch(l -> l.contains("warning")), report.summary().toString());
    }

    /** A build in which (nearly) every article is skipped fails before it removes the briefs, unless allowed. */
    @Test
    void aBuildThatWouldLoseMostBriefsFailsAndRemovesNothing(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("project"));
        build(project, new ArrayList<>());
        Map<String, String> briefsBefore = snapshot(project.resolve("content"));
        Map<String, String> siteBefore = snapshot(project.resolve("site"));
        try (Stream<Path> raw = Files.list(project.resolve("content/raw"))) {
            for (Path f : raw.toList()) {
                Files.writeString(f, ""); // every article is skipped: empty
            }
        }
        briefsBefore = withRaw(briefsBefore, project);
        DossierException e = assertThrows(DossierException.class, () -> build(project, new ArrayList<>()));
        assertTrue(e.getMessage().contains("only 0 of the 5") && e.getMessage().contains("allowFewerBriefs"),
                e.getMessage());
        assertEquals(briefsBefore, snapshot(project.resolve("content")), "no brief or author file was removed");
        assertEquals(siteBefore, snapshot(project.resolve("site")), "the site was left as it was");

        BuildReport allowed = new Dossier(config(project).toBuilder().allowFewerBriefs(true).build(), l -> { }).build();
        assertEquals(5, allowed.briefsRemoved(), "told to, the build goes on");
    }

    /** The content snapshot as it is now for the raw files (emptied by the test), as it was for everything else. */
    private static Map<String, String> withRaw(Map<String, String> before, Path project) throws Exception {
        Map<String, String> out = new TreeMap<>(before);
        out.putAll(snapshot(project.resolve("content")).entrySet().stream()
                .filter(e -> e.getKey().startsWith("raw/"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        return out;
    }

    /** Output grows with the authors, not with their square: a card names ten and says how many more. */
    @Test
    void aBriefWithThousandsOfAuthorsGivesPagesOfBoundedSize(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("content/raw"));
        Path briefs = Files.createDirectories(project.resolve("content/briefs"));
        int n = 1500;
        StringBuilder yaml = new StringBuilder("---\ntitle: \"Written by a crowd\"\ncurated: true\nsource: \"\"\nauthors:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - \"Author Number").append(i).append(" Crowdson\"\n");
        }
        yaml.append("---\n\nA brief with very many authors.\n");
        Files.writeString(briefs.resolve("written-by-a-crowd.md"), yaml);
        build(project, new ArrayList<>());
        Path authors = project.resolve("site/authors");
        long largest = 0;
        int pages = 0;
        try (Stream<Path> files = Files.list(authors)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (!f.getFileName().toString().equals("index.html")) {
                    largest = Math.max(largest, Files.size(f));
                    pages++;
                }
            }
        }
        assertEquals(n, pages, "a page per author");
        assertTrue(largest < 40_000, "the largest author page has " + largest + " bytes");
        String page = Files.readString(authors.resolve("author-number0-crowdson.html"));
        assertTrue(page.replace(",", "").contains("and " + (n - 10) + " more"),
                "the card says how many more authors there are");
        assertTrue(Files.readString(project.resolve("site/briefs/written-by-a-crowd.html"))
                .contains("Author Number" + (n - 1) + " Crowdson"), "the brief's own page names them all");
    }
}
