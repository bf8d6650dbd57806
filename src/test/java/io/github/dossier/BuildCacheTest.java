package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefField;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    /** A draft with every field of the brief format set. */
    private static final Brief DRAFT = Brief.builder("ties", "Ties that bind", "a/one.txt")
            .authors(List.of("Jane Doe")).publication(Optional.of("The Diplomat"))
            .published(Optional.of(LocalDate.of(2021, 3, 1))).section(Optional.of("Opinion")).tags(List.of("Arctic"))
            .themes(List.of("Energy")).countries(List.of("China", "Russia")).countryMentions(Map.of("China", 3, "Russia", 1))
            .people(List.of("Vladimir Putin")).organisations(List.of("NATO")).summary(List.of("One.", "Two."))
            .quotes(List.of(new Quote("a benchmark", Optional.of("Vladimir Putin")), new Quote("unsaid", Optional.empty())))
            .words(420).body("China and Russia.\n\n## Next\n\nMore.").build();

    @Test
    void anEntryReadsBackAsTheDraftItHeldWithEveryField(@TempDir Path dir) {
        BuildCache cache = new BuildCache(dir, (Path) null);
        String key = cache.key("the text", List.of("a template line"));
        List<Author> authors = List.of(new Author("Jane Doe", Optional.of("Jane Doe is a fellow."), Optional.empty()));
        BuildCache.Entry kept = cache.put(key, new BuildCache.Entry(DRAFT, authors));
        assertTrue(!kept.draft().markdown().held() && kept.draft().body().equals(DRAFT.body()),
                "the entry kept, its body is read again from the cache");
        BuildCache.Entry back = new BuildCache(dir, (Path) null).get(key, "a/one.txt").orElseThrow();
        assertTrue(!back.draft().markdown().held(), "an entry read leaves its body in the cache");
        assertEquals(DRAFT.body(), back.draft().body());
        assertEquals(DRAFT, back.draft());
        assertEquals(authors, back.authors());
        for (BriefField<?> field : BriefField.ALL) {
            assertEquals(field.of(DRAFT), field.of(back.draft()), field.key());
        }
        assertTrue(cache.get(key, "another/source.txt").isEmpty(), "an entry answers for its own source only");
    }

    @Test
    void theKeyChangesWithTheTextAndTheTemplateLinesInIt(@TempDir Path dir) {
        BuildCache cache = new BuildCache(dir, (Path) null);
        assertNotEquals(cache.key("a", List.of()), cache.key("b", List.of()));
        assertNotEquals(cache.key("a", List.of()), cache.key("a", List.of("menu")));
        assertEquals(cache.key("a", List.of("menu")), new BuildCache(dir, (Path) null).key("a", List.of("menu")));
    }

    @Test
    void aDamagedEntryIsAMissAndNoCacheIsNoCache(@TempDir Path dir) throws Exception {
        BuildCache cache = new BuildCache(dir, (Path) null);
        String key = cache.key("text", List.of());
        cache.put(key, new BuildCache.Entry(DRAFT, List.of()));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
            }
        }
        assertTrue(cache.get(key, "a/one.txt").isEmpty());
        BuildCache none = new BuildCache(null, (Path) null);
        none.put(key, new BuildCache.Entry(DRAFT, List.of()));
        assertTrue(none.get(key, "a/one.txt").isEmpty());
    }
}
