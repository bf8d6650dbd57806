package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorRegistryTest {

    @Test
    void writesANewAuthorOnceAndNeverOverwrites(@TempDir Path dir) throws Exception {
        AuthorRegistry registry = AuthorRegistry.read(dir);
        registry.register("Dmitri Trenin", Optional.of("Carnegie Moscow Center"), Optional.of("Dmitri Trenin is director."));
        Path file = dir.resolve("dmitri-trenin.yml");
        String written = Files.readString(file);
        assertTrue(written.contains("name: Dmitri Trenin\naliases: []\naffiliation: Carnegie Moscow Center\n"), written);

        String curated = "name: Dmitri Trenin\naliases: [Dmitry Trenin]\nbio: Curated by hand.\n";
        Files.writeString(file, curated);
        AuthorRegistry again = AuthorRegistry.read(dir);
        again.register("Dmitri Trenin", Optional.of("Elsewhere"), Optional.of("Another bio."));
        assertEquals(curated, Files.readString(file));
        assertEquals("Curated by hand.", again.find("Dmitri Trenin").orElseThrow().bio().orElseThrow());
    }

    @Test
    void anOrganisationIsRegisteredAsOneAndACuratorCanSaySo(@TempDir Path dir) throws Exception {
        AuthorRegistry registry = AuthorRegistry.read(dir);
        registry.register("Associated Press", Optional.empty(), Optional.empty(), true);
        String written = Files.readString(dir.resolve("associated-press.yml"));
        assertTrue(written.contains("organisation: true\n"), written);
        assertTrue(AuthorRegistry.read(dir).find("associated press").orElseThrow().organisation());
        Files.writeString(dir.resolve("associated-press.yml"), "name: Associated Press\norganisation: false\n");
        assertFalse(AuthorRegistry.read(dir).find("Associated Press").orElseThrow().organisation());
        Files.writeString(dir.resolve("associated-press.yml"), "name: Associated Press\norganisation: perhaps\n");
        assertTrue(assertThrows(BriefFormatException.class, () -> AuthorRegistry.read(dir)).getMessage()
                .contains("'organisation': true or false"));
    }

    @Test
    void oneNamePerPersonWhateverTheSpelling(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dmitri-trenin.yml"), "name: Dmitri Trenin\naliases: [Dmitry Trenin]\n");
        AuthorRegistry registry = AuthorRegistry.read(dir);
        assertEquals("Dmitri Trenin", registry.canonical("Dmitry Trenin"));
        assertEquals("Dmitri Trenin", registry.canonical("DMITRI TRENIN"));
        assertEquals("Dmitri Trenin", registry.canonical("Dmítri Trenin"));
        assertEquals("Jane Doe", registry.canonical("Jane Doe"));
        registry.register("Dmitry Trenin", Optional.empty(), Optional.empty());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anAuthorNoBriefNamesIsTakenBackUnlessSomeoneEditedTheFile(@TempDir Path dir) throws Exception {
        AuthorRegistry first = AuthorRegistry.read(dir);
        first.register("Any Means Necessary", Optional.empty(), Optional.empty());
        first.register("Meg James", Optional.empty(), Optional.empty());
        first.register("Jane Doe", Optional.empty(), Optional.empty());
        Files.writeString(dir.resolve("jane-doe.yml"), "name: Jane Doe\nbio: Writes on energy.\n");
        AuthorRegistry next = AuthorRegistry.read(dir);
        assertEquals(List.of(dir.resolve("any-means-necessary.yml")), next.prune(java.util.Set.of("Meg James")));
        assertFalse(Files.exists(dir.resolve("any-means-necessary.yml")), "a misread byline's file goes");
        assertTrue(Files.exists(dir.resolve("meg-james.yml")), "a named author's file stays");
        assertTrue(Files.exists(dir.resolve("jane-doe.yml")), "an edited file stays, named or not");
        assertTrue(next.find("Any Means Necessary").isEmpty());
    }

    @Test
    void twoPeopleWithOneSlugGetTwoFiles(@TempDir Path dir) throws Exception {
        AuthorRegistry registry = AuthorRegistry.read(dir);
        registry.register("José Martí", Optional.empty(), Optional.empty());
        registry.register("Jose Marti Jr", Optional.empty(), Optional.empty());
        assertEquals(List.of("jose-marti", "jose-marti-jr"), registry.all().stream().map(AuthorRegistry.Author::slug).toList());
    }

    @Test
    void brokenAuthorFilesNameTheirLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yml"), "name: X\naliases: [unclosed\n");
        BriefFormatException e = assertThrows(BriefFormatException.class, () -> AuthorRegistry.read(dir));
        assertTrue(e.getMessage().contains("x.yml:"), e.getMessage());
        Files.writeString(dir.resolve("x.yml"), "aliases: []\n");
        assertTrue(assertThrows(BriefFormatException.class, () -> AuthorRegistry.read(dir)).getMessage().contains("needs a name"));
    }
}
