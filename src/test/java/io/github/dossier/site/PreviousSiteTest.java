package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.site.pages.PageKind;
import io.github.dossier.site.state.SiteOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousSiteTest {

    private static Path site(Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/briefs"));
        Files.writeString(dir.resolve("site/" + SiteOutput.MARKER), "");
        Files.writeString(dir.resolve("site/index.html"), "home");
        Files.writeString(dir.resolve("site/briefs/a.html"), "a");
        Files.writeString(dir.resolve("site/feed.xml"), "feed");
        return site.getParent();
    }

    @Test
    void aManifestReadsBackAndSaysWhichPageKindsATemplateChangeTouches(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path manifest = dir.resolve("cache/manifest");
        Map<String, String> templates = PreviousSite.templateFingerprints(null);
        PreviousSite.write(manifest, site, "settings", "content-1", "shared-1", templates, Map.of());
        PreviousSite previous = PreviousSite.read(manifest, site).orElseThrow();
        assertEquals(List.of("briefs/a.html", "feed.xml", "index.html"), previous.files());
        assertEquals(Set.of(), previous.changedTemplates("content-1", "shared-1", templates).orElseThrow());

        Path own = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(own.resolve("term.ftlh"), "<p>mine</p>");
        assertEquals(Set.of(PageKind.TERM), previous.changedTemplates("content-1", "shared-1",
                PreviousSite.templateFingerprints(own)).orElseThrow());
        assertTrue(previous.changedTemplates("content-2", "shared-1", templates).isEmpty(), "new content: all pages");
        assertTrue(previous.changedTemplates("content-1", "shared-2", templates).isEmpty(), "a layout changed: all pages");
    }

    /**
     * A file added, deleted or replaced anywhere in the site (as git, rsync and most editors replace a file: a new file
     * renamed over it) changes a folder's stamp, and the site is rendered whole. A file written through in place
     * changes no folder; it is noticed only when the build writes that file again.
     */
    @Test
    void aSiteChangedSinceItsManifestIsNotReused(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path manifest = dir.resolve("cache/manifest");
        PreviousSite.write(manifest, site, "settings", "c", "s", PreviousSite.templateFingerprints(null), Map.of());
        assertTrue(PreviousSite.read(manifest, site).isPresent());
        Path edited = dir.resolve("edited.html");
        Files.writeString(edited, "edited by hand");
        Files.move(edited, site.resolve("briefs/a.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(PreviousSite.read(manifest, site).isEmpty(), "a file replaced");
        PreviousSite.write(manifest, site, "settings", "c", "s", PreviousSite.templateFingerprints(null), Map.of());
        Files.delete(site.resolve("feed.xml"));
        assertTrue(PreviousSite.read(manifest, site).isEmpty(), "a file deleted");
        PreviousSite.write(manifest, site, "settings", "c", "s", PreviousSite.templateFingerprints(null), Map.of());
        Files.writeString(site.resolve("briefs/new.html"), "added by hand");
        assertTrue(PreviousSite.read(manifest, site).isEmpty(), "a file added");
        PreviousSite.write(manifest, site, "settings", "c", "s", PreviousSite.templateFingerprints(null), Map.of());
        Files.writeString(site.resolve("briefs/a.html"), "written through");
        assertTrue(PreviousSite.read(manifest, site).isPresent(), "a file written in place changes no folder");
    }

    @Test
    void aLayoutOrMacroFileIsSharedByEveryPage(@TempDir Path dir) throws Exception {
        Path own = Files.createDirectories(dir.resolve("templates"));
        String before = PreviousSite.sharedFingerprint(own);
        Files.writeString(own.resolve("brief.ftlh"), "page template");
        assertEquals(before, PreviousSite.sharedFingerprint(own), "a page template is not shared");
        Files.writeString(own.resolve("layout.ftlh"), "layout");
        assertTrue(!before.equals(PreviousSite.sharedFingerprint(own)));
    }
}
