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

    /** The number of rebuilds once it has not changed for a second (within 20 seconds). */
    private static long settled(Preview preview) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        long seen = preview.rebuilds();
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() - since < 1000 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            if (preview.rebuilds() != seen) {
                seen = preview.rebuilds();
                since = System.currentTimeMillis();
            }
        }
        return seen;
    }

    /** Copies the folder {@code from} (and what it holds) to {@code to}. */
    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (java.io.IOException e) {
            return false; // being replaced by a rebuild
        }
    }

    /**
     * A templates folder made after the server started (its files written before the watcher can have seen the folder)
     * is watched from then on, and so is one deleted and put back.
     */
    @Test
    void aTemplatesFolderMadeOrPutBackLaterIsWatched(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        Path style = project.resolve("site/assets/style.css");
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            Path own = Files.createDirectories(project.resolve("templates/assets")).resolve("style.css");
            Files.writeString(own, "/* made after the start */\n");
            waitFor(() -> contains(style, "made after the start"), 20_000);
            assertTrue(contains(style, "made after the start"), "a templates folder made later is built");

            Files.writeString(own, "/* edited once */\n");
            waitFor(() -> contains(style, "edited once"), 20_000);
            assertTrue(contains(style, "edited once"), "and watched from then on, its subfolders too");

            Path saved = dir.resolve("templates-saved");
            copyTree(project.resolve("templates"), saved);
            long before = preview.rebuilds();
            deleteTree(project.resolve("templates"));
            waitFor(() -> preview.rebuilds() > before && !contains(style, "edited once"), 20_000);
            assertFalse(contains(style, "edited once"), "a deleted templates folder gives the theme's own again");
            copyTree(saved, project.resolve("templates"));
            waitFor(() -> contains(style, "edited once"), 20_000);
            Files.writeString(own, "/* edited after it came back */\n");
            waitFor(() -> contains(style, "edited after it came back"), 20_000);
            assertTrue(contains(style, "edited after it came back"), "a templates folder put back is watched again");
        }
    }

    /** A briefs folder deleted and put back (a checkout, a stash) is watched again: a later edit is built. */
    @Test
    void aBriefsFolderDeletedAndPutBackIsWatchedAgain(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        Path briefs = project.resolve("content/briefs");
        Path page = project.resolve("site/briefs/" + BRIEF + ".html");
        List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, log::add)) {
            Path saved = dir.resolve("briefs-saved");
            copyTree(briefs, saved);
            long before = preview.rebuilds();
            deleteTree(briefs);
            waitFor(() -> preview.rebuilds() > before, 20_000);
            assertTrue(preview.rebuilds() > before, "the deletion is built: " + log);
            long deleted = preview.rebuilds();
            deleteTree(briefs); // what that build wrote again, gone too: the folder comes back as it was saved
            copyTree(saved, briefs);
            waitFor(() -> preview.rebuilds() > deleted, 20_000);

            Path brief = briefs.resolve(BRIEF + ".md");
            Files.writeString(brief, Files.readString(brief).replaceFirst("\ntitle: [^\n]*\n",
                    "\ntitle: Edited after the folder came back\n"));
            waitFor(() -> contains(page, "Edited after the folder came back"), 20_000);
            assertTrue(contains(page, "Edited after the folder came back"),
                    "an edit after the folder came back is built: " + log);

            // Again, the watcher settled: the folder moved away (as a checkout of another branch may) and copied back.
            long edited = settled(preview);
            Path away = Files.move(briefs, dir.resolve("briefs-away"));
            waitFor(() -> preview.rebuilds() > edited, 20_000);
            assertTrue(preview.rebuilds() > edited, "a folder moved away is built: " + log);
            deleteTree(briefs);
            copyTree(away, briefs);
            Files.writeString(brief, Files.readString(brief).replace("Edited after the folder came back",
                    "Edited after it came back twice"));
            waitFor(() -> contains(page, "Edited after it came back twice"), 20_000);
            assertTrue(contains(page, "Edited after it came back twice"), "and an edit after that is built: " + log);
            long moved = settled(preview);
            Files.writeString(away.resolve(BRIEF + ".md"),
                    "---\ntitle: Written where the folder was moved to\n---\n\nText.\n");
            Thread.sleep(1000);
            assertEquals(moved, preview.rebuilds(), "the folder moved away is not watched any more: " + log);
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

    /** An HTTP request as a browser (or another site's page) would send it, headers and all, over a plain socket. */
    private static String raw(URI base, String method, String path, String host, String origin, String body)
            throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(70_000);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + (body == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                            + bytes.length + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String form(java.util.Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** The fields of the edit form as the page gives them (inputs and text areas, unescaped). */
    private static java.util.Map<String, String> fields(String html) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(html);
        d.select("form input[name]").forEach(e -> out.put(e.attr("name"), e.attr("value")));
        d.select("form textarea[name]").forEach(e -> out.put(e.attr("name"), e.wholeText()));
        return out;
    }

    private static final String BRIEF = "china-russia-have-to-forge-closer-ties";

    /** The edit form saves into the brief, which becomes the researcher's, and the page shows it when it loads. */
    @Test
    void aBriefEditedInTheFormIsSavedCuratedAndShown(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            String page = get(preview.uri().resolve("briefs/" + BRIEF + ".html")).body();
            assertTrue(page.contains("href=\"/__dossier/edit/" + BRIEF + "\""), "brief pages get an edit link");
            assertFalse(Files.readString(project.resolve("site/briefs/" + BRIEF + ".html")).contains("__dossier"),
                    "nothing of the tools in the site on disk");
            java.util.Map<String, String> f = fields(get(preview.uri().resolve("__dossier/edit/" + BRIEF)).body());
            assertEquals(64, f.get("token").length());
            f.put("title", "China and Russia <b>have</b> to forge closer ties");
            f.put("body", f.get("body") + "\n\nA sentence added in the browser.");
            f.put("published", "2021-03-24");
            long t = System.nanoTime();
            String saved = raw(preview.uri(), "POST", "/__dossier/edit/" + BRIEF, "localhost:" + preview.uri().getPort(),
                    "http://localhost:" + preview.uri().getPort(), form(f));
            assertTrue(saved.startsWith("HTTP/1.1 303"), saved);
            assertTrue(saved.contains("Location: /briefs/" + BRIEF + ".html"), saved);
            String shown = get(preview.uri().resolve("briefs/" + BRIEF + ".html")).body();
            assertTrue(shown.contains("A sentence added in the browser.") && shown.contains("&lt;b&gt;have&lt;/b&gt;"),
                    "the page it is sent back to shows the edit, escaped (" + (System.nanoTime() - t) / 1_000_000 + " ms)");
            String file = Files.readString(project.resolve("content/briefs/" + BRIEF + ".md"));
            assertTrue(file.contains("\ncurated: true\n") && file.contains("published: 2021-03-24"), file);

            // The form of a brief that changed meanwhile saves nothing.
            String stale = raw(preview.uri(), "POST", "/__dossier/edit/" + BRIEF, "localhost:" + preview.uri().getPort(),
                    null, form(f));
            assertTrue(stale.startsWith("HTTP/1.1 409"), stale);
            assertEquals(file, Files.readString(project.resolve("content/briefs/" + BRIEF + ".md")));
        }
    }

    /** A write from another site, without the session's token or to another host's name is refused, and writes nothing. */
    @Test
    void writesFromAnotherSiteAreRefused(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project);
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            String host = "localhost:" + preview.uri().getPort();
            java.util.Map<String, String> f = fields(get(preview.uri().resolve("__dossier/edit/" + BRIEF)).body());
            f.put("title", "Hijacked");
            Path brief = project.resolve("content/briefs/" + BRIEF + ".md");
            String before = Files.readString(brief);
            String crossSite = raw(preview.uri(), "POST", "/__dossier/edit/" + BRIEF, host, "https://evil.example",
                    form(f));
            assertTrue(crossSite.startsWith("HTTP/1.1 403"), crossSite);
            java.util.Map<String, String> noToken = new java.util.LinkedHashMap<>(f);
            noToken.put("token", "0".repeat(64));
            assertTrue(raw(preview.uri(), "POST", "/__dossier/edit/" + BRIEF, host, null, form(noToken))
                    .startsWith("HTTP/1.1 403"));
            // A site whose name was rebound to this machine: its requests carry its own host name.
            assertTrue(raw(preview.uri(), "POST", "/__dossier/edit/" + BRIEF, "evil.example:" + preview.uri().getPort(),
                    null, form(f)).startsWith("HTTP/1.1 403"));
            assertTrue(raw(preview.uri(), "GET", "/__dossier/edit/" + BRIEF, "evil.example", null, null)
                    .startsWith("HTTP/1.1 403"), "not even the form, which holds the token");
            assertTrue(raw(preview.uri(), "POST", "/__dossier/correct", host, null,
                    form(java.util.Map.of("token", f.get("token"), "line", "people: {drop: [x]}"))).contains("303"),
                    "the same request with the token, from this server's own page, is taken");
            // No brief outside the briefs folder, whatever the path says.
            assertTrue(raw(preview.uri(), "POST", "/__dossier/edit/..%2F..%2Fcontent%2Fsources", host, null, form(f))
                    .startsWith("HTTP/1.1 404"));
            assertEquals(before, Files.readString(brief));
        }
    }

    /** A merge from the review queue is a line added to corrections.yml, and the site follows it. */
    @Test
    void theReviewQueuesButtonAddsItsLineToTheCorrections(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir);
        Files.writeString(project.resolve("content/corrections.yml"), "# my corrections\n");
        // A researcher's own brief whose person is a phrase: an item whose fix is a corrections line, with a button.
        Files.createDirectories(project.resolve("content/briefs"));
        Files.writeString(project.resolve("content/briefs/a-note.md"), "---\ntitle: A researcher's own note\n"
                + "curated: true\npeople: [While Hamas]\n---\nWhile Hamas spoke, nobody listened.\n");
        DossierConfig config = DossierConfig.forProject(project);
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            org.jsoup.nodes.Document review = org.jsoup.Jsoup.parse(get(preview.uri().resolve("__dossier/review")).body());
            org.jsoup.nodes.Element button = review.selectFirst("form[action=/__dossier/correct]");
            assertTrue(button != null, "the review has buttons");
            String token = button.selectFirst("input[name=token]").attr("value");
            String line = "people: {rename: {\"Lloyd Austin\": \"Lloyd J. Austin III\"}}";
            String added = raw(preview.uri(), "POST", "/__dossier/correct", "127.0.0.1:" + preview.uri().getPort(),
                    "http://127.0.0.1:" + preview.uri().getPort(), form(java.util.Map.of("token", token, "line", line)));
            assertTrue(added.startsWith("HTTP/1.1 303"), added);
            assertEquals("# my corrections\n" + line + "\n", Files.readString(project.resolve("content/corrections.yml")));
            assertTrue(Files.exists(project.resolve("site/people/lloyd-j-austin-iii.html")));
            assertFalse(Files.exists(project.resolve("site/people/lloyd-austin.html")));
            String broken = raw(preview.uri(), "POST", "/__dossier/correct", "127.0.0.1:" + preview.uri().getPort(), null,
                    form(java.util.Map.of("token", token, "line", "people: {rename: [oops")));
            assertTrue(broken.startsWith("HTTP/1.1 400"), broken);
            assertEquals("# my corrections\n" + line + "\n", Files.readString(project.resolve("content/corrections.yml")));
        }
    }
}
