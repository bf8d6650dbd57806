package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged raw files are not cleaned again; changed ones are; the output is the same either way. */
class IncrementalBuildTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    @Test
    void onlyChangedRawFilesAreProcessedAgain(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        BuildReport first = new Dossier(config(project), m -> { }).build();
        assertEquals(0, first.articlesReused());

        BuildReport second = new Dossier(config(project), m -> { }).build();
        assertEquals(5, second.articlesReused());
        assertEquals(5, second.briefsUnchanged());

        Path raw;
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            raw = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(raw, Files.readString(raw).replace("Acrimonious US-China relations", "Bitter US-China relations"));
        BuildReport third = new Dossier(config(project), m -> { }).build();
        assertEquals(4, third.articlesReused());
        assertEquals(1, third.briefsWritten());
    }

    @Test
    void cachedAndFreshBuildsAreByteIdentical(@TempDir Path dir) throws Exception {
        Path cached = SampleProject.copy(dir.resolve("a"));
        new Dossier(config(cached), m -> { }).build();
        Files.walk(cached.resolve("site")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.walk(cached.resolve("content/briefs")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        BuildReport again = new Dossier(config(cached), m -> { }).build();
        assertEquals(5, again.articlesReused());
        Path fresh = SampleProject.copy(dir.resolve("b"));
        new Dossier(config(fresh).withoutCache(), m -> { }).build();
        assertEquals(DossierTest.digests(fresh.resolve("content/briefs")), DossierTest.digests(cached.resolve("content/briefs")));
        assertEquals(DossierTest.digests(fresh.resolve("site")), DossierTest.digests(cached.resolve("site")));
        assertTrue(Files.isDirectory(cached.resolve("target/dossier-cache")));
    }

    private static Object inode(Path file) throws java.io.IOException {
        return Files.getAttribute(file, "unix:ino");
    }

    @Test
    void theSameContentAgainRendersNoPage(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        Path brief = project.resolve("site/index.html");
        Object before = inode(brief);
        BuildReport again = new Dossier(config(project), m -> { }).build();
        assertEquals(before, inode(brief), "index.html was rendered again");
        assertTrue(again.stageMillis().containsKey("sealed"), "stopped at the seal: " + again.stageMillis());
        // Without the seal, the render finds on its own that every page would be the same.
        Files.delete(project.resolve("target/dossier-cache/seal"));
        BuildReport third = new Dossier(config(project), m -> { }).build();
        assertEquals(before, inode(brief), "index.html was rendered again");
        assertTrue(third.stageMillis().containsKey("  site unchanged"), third.stageMillis().toString());
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), p -> { }), DossierTest.digests(project.resolve("site")));
    }

    @Test
    void touchingOneTemplateRendersOnlyItsPages(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        Path briefPage;
        Path termPage = project.resolve("site/countries/china.html");
        try (Stream<Path> s = Files.list(project.resolve("site/briefs"))) {
            briefPage = s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html")).findFirst().orElseThrow();
        }
        Object briefInode = inode(briefPage);
        Object termInode = inode(termPage);
        java.util.function.Consumer<Path> edit = p -> {
            try {
                String theme = new String(IncrementalBuildTest.class.getResourceAsStream(
                        "/io/github/dossier/site/theme/term.ftlh").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Files.createDirectories(p.resolve("templates"));
                Files.writeString(p.resolve("templates/term.ftlh"), theme.replace("</h1>", "</h1><p class=\"note\">Edited</p>"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        edit.accept(project);
        new Dossier(config(project), m -> { }).build();
        assertEquals(briefInode, inode(briefPage), "a brief page was rendered again");
        assertTrue(!termInode.equals(inode(termPage)), "the term page was not rendered again");
        assertTrue(Files.readString(termPage).contains("Edited"));
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), edit::accept), DossierTest.digests(project.resolve("site")));
    }

    /** Every page and citation file of a site, with its inode and digest. */
    private static Map<String, Object[]> files(Path site) throws Exception {
        Map<String, Object[]> out = new java.util.TreeMap<>();
        Map<String, String> digests = DossierTest.digests(site);
        for (Map.Entry<String, String> e : digests.entrySet()) {
            String path = e.getKey();
            if (path.endsWith(".html") || path.endsWith(".bib") || path.endsWith(".ris") || path.endsWith(".csl.json")) {
                out.put(path, new Object[] {inode(site.resolve(path)), e.getValue()});
            }
        }
        return out;
    }

    /** "the" becomes "this" in the second half of {@code raw}: far from its title, summary and names. */
    private static void changeAWordOfTheBody(Path raw) {
        try {
            String text = Files.readString(raw);
            int at = text.indexOf(" the ", text.length() / 2);
            Files.writeString(raw, text.substring(0, at) + " this " + text.substring(at + 5));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEditedBriefRendersAgainExactlyThePagesItChanges(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        Map<String, Object[]> before = files(project.resolve("site"));
        // A word in the body of one article, far from its title, summary and names: its own page changes.
        java.util.function.Consumer<Path> edit = p -> {
            try (Stream<Path> s = Files.list(p.resolve("content/raw"))) {
                changeAWordOfTheBody(s.sorted().findFirst().orElseThrow());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        edit.accept(project);
        new Dossier(config(project), m -> { }).build();
        Map<String, Object[]> after = files(project.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        java.util.List<String> rendered = new java.util.ArrayList<>();
        for (String path : after.keySet()) {
            boolean sameFile = before.get(path)[0].equals(after.get(path)[0]);
            boolean sameBytes = before.get(path)[1].equals(after.get(path)[1]);
            // Never a stale page; and a page taken as it was unless what it shows changed.
            assertEquals(sameBytes, sameFile, path + (sameBytes ? " rendered again, unchanged" : " left stale"));
            if (!sameFile) {
                rendered.add(path);
            }
        }
        assertTrue(rendered.stream().anyMatch(p -> p.startsWith("briefs/") && p.endsWith(".html")), rendered.toString());
        assertTrue(rendered.size() < after.size() / 4, rendered.size() + " of " + after.size() + ": " + rendered);
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), edit::accept), DossierTest.digests(project.resolve("site")));
    }

    /**
     * A resident engine (the preview server's) keeps what each build read and made for the next: after a raw file is
     * edited, a brief is curated and edited, and the raw file edited back, each of its builds makes what a cold build
     * of the same files makes.
     */
    @Test
    void aResidentEngineBuildsWhatAColdBuildDoesAfterEachEdit(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        Dossier resident = new Dossier(config(project), m -> { }).resident();
        resident.build();
        Path raw;
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            raw = s.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(raw);
        changeAWordOfTheBody(raw);
        resident.build();
        assertEquals(DossierTest.coldSite(dir.resolve("cold1"), p -> changeAWordOfTheBody(p.resolve("content/raw")
                .resolve(raw.getFileName()))), DossierTest.digests(project.resolve("site")));
        Path brief;
        try (Stream<Path> s = Files.list(project.resolve("content/briefs"))) {
            brief = s.filter(p -> p.toString().endsWith(".md")).sorted().skip(1).findFirst().orElseThrow();
        }
        String curated = Files.readString(brief).replaceFirst("\n---\n", "\ncurated: true\n---\n")
                .replace(" the ", " a curated ");
        Files.writeString(brief, curated);
        resident.build();
        Files.writeString(raw, original);
        BuildReport last = resident.build();
        assertEquals(5, last.articlesReused(), "every raw file taken from memory or the cache");
        java.util.function.Consumer<Path> both = p -> {
            try {
                Files.createDirectories(p.resolve("content/briefs"));
                Files.writeString(p.resolve("content/briefs").resolve(brief.getFileName()), curated);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertEquals(DossierTest.coldSite(dir.resolve("cold2"), both::accept), DossierTest.digests(project.resolve("site")));
    }

    @Test
    void rawFilesUnchangedSinceTheLastBuildAreNotReadAgainAndAnEditedOneIs(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        java.util.List<Path> raws;
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            raws = s.sorted().toList();
        }
        // Saved an hour ago: a build trusts no stamp of a file modified in its last seconds.
        for (Path raw : raws) {
            Files.setLastModifiedTime(raw, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        new Dossier(config(project), m -> { }).build();
        java.util.function.Consumer<Path> edit = p -> changeAWordOfTheBody(
                p.resolve("content/raw").resolve(raws.get(1).getFileName()));
        edit.accept(project);
        java.util.List<String> log = new java.util.ArrayList<>();
        new Dossier(config(project), log::add).build();
        assertTrue(log.stream().anyMatch(l -> l.contains("raw index: " + (raws.size() - 1) + " of " + raws.size())),
                log.toString());
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), edit::accept), DossierTest.digests(project.resolve("site")));
    }

    @Test
    void changedContentRendersWhatShowsItAndATamperedSiteEverything(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        Files.delete(project.resolve("site/countries/china.html"));
        BuildReport repaired = new Dossier(config(project), m -> { }).build();
        assertTrue(Files.exists(project.resolve("site/countries/china.html")));
        assertTrue(!repaired.stageMillis().containsKey("  unchanged pages kept") && !repaired.stageMillis().containsKey("  site unchanged"));

        Map<String, Object[]> before = files(project.resolve("site"));
        java.util.function.Consumer<Path> edit = p -> {
            try (Stream<Path> s = Files.list(p.resolve("content/raw"))) {
                Path raw = s.sorted().findFirst().orElseThrow();
                Files.writeString(raw, Files.readString(raw).replace("Acrimonious US-China relations", "Bitter US-China relations"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        edit.accept(project);
        new Dossier(config(project), m -> { }).build();
        Map<String, Object[]> after = files(project.resolve("site"));
        long renderedAgain = after.keySet().stream().filter(p -> !before.containsKey(p)
                || !before.get(p)[0].equals(after.get(p)[0])).count();
        assertTrue(renderedAgain > 0 && renderedAgain < after.size(), renderedAgain + " of " + after.size());
        assertEquals(DossierTest.coldSite(dir.resolve("cold"), edit::accept), DossierTest.digests(project.resolve("site")));
    }

    /**
     * A file of the site edited by hand in place (which changes no folder) is put back as a cold build makes it by the
     * next build, though no input changed, and the log says once which; the other files are left as they are.
     */
    @Test
    void aPageEditedByHandInTheSiteIsRenderedAgain(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        Path site = project.resolve("site");
        Path page;
        try (Stream<Path> s = Files.list(site.resolve("briefs"))) {
            page = s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html")).sorted().findFirst()
                    .orElseThrow();
        }
        Path shard;
        try (Stream<Path> s = Files.walk(site.resolve("search"))) {
            shard = s.filter(Files::isRegularFile).sorted().skip(1).findFirst().orElseThrow();
        }
        Map<String, String> cold = DossierTest.coldSite(dir.resolve("cold"), p -> { });
        Object index = inode(site.resolve("index.html"));
        // The same size, a letter changed: only the file's time tells.
        String html = Files.readString(page);
        int at = html.indexOf("<h1") + 1;
        Files.writeString(page, html.substring(0, at) + "H" + html.substring(at + 1));
        Files.writeString(shard, "/* edited */", java.nio.file.StandardOpenOption.APPEND);
        java.util.List<String> log = new java.util.ArrayList<>();
        new Dossier(config(project), log::add).build();
        assertEquals(cold, DossierTest.digests(site));
        for (Path edited : java.util.List.of(page, shard)) {
            assertEquals(1, log.stream().filter(l -> l.contains(site.relativize(edited).toString().replace('\\', '/'))
                    && l.contains("by hand")).count(), log.toString());
        }
        assertEquals(index, inode(site.resolve("index.html")), "a page not edited is not rendered again");
        java.util.List<String> again = new java.util.ArrayList<>();
        new Dossier(config(project), again::add).build();
        assertTrue(again.stream().noneMatch(l -> l.contains("by hand")), "said once: " + again);

        // A resident engine (the preview's), which keeps the manifest between builds, sees it too.
        Dossier resident = new Dossier(config(project), m -> { }).resident();
        resident.build();
        Files.writeString(page, Files.readString(page).replace("<h1", "<h2"));
        resident.build();
        assertEquals(cold, DossierTest.digests(site));
    }

    @Test
    void aBuildAndARenderOfTheSameBriefsMakeTheSameSite(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project).withoutCache(), m -> { }).build();
        Map<String, String> built = DossierTest.digests(project.resolve("site"));
        new Dossier(config(project).withoutCache(), m -> { }).render();
        assertEquals(built, DossierTest.digests(project.resolve("site")));
    }

    @Test
    void aGeneratedBriefEditedOnDiskIsKeptAndShown(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(config(project), m -> { }).build();
        Path brief;
        try (Stream<Path> s = Files.list(project.resolve("content/briefs"))) {
            brief = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String edited = Files.readString(brief).replace("words:", "wordz: 1\nwords:") + "\nA sentence of my own.\n";
        Files.writeString(brief, edited);
        java.util.List<String> log = new java.util.ArrayList<>();
        BuildReport again = new Dossier(config(project), log::add).build();
        assertEquals(0, again.briefsWritten());
        assertEquals(1, again.briefsEdited());
        assertEquals(edited, Files.readString(brief));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("note: ") && l.contains("edited by hand")), log.toString());
        String slug = brief.getFileName().toString().replace(".md", "");
        assertTrue(Files.readString(project.resolve("site/briefs/" + slug + ".html")).contains("A sentence of my own."));
    }
}
