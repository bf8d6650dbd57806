package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefStoreTest {

    private static Brief brief(String title, String source) {
        return Brief.builder(Slugs.of(title), title, source).words(10).body("Body of " + source).build();
    }

    @Test
    void sameTitlesGetDistinctStableSlugsInSourceOrder(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("Same title", "b.txt"), brief("Same title", "a.txt")));
        List<Brief> read = store.readAll();
        assertEquals(List.of("same-title", "same-title-2"), read.stream().map(Brief::slug).toList());
        assertEquals("a.txt", read.get(0).source());
    }

    @Test
    void curatedBriefsAreNeverRewritten(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        Path curated = dir.resolve("hand-made.md");
        String text = "---\ntitle: Hand made\ncurated: true\nsource: a.txt\n---\nMy own words.\n";
        Files.writeString(curated, text);
        BriefStore.SyncResult r = store.sync(List.of(brief("Generated", "a.txt"), brief("Other", "b.txt")));
        assertEquals(text, Files.readString(curated));
        assertEquals(1, r.curated());
        assertEquals(1, r.written());
        assertTrue(Files.notExists(dir.resolve("generated.md")));
    }

    @Test
    void unchangedBriefsAreNotRewrittenAndStaleOnesRemoved(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt"), brief("Two", "b.txt")));
        BriefStore.SyncResult again = store.sync(List.of(brief("One", "a.txt")));
        assertEquals(1, again.unchanged());
        assertEquals(1, again.removed());
        assertTrue(Files.notExists(dir.resolve("two.md")));
    }

    @Test
    void aBrokenBriefStopsTheSyncAndIsKept(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.md");
        Files.writeString(broken, "---\ntitle: [oops\n---\n");
        BriefStore store = new BriefStore(dir);
        BriefFormatException e = assertThrows(BriefFormatException.class, () -> store.sync(List.of(brief("One", "a.txt"))));
        assertTrue(e.getMessage().contains("broken.md:"), e.getMessage());
        assertEquals("---\ntitle: [oops\n---\n", Files.readString(broken));
    }
}
