package io.github.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache file is read back as written, and any damage to it is no value and one note, its reader never called. */
class BytesTest {

    private static final String FORMAT = "test-cache 1";

    private static void write(Path file) throws Exception {
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string("Ties that bind");
            out.varint(420);
            out.longBits(-7L);
            out.flag(true);
            out.strings(new String[] {"China", "Russia"});
            out.bytes(new byte[] {1, 2, 3});
            assertTrue(out.finish());
        }
    }

    /** The value, and how many times the reader was called, and the notes. */
    private static Optional<String> read(Path file, AtomicInteger calls, List<String> notes) {
        return Bytes.read(file, FORMAT, in -> {
            calls.incrementAndGet();
            return in.string() + "/" + in.varint() + "/" + in.longBits() + "/" + in.flag() + "/"
                    + String.join(",", in.strings()) + "/" + Arrays.toString(in.bytes());
        }, notes::add);
    }

    @Test
    void aFileReadsBackAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c");
        write(file);
        List<String> notes = new ArrayList<>();
        assertEquals(Optional.of("Ties that bind/420/-7/true/China,Russia/[1, 2, 3]"),
                read(file, new AtomicInteger(), notes));
        assertEquals(List.of(), notes);
        assertEquals(Optional.empty(), Bytes.read(file, "test-cache 2", in -> "x", notes::add), "another version's");
        assertEquals(Optional.empty(), read(dir.resolve("none"), new AtomicInteger(), notes));
        assertEquals(List.of(), notes, "another format, or no file: no note");
    }

    @Test
    void everyBitFlippedAndEveryLengthCutIsOneNoteAndNeverReachesTheReader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c");
        write(file);
        byte[] good = Files.readAllBytes(file);
        AtomicInteger calls = new AtomicInteger();
        for (int at = 0; at < good.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = good.clone();
                bad[at] ^= (byte) (1 << bit);
                Files.write(file, bad);
                List<String> notes = new ArrayList<>();
                assertEquals(Optional.empty(), read(file, calls, notes), "byte " + at + " bit " + bit);
                assertEquals(1, notes.size(), "byte " + at + " bit " + bit + ": " + notes);
                assertTrue(notes.get(0).startsWith(file + ": damaged ("), notes.get(0));
            }
        }
        for (int length = 0; length < good.length; length++) {
            Files.write(file, Arrays.copyOf(good, length));
            List<String> notes = new ArrayList<>();
            assertEquals(Optional.empty(), read(file, calls, notes), "cut at " + length);
            assertEquals(1, notes.size(), "cut at " + length);
        }
        assertEquals(0, calls.get(), "the reader was handed damaged bytes");
    }

    @Test
    void aFileGrownHugeIsNotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c");
        write(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() + (8L << 30)); // sparse: eight gigabytes of nothing
        }
        List<String> notes = new ArrayList<>();
        long t = System.nanoTime();
        assertEquals(Optional.empty(), read(file, new AtomicInteger(), notes));
        assertTrue(System.nanoTime() - t < 2_000_000_000L, "read whole");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("its size"), notes.get(0));
    }

    @Test
    void aFolderOrALinkInItsPlaceIsOneNoteAndAFolderIsNeverWrittenOver(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c");
        write(dir.resolve("real"));
        Files.createSymbolicLink(file, dir.resolve("real"));
        List<String> notes = new ArrayList<>();
        assertEquals(Optional.empty(), read(file, new AtomicInteger(), notes));
        write(file); // over the link, not through it
        assertTrue(!Files.isSymbolicLink(file));
        Files.delete(file);
        Files.createDirectories(file.resolve("inside"));
        assertEquals(Optional.empty(), read(file, new AtomicInteger(), notes));
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string("x");
            assertTrue(!out.finish(), "written over a folder");
        }
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(1).contains("a folder"), notes.get(1));
    }

    @Test
    void aFileOfAnEarlierVersionIsNoValueAndNoNote(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c");
        byte[] name = "dossier raw-index 1".getBytes(StandardCharsets.UTF_8);
        byte[] old = new byte[name.length + 3];
        old[0] = (byte) name.length;
        System.arraycopy(name, 0, old, 1, name.length);
        Files.write(file, old);
        List<String> notes = new ArrayList<>();
        assertEquals(Optional.empty(), read(file, new AtomicInteger(), notes));
        assertEquals(List.of(), notes);
    }
}
