package io.github.dossier.site;

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

/** The site swap: what it does when the old site cannot be deleted. */
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
            assertEquals(List.of(".site.dossier-lock", ".site.dossier-trash-1"), siblings(project));
            new Dossier(config, log::add).build();
            assertFalse(Files.exists(project.resolve(".site.dossier-old")));
        } finally {
            // Wherever the file went, so that the temporary folder can be deleted.
            new ProcessBuilder("chattr", "-R", "-i", project.toString()).start().waitFor();
        }
    }
}
