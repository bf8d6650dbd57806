package io.github.dossier.preview;

import static io.github.dossier.preview.Workbench.encode;
import static io.github.dossier.preview.Workbench.page;
import static io.github.dossier.preview.Workbench.relative;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.brief.BriefFormatException;
import io.github.dossier.brief.Corrections;
import io.github.dossier.internal.AtomicFile;
import io.github.dossier.preview.Workbench.Builds;
import io.github.dossier.preview.Workbench.Response;
import io.github.dossier.review.Item;
import io.github.dossier.review.Review;
import io.github.dossier.site.outputs.Escape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workbench's review queue ({@link Review}) as a page, most doubtful first, with a button on each item whose fix is
 * a corrections line (a merge, for a cluster of names) that adds the line to {@code corrections.yml}, if the file
 * still reads with it, and waits for the rebuild. The queue is reviewed again only after a rebuild.
 */
final class ReviewQueue {

    private final DossierConfig config;
    private final Supplier<Dossier> dossier;
    private final Builds builds;
    private final Supplier<Long> version;
    private final String token;
    private volatile Optional<Map.Entry<Long, Review.Report>> review = Optional.empty();

    ReviewQueue(DossierConfig config, Supplier<Dossier> dossier, Builds builds, Supplier<Long> version, String token) {
        this.config = config;
        this.dossier = dossier;
        this.builds = builds;
        this.version = version;
        this.token = token;
    }

    /** The queue as a page: the first 300 items, or all of them when {@code query} asks ({@code all=1}). */
    Response show(String query) throws DossierException {
        long v = version.get();
        Review.Report report = review.filter(e -> e.getKey() == v).map(Map.Entry::getValue).orElse(null);
        if (report == null) {
            report = dossier.get().review();
            review = Optional.of(Map.entry(v, report));
        }
        int limit = query != null && query.contains("all=1") ? Integer.MAX_VALUE : 300;
        StringBuilder f = new StringBuilder("<p>").append(report.items().size()).append(" items in ")
                .append(report.briefs()).append(" briefs, most doubtful first. A button adds its line to <code>")
                .append(Escape.html(relative(config, config.dataDirectory().resolve(Corrections.FILE))))
                .append("</code>; the site is rebuilt with it.</p><ul class=\"counts\">");
        report.counts().forEach((c, n) -> f.append("<li>").append(n).append(" ").append(Escape.html(c.meaning()))
                .append("</li>"));
        f.append("</ul><ol class=\"review\">");
        int n = 0;
        for (Item i : report.items()) {
            if (n++ == limit) {
                f.append("</ol><p><a href=\"/__dossier/review?all=1\">Show all ").append(report.items().size())
                        .append(" items</a></p>");
                return Response.html(200, page("Review queue", f.toString()));
            }
            f.append("<li id=\"item-").append(n).append("\"><span class=\"doubt\">")
                    .append(String.format(Locale.ROOT, "%.2f", i.doubt())).append("</span> ");
            if (!i.slug().isEmpty()) {
                f.append("<a href=\"/briefs/").append(Escape.html(encode(i.slug()))).append(".html\">")
                        .append(Escape.html(i.title())).append("</a> (<a href=\"/__dossier/edit/")
                        .append(Escape.html(encode(i.slug()))).append("\">edit</a>) ");
            }
            f.append("<b>").append(Escape.html(i.field())).append("</b>: ").append(Escape.html(i.problem()));
            for (String line : i.fix().split("\n")) {
                f.append("<div class=\"fix\"><code>").append(Escape.html(line)).append("</code>");
                if (!line.startsWith("edit ") && !line.startsWith("check ") && !line.contains("…")
                        && !line.contains("YYYY-MM-DD") && !line.contains("Name of the")) {
                    f.append("<form method=\"post\" action=\"/__dossier/correct\"><input type=\"hidden\" name=\"token\" "
                            + "value=\"").append(token).append("\"><input type=\"hidden\" name=\"line\" value=\"")
                            .append(Escape.html(line)).append("\"><button type=\"submit\">")
                            .append(i.merge().map(m -> "Merge into “" + Escape.html(m.into()) + "”")
                                    .orElse("Add to corrections.yml")).append("</button></form>");
                }
                f.append("</div>");
            }
            f.append("</li>");
        }
        f.append("</ol>");
        return Response.html(200, page("Review queue", f.toString()));
    }

    /** Adds {@code line} to the corrections file, if the file still reads with it, and waits for the rebuild. */
    Response correct(String line) throws IOException, InterruptedException {
        String l = line.strip();
        if (l.isEmpty() || l.contains("\n") || l.contains("\r") || l.length() > 4000) {
            return Response.text(400, "A correction is one line.\n");
        }
        Path data = config.dataDirectory();
        if (data == null) {
            return Response.text(400, "This project has no data folder for corrections.yml.\n");
        }
        Files.createDirectories(data);
        Path file = data.resolve(Corrections.FILE);
        if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Response.text(403, "Refused: " + file + " is not a plain file.\n");
        }
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String after = before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + l + "\n";
        try {
            Corrections.parse(file, after);
        } catch (BriefFormatException e) {
            return Response.html(400, page("Not added", "<p>With this line the file would not read: "
                    + Escape.html(e.getMessage()) + "</p><p><a href=\"/__dossier/review\">Back to the review</a></p>"));
        }
        AtomicFile.write(file, after);
        Optional<String> failed = builds.awaitBuilt(file);
        if (failed.isPresent()) {
            return Response.html(500, page("Added; the rebuild failed", "<p>The line was added, but the site could not "
                    + "be rebuilt: " + Escape.html(failed.get()) + "</p>"));
        }
        return Response.redirect("/__dossier/review");
    }
}
