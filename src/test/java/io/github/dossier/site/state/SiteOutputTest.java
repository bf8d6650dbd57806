package io.github.dossier.site.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.testing.SampleProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site swap and the update in place: what each leaves when something goes wrong. */
class SiteOutputTest {

    private static void commit(Path site, SiteOutput.Deleter deleter, List<String> notes, String text) throws Exception {
        SiteOutput out = SiteOutput.begin(site, deleter, notes::add);
        out.write("index.html", text);
        out.write("briefs/" + text + ".html", text);
        out.commit();
    }

    private static List<String> siblings(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        }
    }

    /**
     * A folder of the old site that cannot be emptied (made read-only by hand, owned by someone else): the new site
     * is in place and the build succeeds; the old one is moved aside with a note, and later builds are not blocked.
     */
    @Test
    void anOldSiteThatCannotBeDeletedIsMovedAsideAndBlocksNoBuild(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        List<String> notes = new ArrayList<>();
        commit(site, SiteOutput.FILES, notes, "one");
        SiteOutput.Deleter refusing = p -> {
            if (p.getParent().getFileName().toString().equals("briefs")) {
                throw new AccessDeniedException(p.toString());
            }
            Files.delete(p);
        };
        commit(site, refusing, notes, "two");
        assertEquals("two", Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).matches("could not delete .*\\.site\\.dossier-old .*; it was moved to .*"
                + "\\.site\\.dossier-trash-1, delete it by hand"), notes.get(0));
        commit(site, refusing, notes, "three");
        assertEquals("three", Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of(".site.dossier-trash-1", ".site.dossier-trash-2"), siblings(dir));
    }

    /**
     * The same with the file system itself refusing: a file made immutable ({@code chattr +i}, which stops root too)
     * in a folder of the old site. The build that replaces it succeeds.
     */
    @Test
    void anImmutableFileInTheOldSiteFailsNoBuild(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        DossierConfig config = DossierConfig.forProject(project);
        new Dossier(config, m -> { }).build();
        Path locked = project.resolve("site/briefs/index.html");
        assumeTrue(new ProcessBuilder("chattr", "+i", locked.toString()).start().waitFor() == 0,
                "chattr +i is not available on this file system");
        List<String> log = new ArrayList<>();
        try {
            Files.writeString(project.resolve("content/raw/extra.txt"), "Arctic shipping lanes open\n\n"
                    + "Russia and China have agreed to expand shipping along the Northern Sea Route, officials said.\n"
                            .repeat(4));
            new Dossier(config, log::add).build();
            assertTrue(Files.isRegularFile(project.resolve("site/briefs/arctic-shipping-lanes-open.html")));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("note: could not delete ")), log.toString());
            assertEquals(List.of(".site.dossier-lock", ".site.dossier-lock.pid", ".site.dossier-trash-1"),
                    siblings(project));
            new Dossier(config, log::add).build();
            assertFalse(Files.exists(project.resolve(".site.dossier-old")));
        } finally {
            // Wherever the file went, so that the temporary folder can be deleted.
            new ProcessBuilder("chattr", "-R", "-i", project.toString()).start().waitFor();
        }
    }

    private static Object inode(Path file) throws Exception {
        return Files.getAttribute(file, "unix:ino");
    }

    /** A site of three pages, two of them in a folder, made whole. */
    private static Path threePages(Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteOutput out = SiteOutput.begin(site);
        out.write("index.html", "home");
        out.write("briefs/a.html", "a");
        out.write("countries/china/2.html", "page two");
        out.commit();
        return site;
    }

    /**
     * In place, only the files written change; a file kept is the same file (same inode); a file the new site lacks is
     * deleted, and so is a folder it leaves empty; nothing is left beside the site.
     */
    @Test
    void anUpdateInPlaceWritesOnlyWhatChanged(@TempDir Path dir) throws Exception {
        Path site = threePages(dir);
        Object home = inode(site.resolve("index.html"));
        SiteOutput out = SiteOutput.patch(site, List.of("index.html", "briefs/a.html", "countries/china/2.html"),
                SiteOutput.FILES, s -> { });
        out.keep("index.html");
        out.write("briefs/a.html", "a, edited");
        out.write("briefs/b.html", "b");
        assertEquals(java.util.Set.of("countries/china/2.html"), out.removed());
        assertEquals("a", Files.readString(site.resolve("briefs/a.html")), "nothing changes before the commit");
        assertEquals(site.resolve("index.html"), out.source("index.html"));
        out.commit();
        assertEquals(home, inode(site.resolve("index.html")));
        assertEquals("a, edited", Files.readString(site.resolve("briefs/a.html")));
        assertEquals("b", Files.readString(site.resolve("briefs/b.html")));
        assertFalse(Files.exists(site.resolve("countries")), "a folder left empty is removed");
        assertTrue(Files.exists(site.resolve(SiteOutput.MARKER)));
        assertEquals(List.of(), siblings(dir));
    }

    /**
     * A file that cannot be replaced (immutable, which stops root too) fails the commit after others were replaced:
     * every file is put back as it was, and the commit says so for the render to swap in a whole site instead.
     */
    @Test
    void anUpdateInPlaceThatFailsMidwayPutsEveryFileBack(@TempDir Path dir) throws Exception {
        Path site = threePages(dir);
        Path locked = site.resolve("index.html");
        assumeTrue(new ProcessBuilder("chattr", "+i", locked.toString()).start().waitFor() == 0,
                "chattr +i is not available on this file system");
        try {
            SiteOutput out = SiteOutput.patch(site, List.of("index.html", "briefs/a.html", "countries/china/2.html"),
                    SiteOutput.FILES, s -> { });
            out.write("briefs/a.html", "a, edited"); // in order, before index.html
            out.write("index.html", "home, edited");
            out.keep("countries/china/2.html");
            Object a = inode(site.resolve("briefs/a.html"));
            org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, out::commit);
            assertEquals("a", Files.readString(site.resolve("briefs/a.html")));
            assertEquals(a, inode(site.resolve("briefs/a.html")), "the very file is put back");
            assertEquals("home", Files.readString(locked));
            assertEquals(List.of(), siblings(dir));
        } finally {
            new ProcessBuilder("chattr", "-i", locked.toString()).start().waitFor();
        }
    }

    /** Killed after the journal was written and some files were put in place: the next build finishes the update. */
    @Test
    void anUpdateInterruptedMidwayIsFinishedByTheNextBuild(@TempDir Path dir) throws Exception {
        Path site = threePages(dir);
        Path patch = dir.resolve(".site.dossier-patch");
        Files.createDirectories(patch.resolve("briefs"));
        Files.writeString(patch.resolve("index.html"), "home, edited");
        // briefs/a.html was already put in place when the build died; its old text waits beside the site.
        Files.writeString(site.resolve("briefs/a.html"), "a, edited");
        Files.createDirectories(dir.resolve(".site.dossier-old/briefs"));
        Files.writeString(dir.resolve(".site.dossier-old/briefs/a.html"), "a");
        Files.writeString(patch.resolve(".dossier-journal"),
                "put briefs/a.html\nput index.html\ndelete countries/china/2.html\nend\n");
        List<String> notes = new ArrayList<>();
        SiteOutput.recover(site, SiteOutput.FILES, notes::add);
        assertEquals("home, edited", Files.readString(site.resolve("index.html")));
        assertEquals("a, edited", Files.readString(site.resolve("briefs/a.html")));
        assertFalse(Files.exists(site.resolve("countries/china/2.html")));
        assertEquals(List.of(), siblings(dir));
        assertTrue(notes.get(0).contains("its update was finished"), notes.toString());
    }

    /** A journal cut short (the build died while writing it) is no update: the patch is thrown away. */
    @Test
    void anUpdateWhoseJournalWasNotFinishedIsThrownAway(@TempDir Path dir) throws Exception {
        Path site = threePages(dir);
        Path patch = Files.createDirectories(dir.resolve(".site.dossier-patch"));
        Files.writeString(patch.resolve("index.html"), "home, edited");
        Files.writeString(patch.resolve(".dossier-journal"), "put index.html\n");
        SiteOutput.recover(site, SiteOutput.FILES, s -> { });
        assertEquals("home", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(), siblings(dir));
    }
}
