package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyTest {

    @Test
    void aStoredBodyIsKnownByItsFingerprintAndReadAgainWhenAsked() {
        int[] reads = {0};
        Body stored = Body.stored("Some *text*.", "x.md", () -> {
            reads[0]++;
            return "Some *text*.";
        });
        assertFalse(stored.held());
        assertEquals(Body.of("Some *text*.").fingerprint(), stored.fingerprint());
        assertEquals(Body.of("Some *text*."), stored);
        assertEquals(Body.of("Some *text*.").hashCode(), stored.hashCode());
        assertEquals(0, reads[0], "fingerprint, equality and hash read nothing");
        assertEquals("Some *text*.", stored.text());
        assertEquals(1, reads[0]);
        assertNotEquals(Body.of("Other text."), stored);
        assertTrue(Body.stored("  \n", "y.md", () -> "  \n").isBlank());
    }

    @Test
    void aBriefsTextIsNotInItsToStringButItsFingerprintIs() {
        Brief a = Brief.builder("a", "A", "a.txt").body("First body.").build();
        Brief b = a.toBuilder().body("Second body.").build();
        assertFalse(a.toString().contains("First body."));
        assertNotEquals(a.toString(), b.toString());
        assertEquals(a, a.toBuilder().markdown(Body.stored("First body.", "a.md", () -> "First body.")).build());
    }

    @Test
    void aBriefFileEditedAfterItWasReadIsNamedWhenItsBodyIsReadAgain(@TempDir Path dir) throws Exception {
        BriefStore store = new BriefStore(dir);
        store.sync(List.of(Brief.builder("one", "One", "one.txt").body("The body as written.").build()));
        Path file = dir.resolve("one.md");
        Brief read = store.read(file);
        assertFalse(read.markdown().held(), "the store keeps the body in its file");
        assertEquals("The body as written.", read.body());
        Files.writeString(file, Files.readString(file).replace("as written", "edited by hand"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, read::body);
        assertTrue(e.getCause().getMessage().contains(file + ": changed while the build was running"),
                e.getCause().getMessage());
        Files.delete(file);
        e = assertThrows(UncheckedIOException.class, read::body);
        assertTrue(e.getCause().getMessage().startsWith(file + ": cannot be read again"), e.getCause().getMessage());
    }
}
