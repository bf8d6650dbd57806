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

    private static String ledger(Path dir) throws Exception {
        return Files.readString(dir.resolve(Ledger.FILE));
    }

    @Test
    void aBriefEditedByHandIsKeptAsTheResearchersAndSaidOnce(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir, dir.resolve("cache/index"));
        store.sync(List.of(brief("One", "a.txt"), brief("Two", "b.txt")));
        Path one = dir.resolve("one.md");
        String edited = Files.readString(one).replace("title: One", "title: One, corrected") + "My own sentence.\n";
        Files.writeString(one, edited);
        BriefStore.SyncResult r = store.sync(List.of(brief("One again", "a.txt"), brief("Two", "b.txt")));
        assertEquals(edited, Files.readString(one));
        assertEquals(1, r.curated());
        assertEquals(1, r.edited());
        assertEquals(0, r.written());
        assertEquals(1, r.notes().size(), r.notes().toString());
        assertTrue(r.notes().get(0).contains("one.md: edited by hand"), r.notes().get(0));
        assertTrue(Files.notExists(dir.resolve("one-again.md")), "no second brief for its raw file");
        assertTrue(ledger(dir).contains("one\ta.txt\tedited\n"), ledger(dir));
        BriefStore.SyncResult again = store.sync(List.of(brief("One again", "a.txt")));
        assertEquals(edited, Files.readString(one));
        assertEquals(List.of(), again.notes());
        assertEquals(1, again.edited());
        assertEquals(1, again.removed(), "two.md, Dossier's and its raw file gone, is removed");
    }

    @Test
    void aBriefDeletedByHandStaysDeletedUntilItsLedgerLineGoes(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        List<Brief> generated = List.of(brief("One", "a.txt"), brief("Two", "b.txt"));
        store.sync(generated);
        Files.delete(dir.resolve("two.md"));
        BriefStore.SyncResult r = store.sync(generated);
        assertTrue(Files.notExists(dir.resolve("two.md")));
        assertEquals(1, r.withheld());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("two.md: deleted by hand; its raw file b.txt gives no brief"),
                r.notes().get(0));
        BriefStore.SyncResult again = store.sync(generated);
        assertTrue(Files.notExists(dir.resolve("two.md")));
        assertEquals(List.of(), again.notes());
        assertEquals(1, again.withheld());
        Files.writeString(dir.resolve(Ledger.FILE), ledger(dir).replace("two\tb.txt\tdeleted\n", ""));
        store.sync(generated);
        assertTrue(Files.exists(dir.resolve("two.md")), "its line deleted, the brief is written again");
    }

    @Test
    void curatedFalseHandsABriefBackToDossier(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        Path one = dir.resolve("one.md");
        String generated = Files.readString(one);
        Files.writeString(one, generated.replace("---\ntitle", "---\ncurated: false\ntitle") + "Mine.\n");
        store.sync(List.of(brief("One", "a.txt")));
        assertEquals(generated, Files.readString(one));
        assertTrue(ledger(dir).contains("one\ta.txt\tsha256:"), ledger(dir));
    }

    @Test
    void aBriefRenamedByHandIsKeptUnderItsNewName(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        Files.move(dir.resolve("one.md"), dir.resolve("my-name.md"));
        BriefStore.SyncResult r = store.sync(List.of(brief("One", "a.txt")));
        assertTrue(Files.exists(dir.resolve("my-name.md")));
        assertTrue(Files.notExists(dir.resolve("one.md")));
        assertEquals(0, r.withheld());
        assertEquals(1, r.edited());
    }

    @Test
    void withoutALedgerBriefsNotMarkedCuratedAreDossiersAsBeforeUnlessTheCacheSawThemChange(@TempDir Path dir)
            throws Exception {
        BriefCodec codec = new BriefCodec();
        // A project from before the ledger, no cache: what was the rule then holds once (Dossier's, rewritten).
        Files.writeString(dir.resolve("one.md"), codec.write(brief("One", "a.txt")) + "Changed by someone.\n");
        BriefStore.SyncResult first = new BriefStore(dir).sync(List.of(brief("One", "a.txt")));
        assertEquals(1, first.written());
        assertTrue(first.notes().get(0).contains("no ledger yet; 1 briefs not marked curated are taken as Dossier's"),
                first.notes().toString());
        // With the cache of the last build, a brief it saw change since is the researcher's.
        Path cached = Files.createDirectories(dir.resolve("cached"));
        BriefStore store = new BriefStore(cached, dir.resolve("cache/index"));
        store.sync(List.of(brief("One", "a.txt"), brief("Two", "b.txt")));
        Files.delete(cached.resolve(Ledger.FILE));
        String mine = Files.readString(cached.resolve("two.md")) + "Mine.\n";
        Files.writeString(cached.resolve("two.md"), mine);
        BriefStore.SyncResult r = store.sync(List.of(brief("One", "a.txt").toBuilder().words(11).build(),
                brief("Two", "b.txt").toBuilder().words(12).build()));
        assertEquals(mine, Files.readString(cached.resolve("two.md")));
        assertTrue(Files.readString(cached.resolve("one.md")).contains("words: 11"));
        assertEquals(1, r.edited());
    }

    @Test
    void lineEndsChangedByACheckoutAreNoEdit(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        Path one = dir.resolve("one.md");
        Files.writeString(one, Files.readString(one).replace("\n", "\r\n"));
        BriefStore.SyncResult r = store.sync(List.of(brief("One", "a.txt").toBuilder().words(99).build()));
        assertEquals(0, r.edited(), "git's autocrlf is not the researcher");
        assertTrue(Files.readString(one).contains("words: 99"));
    }

    @Test
    void aDeletedBriefsNameIsNotGivenToAnotherArticle(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        List<Brief> generated = List.of(brief("Same", "a.txt"), brief("Same", "b.txt"));
        store.sync(generated);
        String b = Files.readString(dir.resolve("same-2.md"));
        Files.delete(dir.resolve("same.md"));
        store.sync(generated);
        assertTrue(Files.notExists(dir.resolve("same.md")), "the deleted brief's file name stays free");
        assertEquals(b, Files.readString(dir.resolve("same-2.md")));
    }

    @Test
    void curatedFalseOnABriefWhoseRawFileGivesNoneKeepsIt(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.md");
        String text = "---\ntitle: Notes\ncurated: false\nsource: print-only.txt\n---\nFrom a printed page.\n";
        Files.writeString(mine, text);
        BriefStore.SyncResult r = new BriefStore(dir).sync(List.of(brief("One", "a.txt")));
        assertEquals(text, Files.readString(mine));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("gives no brief; kept as it is")), r.notes().toString());
    }

    @Test
    void aHandMadeBriefNamingNoRawFileKeepsTheLedgerReadable(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        // (A name with a tab, as this test had, is no longer a brief's: BriefStore.refused names it.)
        Files.writeString(dir.resolve("my-essay-2.md"), "---\ntitle: My essay\n---\nWords.\n");
        store.sync(List.of(brief("One", "a.txt")));
        store.sync(List.of(brief("One", "a.txt")));
        Files.delete(dir.resolve("my-essay-2.md"));
        store.sync(List.of(brief("One", "a.txt")));
        store.sync(List.of(brief("One", "a.txt")));
        assertTrue(ledger(dir).contains("my-essay-2\t\tdeleted\n"), ledger(dir));
    }

    @Test
    void twoSidesOfAMergedLedgerAreReadAsOne(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        String ours = ledger(dir);
        Brief theirs = brief("One", "a.txt").toBuilder().words(42).build();
        String theirText = new BriefCodec().write(theirs);
        // The other side of a merge wrote the brief anew; both sides' lines are kept.
        Files.writeString(dir.resolve("one.md"), theirText);
        Files.writeString(dir.resolve(Ledger.FILE), ours + "one\ta.txt\tsha256:"
                + io.github.dossier.internal.Fingerprint.of(theirText) + "\n");
        BriefStore.SyncResult r = store.sync(List.of(theirs));
        assertEquals(0, r.edited(), "Dossier's own text, from either side");
        assertEquals(List.of(), r.notes());
    }

    @Test
    void aSyncStoppedHalfWayIsNotTakenForAnEdit(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        BriefCodec codec = new BriefCodec();
        Brief changed = brief("One", "a.txt").toBuilder().words(99).build();
        String before = Files.readString(dir.resolve("one.md"));
        // As a sync leaves it when killed after writing the brief, before its last ledger write: both texts named.
        Files.writeString(dir.resolve(Ledger.FILE), ledger(dir).replace("\n", "\n").replaceFirst(
                "(sha256:[0-9a-f]{64})", "$1 sha256:" + io.github.dossier.internal.Fingerprint.of(codec.write(changed))));
        Files.writeString(dir.resolve("one.md"), codec.write(changed));
        BriefStore.SyncResult r = store.sync(List.of(brief("One", "a.txt")));
        assertEquals(List.of(), r.notes());
        assertEquals(before, Files.readString(dir.resolve("one.md")));
        // Killed while removing a brief: gone, and not taken for a deletion by hand.
        Files.writeString(dir.resolve(Ledger.FILE), ledger(dir).replaceFirst("(sha256:[0-9a-f]{64})", "$1 absent"));
        Files.delete(dir.resolve("one.md"));
        BriefStore.SyncResult gone = store.sync(List.of());
        assertEquals(List.of(), gone.notes());
        assertTrue(!ledger(dir).contains("one\t"), ledger(dir));
    }

    @Test
    void aLedgerLeftMidMergeStopsTheSyncNamingItsLine(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(brief("One", "a.txt")));
        Files.writeString(dir.resolve(Ledger.FILE), ledger(dir) + "<<<<<<< HEAD\n");
        BriefFormatException e = assertThrows(BriefFormatException.class, () -> store.sync(List.of(brief("One", "a.txt"))));
        assertTrue(e.getMessage().contains(Ledger.FILE + ":7: a merge conflict"), e.getMessage());
    }

    @Test
    void anEditThatKeepsTheSizeAndTheTimeIsStillSeen(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir, dir.resolve("cache/index"));
        store.sync(List.of(brief("One", "a.txt")));
        Path one = dir.resolve("one.md");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(one);
        String text = Files.readString(one);
        // In place (the same inode), the same size, the clock put back: only the text tells.
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(one.toFile(), "rw")) {
            f.write(text.replace("Body of a.txt", "Body of A.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(one, time);
        BriefStore.SyncResult r = store.sync(List.of(brief("One", "a.txt")));
        assertEquals(1, r.edited());
        assertTrue(Files.readString(one).contains("Body of A.txt"));
    }
}
