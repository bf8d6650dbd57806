package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        PreviousSite.write(manifest, site, "content-1", "shared-1", templates, Map.of());
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

    @Test
    void aSiteChangedSinceItsManifestIsNotReused(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path manifest = dir.resolve("cache/manifest");
        PreviousSite.write(manifest, site, "c", "s", PreviousSite.templateFingerprints(null), Map.of());
        Files.writeString(site.resolve("briefs/a.html"), "edited by hand");
        assertTrue(PreviousSite.read(manifest, site).isEmpty());
        PreviousSite.write(manifest, site, "c", "s", PreviousSite.templateFingerprints(null), Map.of());
        Files.delete(site.resolve("feed.xml"));
        assertTrue(PreviousSite.read(manifest, site).isEmpty());
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
