package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.testing.SampleProject;
import io.github.dossier.testing.Trees;
import io.github.dossier.testing.Warcs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw files that hold many articles (web archives) in a whole build: their articles become briefs beside the sample's
 * text scrapes, an unchanged archive is neither listed nor read again, and after each kind of change to one an
 * incremental build gives the bytes a cold build of the same files gives.
 */
class ContainerBuildTest {

    private static final Instant CAPTURED = Instant.parse("2026-11-30T09:15:00Z");

    private static DossierConfig config(Path project) {
        return EditMatrixTest.config(project).toBuilder().allowFewerBriefs(true).build();
    }

    /** An article as a news site serves it, from one of the sample's scrapes. */
    private static String page(Path project, int n, String extra) throws Exception {
        List<Path> raws;
        try (var s = Files.list(project.resolve("content/raw"))) {
            raws = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String text = Files.readString(raws.get(n % raws.size()));
        StringBuilder body = new StringBuilder();
        for (String para : text.split("\n\\s*\n")) {
            if (para.strip().length() > 120) {
                body.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>\n");
            }
        }
        return "<!doctype html><html lang=en><head><title>Archived story " + n + extra + " | The Archive Times</title>"
                + "<link rel=canonical href=\"https://times.example/story-" + n + "\"></head><body><header>Menu Home World"
                + "</header><article><h1>Archived story " + n + extra + "</h1><p class=byline>By Ada Lovelace</p>" + body
                + "</article><footer>© The Archive Times</footer></body></html>";
    }

    private static void archive(Path project, String name, int... stories) throws Exception {
        try (Warcs warc = Warcs.create(project.resolve("content/raw").resolve(name), true)) {
            for (int n : stories) {
                warc.page("https://times.example/story-" + n + "?utm_source=feed", CAPTURED.plusSeconds(n), page(project, n, ""));
                warc.capture("https://times.example/site.css", CAPTURED, 200, "text/css", "p{}".getBytes(StandardCharsets.UTF_8));
            }
            warc.capture("https://times.example/missing", CAPTURED, 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anArchivesPagesAreBriefsWithTheCaptureDayAndThePagesOwnAddress(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        archive(project, "crawl.warc.gz", 1, 2);
        BuildReport report = new Dossier(config(project), m -> { }).build();
        List<Brief> archived = new BriefStore(project.resolve("content/briefs")).readAll().stream()
                .filter(b -> b.source().startsWith("crawl.warc.gz#")).toList();
        assertEquals(List.of("crawl.warc.gz#https://times.example/story-1?utm_source=feed",
                "crawl.warc.gz#https://times.example/story-2?utm_source=feed"),
                archived.stream().map(Brief::source).sorted().toList());
        for (Brief b : archived) {
            assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), b.accessed(), b.source());
            assertTrue(b.url().orElseThrow().matches("https://times\\.example/story-[12]"), "the canonical, untracked: "
                    + b.url());
        }
        assertEquals(Map.of("not HTML: text/css", 2, "request", 5, "status 404", 1), report.passed());
        assertTrue(report.summary().get(0).contains("archived records that are no article: 8"), report.summary().get(0));

        BuildReport again = new Dossier(config(project), m -> { }).build();
        assertEquals(again.articlesRead(), again.articlesReused(), "nothing read again: " + again.summary());
    }

    /** One kind of change to a project with an archive. */
    private interface Change {
        void apply(Path project) throws Exception;
    }

    @Test
    void afterEachChangeToAnArchiveAnIncrementalBuildIsACold(@TempDir Path dir) throws Exception {
        Map<String, Change> changes = new java.util.LinkedHashMap<>();
        changes.put("archive added", p -> archive(p, "more.warc.gz", 3));
        changes.put("record appended", p -> {
            try (Warcs warc = Warcs.append(p.resolve("content/raw/crawl.warc.gz"), true)) {
                warc.page("https://times.example/story-4", CAPTURED.plusSeconds(3600), page(p, 4, ""));
            }
        });
        changes.put("page recaptured, changed", p -> {
            try (Warcs warc = Warcs.append(p.resolve("content/raw/crawl.warc.gz"), true)) {
                warc.page("https://times.example/story-1?utm_source=feed", CAPTURED.plusSeconds(86_400 * 2),
                        page(p, 1, " (updated)"));
            }
        });
        changes.put("page recaptured unchanged, a day later", p -> {
            try (Warcs warc = Warcs.append(p.resolve("content/raw/crawl.warc.gz"), true)) {
                warc.page("https://times.example/story-2?utm_source=feed", CAPTURED.plusSeconds(86_400), page(p, 2, ""));
            }
        });
        changes.put("archive rewritten without a page", p -> archive(p, "crawl.warc.gz", 2));
        changes.put("archive touched", p -> Files.setLastModifiedTime(p.resolve("content/raw/crawl.warc.gz"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 120_000)));
        changes.put("archive renamed", p -> Files.move(p.resolve("content/raw/crawl.warc.gz"),
                p.resolve("content/raw/crawl-2026.warc.gz")));
        changes.put("archive deleted", p -> Files.delete(p.resolve("content/raw/crawl.warc.gz")));
        changes.put("archive damaged", p -> {
            Path f = p.resolve("content/raw/crawl.warc.gz");
            byte[] b = Files.readAllBytes(f);
            Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        });
        changes.put("an archived page noted in sources.yml", p -> Files.writeString(p.resolve("content/sources.yml"),
                "\"crawl.warc.gz#https://times.example/story-2?utm_source=feed\":\n"
                        + "  url: https://times.example/noted\n  accessed: 2026-12-01\n"));
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            Path project = SampleProject.copy(dir.resolve(change.getKey().replace(' ', '-')));
            archive(project, "crawl.warc.gz", 1, 2);
            new Dossier(config(project), m -> { }).build();
            change.getValue().apply(project);
            new Dossier(config(project), m -> { }).build();

            Path cold = dir.resolve(change.getKey().replace(' ', '-') + "-cold");
            EditMatrixTest.copyInputs(project, cold);
            new Dossier(config(cold).withoutCache(), m -> { }).build();
            for (String folder : List.of("site", "content/briefs")) {
                assertEquals(DossierTest.digests(cold.resolve(folder)), DossierTest.digests(project.resolve(folder)),
                        change.getKey() + ": " + folder);
            }
        }
    }

    /** A Zotero export (its RDF and files) copied into the project's raw folder. */
    private static void zotero(Path project) throws Exception {
        Path from = SampleProject.REPOSITORY.resolve("src/test/resources/io/github/dossier/raw/zotero/Dossier sources");
        Trees.copy(from, project.resolve("content/raw/zotero"));
    }

    @Test
    void aZoteroExportsBriefsFollowItsAttachmentsAndTheProjectMoving(@TempDir Path dir) throws Exception {
        Map<String, Change> changes = new java.util.LinkedHashMap<>();
        changes.put("snapshot deleted", p -> {
            try (var files = Files.walk(p.resolve("content/raw/zotero/files"))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Files.delete(f);
                }
            }
        });
        changes.put("item retitled in Zotero", p -> {
            Path rdf = p.resolve("content/raw/zotero/Dossier sources.rdf");
            Files.writeString(rdf, Files.readString(rdf).replaceFirst("<dc:title>", "<dc:title>Retitled: "));
        });
        changes.put("project moved", p -> { });
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            String name = change.getKey().replace(' ', '-');
            Path project = SampleProject.copy(dir.resolve(name));
            zotero(project);
            new Dossier(config(project), m -> { }).build();
            if (change.getKey().equals("project moved")) {
                Path moved = dir.resolve(name + "-elsewhere");
                Files.move(project, moved);
                project = moved;
            }
            change.getValue().apply(project);
            new Dossier(config(project), m -> { }).build();
            Path cold = dir.resolve(name + "-cold");
            EditMatrixTest.copyInputs(project, cold);
            new Dossier(config(cold).withoutCache(), m -> { }).build();
            for (String folder : List.of("site", "content/briefs")) {
                assertEquals(DossierTest.digests(cold.resolve(folder)), DossierTest.digests(project.resolve(folder)),
                        change.getKey() + ": " + folder);
            }
            assertTrue(new BriefStore(project.resolve("content/briefs")).readAll().stream()
                    .noneMatch(b -> b.source().startsWith("zotero/files/")), "an attachment is no brief of its own");
        }
    }
}
