package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged raw files are not cleaned again; changed ones are; the output is the same either way. */
class IncrementalBuildTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    @Test
    void onlyChangedRawFilesAreProcessedAgain(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        BuildReport first = new Dossier(config(project), m -> { }).build();
        assertEquals(0, first.articlesReused());

        BuildReport second = new Dossier(config(project), m -> { }).build();
        assertEquals(5, second.articlesReused());
        assertEquals(5, second.briefsUnchanged());

        Path raw;
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            raw = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(raw, Files.readString(raw).replace("Acrimonious US-China relations", "Bitter US-China relations"));
        BuildReport third = new Dossier(config(project), m -> { }).build();
        assertEquals(4, third.articlesReused());
        assertEquals(1, third.briefsWritten());
    }

    @Test
    void cachedAndFreshBuildsAreByteIdentical(@TempDir Path dir) throws Exception {
        Path cached = SampleProject.copy(dir.resolve("a"));
        new Dossier(config(cached), m -> { }).build();
        Files.walk(cached.resolve("site")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.walk(cached.resolve("content/briefs")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        BuildReport again = new Dossier(config(cached), m -> { }).build();
        assertEquals(5, again.articlesReused());
        Path fresh = SampleProject.copy(dir.resolve("b"));
        new Dossier(config(fresh).withoutCache(), m -> { }).build();
        assertEquals(DossierTest.digests(fresh.resolve("content/briefs")), DossierTest.digests(cached.resolve("content/briefs")));
        assertEquals(DossierTest.digests(fresh.resolve("site")), DossierTest.digests(cached.resolve("site")));
        assertTrue(Files.isDirectory(cached.resolve("target/dossier-cache")));
    }
}
