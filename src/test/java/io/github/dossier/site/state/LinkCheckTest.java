package io.github.dossier.site.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check over a previous site: it reads what changed, and the whole site when that is not enough. */
class LinkCheckTest {

    @Test
    void overAPreviousSiteTheLinkCheckReadsWhatChangedAndFallsBackWhenThatIsNotEnough(@TempDir Path dir)
            throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Files.writeString(before.resolve("a.html"), "<a href='b.html#here'>b</a>");
        Files.writeString(before.resolve("b.html"), "<p id='here'>");
        Files.writeString(before.resolve("c.html"), "<a href='a.html'>a</a>");
        List<String> files = List.of("a.html", "b.html", "c.html");
        // c.html written again with a link to nothing: found, without reading a.html.
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.html"), "<a href='b.html#here'>b</a><a href='gone.html'>gone</a>");
        Files.writeString(site.resolve("b.html"), "<p id='here'>");
        Files.writeString(site.resolve("c.html"), "<a href='nowhere.html'>x</a>");
        assertEquals(List.of("c.html → nowhere.html"), LinkCheck.broken(site, List.of("c.html"), before, files),
                "a.html is as it was, checked when it was made");
        // b.html written again without the anchor a.html links to: the whole site is checked.
        Files.writeString(site.resolve("b.html"), "<p id='there'>");
        Files.writeString(site.resolve("c.html"), "<a href='a.html'>a</a>");
        assertEquals(List.of("a.html → b.html#here (no such anchor)", "a.html → gone.html"),
                LinkCheck.broken(site, List.of("b.html"), before, files));
        // A file of the previous site gone: the whole site is checked.
        Files.writeString(site.resolve("b.html"), "<p id='here'>");
        Files.delete(site.resolve("c.html"));
        assertEquals(List.of("a.html → gone.html"), LinkCheck.broken(site, List.of(), before, files));
    }
}
