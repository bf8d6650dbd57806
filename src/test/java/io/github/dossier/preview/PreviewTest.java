package io.github.dossier.preview;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteRebuildsOnChangesAndTellsPagesToReload(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project).withTitle("Preview").withBaseUrl("https://example.org/p/");
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            HttpResponse<String> home = get(preview.uri().resolve("index.html"));
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("/__dossier/version"), "pages get the reload script");
            assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals(200, get(preview.uri()).statusCode());
            HttpResponse<String> missing = get(preview.uri().resolve("no/such/page.html"));
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("<base href=\"/\">"));
            assertEquals(404, get(preview.uri().resolve("../../etc/passwd")).statusCode());

            String before = get(preview.uri().resolve("__dossier/version")).body();
            Files.writeString(project.resolve("content/raw/extra.txt"), "A new headline about Arctic shipping\n\n"
                    + ("Russia and China have agreed to expand shipping along the Northern Sea Route, officials said on "
                    + "Monday, in a deal that could reshape trade between Asia and Europe over the next decade.\n\n").repeat(4));
            long deadline = System.currentTimeMillis() + 15_000;
            String after = before;
            while (after.equals(before) && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                after = get(preview.uri().resolve("__dossier/version")).body();
            }
            assertTrue(!after.equals(before), "a raw file change rebuilds the site");
            assertEquals(200, get(preview.uri().resolve("briefs/a-new-headline-about-arctic-shipping.html")).statusCode());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    /** A change rebuilds once: what the rebuild writes into the watched briefs folder is no change to rebuild for. */
    @Test
    void oneChangeIsOneRebuild(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            Thread.sleep(2500);
            assertEquals(0, preview.rebuilds(), "the first build's own briefs are no change");
            Files.writeString(project.resolve("content/raw/extra.txt"), "A new headline about Arctic shipping\n\n"
                    + ("Russia and China have agreed to expand shipping along the Northern Sea Route, officials said on "
                    + "Monday, in a deal that could reshape trade between Asia and Europe over the next decade.\n\n").repeat(4));
            waitFor(() -> preview.rebuilds() > 0, 15_000);
            Thread.sleep(3500);
            assertEquals(1, preview.rebuilds());
        }
    }

    /** A data file is watched too, and the knowledge it holds is read again before the rebuild. */
    @Test
    void aChangedDataFileIsReadAgain(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        Path brief = project.resolve("content/briefs/china-russia-have-to-forge-closer-ties.md");
        List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, log::add)) {
            assertTrue(Files.readString(brief).contains("Enhancing the compatibility and interoperability"));
            Files.writeString(project.resolve("content/boilerplate.yml"),
                    "remove:\n  mine:\n    - 'enhancing the compatibility and interoperability .*'\n");
            waitFor(() -> preview.rebuilds() > 0, 15_000);
            assertTrue(log.contains("data files changed: knowledge reloaded"), log.toString());
            assertFalse(Files.readString(brief).contains("Enhancing the compatibility and interoperability"));
        }
    }

    /** A URL no file can have (a NUL) is a bad request, answered as one. */
    @Test
    void aUrlNoFileCanHaveIsABadRequest(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            assertEquals(400, get(preview.uri().resolve("briefs/a%00b.html")).statusCode());
            assertEquals(200, get(preview.uri().resolve("index.html")).statusCode(), "and the server goes on");
        }
    }
}
