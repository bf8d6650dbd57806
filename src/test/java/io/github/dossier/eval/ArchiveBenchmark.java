package io.github.dossier.eval;

import io.github.dossier.testing.Trees;
import io.github.dossier.testing.Warcs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes the two projects of the web-archive benchmark: one whose raw folder holds a single large WARC (gzip per
 * record, as crawlers write it) of zyte-dev's pages, {@code copies} times each under other addresses, between media
 * records (incompressible bytes, as images and video are) until the archive is {@code megabytes} long; and one that
 * holds the same pages as HTML files. {@code bench/archive.sh} then times both builds under the same small heap.
 *
 * <pre>
 * java -cp … io.github.dossier.eval.ArchiveBenchmark ../shared/corpus/zyte-dev /tmp/archive-bench 32 1024
 * </pre>
 */
public final class ArchiveBenchmark {

    private static final Instant CAPTURED = Instant.parse("2026-12-01T08:00:00Z");

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path zyte = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        long bytes = Long.parseLong(args[3]) * 1_000_000L;
        Trees.delete(out);
        Path warcRaw = Files.createDirectories(out.resolve("warc/content/raw"));
        Path htmlRaw = Files.createDirectories(out.resolve("html/content/raw"));
        List<Path> pages;
        try (Stream<Path> s = Files.list(zyte.resolve("html"))) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Random random = new Random(30);
        byte[] media = new byte[1 << 20];
        Path warc = warcRaw.resolve("crawl.warc.gz");
        int written = 0;
        try (Warcs archive = Warcs.create(warc, true)) {
            for (int c = 0; c < copies; c++) {
                Path folder = Files.createDirectories(htmlRaw.resolve("c" + c));
                for (Path page : pages) {
                    byte[] html = Files.readAllBytes(page);
                    String name = page.getFileName().toString();
                    archive.capture("https://bench.example/c" + c + "/" + name, CAPTURED.plusSeconds(written), 200,
                            "text/html", html);
                    Files.write(folder.resolve(name), html);
                    written++;
                }
            }
            int n = 0;
            while (Files.size(warc) < bytes) {
                random.nextBytes(media);
                archive.capture("https://bench.example/media/" + n++ + ".jpg", CAPTURED, 200, "image/jpeg", media);
            }
        }
        System.out.printf("%s: %d pages and media records, %.0f MB; %s: the same %d pages as HTML files%n", warc, written,
                Files.size(warc) / 1e6, htmlRaw, written);
    }
}
