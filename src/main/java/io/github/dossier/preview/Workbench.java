package io.github.dossier.preview;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefField;
import io.github.dossier.brief.BriefFormatException;
import io.github.dossier.brief.Corrections;
import io.github.dossier.internal.AtomicFile;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.internal.Words;
import io.github.dossier.review.Item;
import io.github.dossier.review.Review;
import io.github.dossier.site.Escape;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The preview server's tools for correcting the corpus where the researcher sees it, never part of the published
 * site: an edit form on every brief page (its fields and body, saved into its file, which makes the brief the
 * researcher's), and the review queue ({@link Review}) with a button on each item whose fix is a corrections line
 * (a merge, for a cluster of names), which adds that line to {@code corrections.yml}. A saved change is built before
 * the browser is sent back to the page, so the page it lands on shows it.
 *
 * <p>Writes only two kinds of file, atomically: a brief that is already in the briefs folder, and the corrections
 * file in the data folder; never through a link. A write must come from a page this server made in this session: it
 * carries the session's token, its {@code Origin} (where the browser sends one) is this server, and its {@code Host}
 * is localhost (so that a site that rebinds its name to this machine is refused too).
 */
final class Workbench {

    /** A response of the preview server: status, content type, body and extra headers. */
    record Response(int status, String type, byte[] body, Map<String, String> headers) {
        Response(int status, String type, byte[] body) {
            this(status, type, body, Map.of());
        }

        static Response html(int status, String html) {
            return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), SAFE);
        }

        static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), SAFE);
        }

        static Response redirect(String to) {
            Map<String, String> h = new LinkedHashMap<>(SAFE);
            h.put("Location", to);
            return new Response(303, "text/plain; charset=utf-8", new byte[0], h);
        }
    }

    /**
     * Headers on every page of the tools: not framed by another site, no script at all, and the page's origin sent
     * with its own forms (under "no-referrer" a browser sends {@code Origin: null}, which is refused).
     */
    private static final Map<String, String> SAFE = Map.of("X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
            "Referrer-Policy", "same-origin", "X-Content-Type-Options", "nosniff");

    /** A request as the server read it. */
    record Request(String method, String path, String query, String host, Optional<String> origin,
            Optional<String> fetchSite, String contentType, byte[] body) {
    }

    /** Waits until the watcher has built {@code file} as it is now; returns the rebuild's error, if it failed. */
    @FunctionalInterface
    interface Builds {
        Optional<String> awaitBuilt(Path file) throws InterruptedException;
    }

    /** The largest request body the tools accept. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final DossierConfig config;
    private final Supplier<Dossier> dossier;
    private final Builds builds;
    private final Supplier<Long> version;
    private final String token;
    private final BriefCodec codec = new BriefCodec();
    private volatile Optional<Map.Entry<Long, Review.Report>> review = Optional.empty();

    Workbench(DossierConfig config, Supplier<Dossier> dossier, Builds builds, Supplier<Long> version) {
        this.config = config;
        this.dossier = dossier;
        this.builds = builds;
        this.version = version;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
    }

    /** The session's token, for tests. */
    String token() {
        return token;
    }

    /** What the server adds to a page it serves at {@code path}: the tools' bar, with an edit link on a brief's page. */
    String bar(String path) {
        StringBuilder sb = new StringBuilder("<div class=\"dossier-preview\" role=\"region\" aria-label=\"Preview tools\" "
                + "style=\"position:fixed;right:.75rem;bottom:.75rem;z-index:50;font:14px/1.4 system-ui,sans-serif;"
                + "background:#1d1d1f;color:#fff;padding:.4rem .75rem;border-radius:.5rem;box-shadow:0 1px 4px #0006\">"
                + "Preview: <a style=\"color:#fff\" href=\"/__dossier/review\">review queue</a>");
        briefOfPage(path).ifPresent(slug -> sb.append(" · <a style=\"color:#fff\" href=\"/__dossier/edit/")
                .append(Escape.html(encode(slug))).append("\">edit this brief</a>"));
        return sb.append("</div>").toString();
    }

    /** The slug of the brief whose page is at {@code path} ({@code /briefs/<slug>.html}), if there is such a brief. */
    private Optional<String> briefOfPage(String path) {
        if (!path.startsWith("/briefs/") || !path.endsWith(".html") || path.indexOf('/', "/briefs/".length()) >= 0) {
            return Optional.empty();
        }
        String slug = path.substring("/briefs/".length(), path.length() - ".html".length());
        return briefFile(slug).isPresent() ? Optional.of(slug) : Optional.empty();
    }

    /**
     * The file of the brief {@code slug}, when it is a plain name of a regular file in the briefs folder itself (not a
     * link, not a path, not hidden).
     */
    private Optional<Path> briefFile(String slug) {
        if (slug.isEmpty() || slug.startsWith(".") || slug.contains("/") || slug.contains("\\") || slug.indexOf('\0') >= 0
                || slug.length() > 250) {
            return Optional.empty();
        }
        try {
            Path dir = config.briefsDirectory().toRealPath();
            Path file = dir.resolve(slug + ".md");
            // Checked where it really is; named as the project names it (as the preview's watcher knows it).
            return file.getParent().equals(dir) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(config.briefsDirectory().resolve(slug + ".md")) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Answers a request for {@code /__dossier/…} (but the version the pages poll). */
    Response handle(Request r) {
        if (!localHost(r.host())) {
            return Response.text(403, "Refused: the preview's tools answer on localhost only.\n");
        }
        if (r.fetchSite().filter(site -> site.equals("cross-site")).isPresent()) {
            // Not even a page of the tools for another site (an <img> to the review queue would run it).
            return Response.text(403, "Refused: a request from another site.\n");
        }
        try {
            if (r.method().equals("GET") || r.method().equals("HEAD")) {
                if (r.path().startsWith("/__dossier/edit/")) {
                    return editForm(decode(r.path().substring("/__dossier/edit/".length())), Optional.empty());
                }
                if (r.path().equals("/__dossier/review")) {
                    return reviewPage(r.query());
                }
                return Response.text(404, "No such tool.\n");
            }
            if (!r.method().equals("POST")) {
                return Response.text(405, "Only GET and POST.\n");
            }
            Optional<String> refused = refused(r);
            if (refused.isPresent()) {
                return Response.text(403, "Refused: " + refused.get() + "\n");
            }
            Map<String, String> form = form(r.body());
            if (!token.equals(form.get("token"))) {
                return Response.text(403, "Refused: this form did not come from this preview session (reload the "
                        + "page and try again).\n");
            }
            if (r.path().startsWith("/__dossier/edit/")) {
                return save(decode(r.path().substring("/__dossier/edit/".length())), form);
            }
            if (r.path().equals("/__dossier/correct")) {
                return correct(form.getOrDefault("line", ""));
            }
            return Response.text(404, "No such tool.\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.text(503, "Interrupted.\n");
        } catch (IOException | DossierException | RuntimeException e) {
            return Response.html(500, page("Error", "<p>" + Escape.html(String.valueOf(e.getMessage())) + "</p>"));
        }
    }

    /** Why a write is refused: it comes from another site, or is not a form. Empty when it may go on. */
    private Optional<String> refused(Request r) {
        String self = "http://" + r.host();
        if (r.origin().isPresent() && !r.origin().get().equals(self)) {
            return Optional.of("a write from another site (" + r.origin().get() + ")");
        }
        if (!r.contentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Optional.of("not a form");
        }
        if (r.body().length > MAX_BODY) {
            return Optional.of("too large");
        }
        return Optional.empty();
    }

    private static boolean localHost(String host) {
        String h = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    // ---- the edit form

    /** The lists the form shows after the single values, one name a line, each under its key. */
    private static final List<BriefField<List<String>>> LISTS = List.of(BriefField.TAGS, BriefField.THEMES,
            BriefField.COUNTRIES, BriefField.PEOPLE, BriefField.ORGANISATIONS, BriefField.SUMMARY);

    private Response editForm(String slug, Optional<String> problem) throws IOException {
        Optional<Path> file = briefFile(slug);
        if (file.isEmpty()) {
            return Response.html(404, page("No such brief", "<p>There is no brief " + Escape.html(slug) + ".</p>"));
        }
        String text = Files.readString(file.get(), StandardCharsets.UTF_8);
        Brief b = codec.read(file.get(), text);
        StringBuilder f = new StringBuilder();
        problem.ifPresent(p -> f.append("<p class=\"problem\" role=\"alert\">").append(Escape.html(p)).append("</p>"));
        f.append("<p>Saving writes <code>").append(Escape.html(relative(file.get()))).append("</code> and makes it yours ")
                .append("(<code>curated: true</code>): no build rewrites it. Lists take one name a line.</p>");
        corrected(b).ifPresent(note -> f.append("<p>").append(note).append("</p>"));
        f.append("<form method=\"post\" action=\"/__dossier/edit/").append(Escape.html(encode(slug)))
                .append("\"><input type=\"hidden\" name=\"token\" value=\"").append(token)
                .append("\"><input type=\"hidden\" name=\"base\" value=\"").append(Fingerprint.of(text)).append("\">");
        field(f, "title", "Title", b.title(), false);
        field(f, "authors", "Authors", String.join("\n", b.authors()), true);
        field(f, "publication", "Publication", b.publication().orElse(""), false);
        field(f, "published", "Published (YYYY-MM-DD)", b.published().map(Object::toString).orElse(""), false);
        field(f, "section", "Section", b.section().orElse(""), false);
        field(f, "url", "Original address", b.url().orElse(""), false);
        field(f, "accessed", "Accessed (YYYY-MM-DD)", b.accessed().map(Object::toString).orElse(""), false);
        field(f, "language", "Language (ISO 639-1)", b.language().orElse(""), false);
        for (BriefField<List<String>> list : LISTS) {
            String key = list.key();
            field(f, key, key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1),
                    String.join("\n", list.of(b)), true);
        }
        f.append("<label for=\"body\">Body (Markdown)</label><textarea id=\"body\" name=\"body\" rows=\"24\">")
                .append(Escape.html(b.body())).append("</textarea>");
        f.append("<p><button type=\"submit\">Save</button> <a href=\"/briefs/").append(Escape.html(encode(slug)))
                .append(".html\">Cancel</a></p></form>");
        return Response.html(problem.isPresent() ? 400 : 200, page("Edit: " + b.title(), f.toString()));
    }

    /** What the corrections change of {@code b} on the site, said beside its form, or empty. */
    private Optional<String> corrected(Brief b) {
        try {
            Corrections corrections = Corrections.read(config.dataDirectory());
            Brief c = corrections.use().apply(b);
            if (c == b) {
                return Optional.empty();
            }
            List<String> changed = new ArrayList<>();
            for (Corrections.Kind k : Corrections.Kind.values()) {
                if (!k.namesOf(b).equals(k.namesOf(c))) {
                    changed.add(k.key() + " (" + String.join(", ", k.namesOf(c)) + ")");
                }
            }
            return Optional.of("On the site, <code>corrections.yml</code> corrects this brief's "
                    + Escape.html(changed.isEmpty() ? "fields" : String.join("; ", changed))
                    + "; the form shows the brief as its file holds it.");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void field(StringBuilder f, String name, String label, String value, boolean area) {
        f.append("<label for=\"").append(name).append("\">").append(Escape.html(label)).append("</label>");
        if (area) {
            int rows = Math.max(2, Math.min(10, value.split("\n", -1).length + 1));
            f.append("<textarea id=\"").append(name).append("\" name=\"").append(name).append("\" rows=\"").append(rows)
                    .append("\">").append(Escape.html(value)).append("</textarea>");
        } else {
            f.append("<input id=\"").append(name).append("\" name=\"").append(name).append("\" value=\"")
                    .append(Escape.html(value)).append("\">");
        }
    }

    /** Saves the form into the brief's file (the brief becomes the researcher's) and waits for the rebuild. */
    private Response save(String slug, Map<String, String> form) throws IOException, InterruptedException {
        Optional<Path> file = briefFile(slug);
        if (file.isEmpty()) {
            return Response.text(404, "No such brief.\n");
        }
        byte[] current = Files.readAllBytes(file.get());
        if (!Fingerprint.of(current).equals(form.get("base"))) {
            return Response.html(409, page("Changed meanwhile", "<p>The brief changed on disk since this form was "
                    + "opened (in an editor, or by a rebuild); nothing was saved. <a href=\"/__dossier/edit/"
                    + Escape.html(encode(slug)) + "\">Open it again</a>.</p>"));
        }
        Brief b = codec.read(file.get(), new String(current, StandardCharsets.UTF_8));
        Brief edited;
        try {
            edited = edited(b, form);
        } catch (IllegalArgumentException e) {
            return editForm(slug, Optional.of(e.getMessage()));
        }
        String text = codec.write(edited);
        try {
            codec.read(file.get(), text); // what is written reads back
        } catch (BriefFormatException e) {
            return editForm(slug, Optional.of("This cannot be saved: " + e.getMessage()));
        }
        AtomicFile.write(file.get(), text);
        Optional<String> failed = builds.awaitBuilt(file.get());
        if (failed.isPresent()) {
            return Response.html(500, page("Saved; the rebuild failed", "<p>The brief was saved, but the site could "
                    + "not be rebuilt: " + Escape.html(failed.get()) + "</p>"));
        }
        return Response.redirect("/briefs/" + encode(slug) + ".html");
    }

    /** {@code b} with the form's fields, marked curated. */
    private static Brief edited(Brief b, Map<String, String> form) {
        String title = form.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A brief needs a title.");
        }
        String body = form.getOrDefault("body", "").replace("\r\n", "\n").replace('\r', '\n');
        Optional<String> url = text(form, "url");
        if (url.isPresent() && !BriefCodec.isWebAddress(url.get())) {
            throw new IllegalArgumentException("The original address must be a web address (http:// or https://).");
        }
        List<String> countries = list(form, "countries");
        Map<String, Integer> mentions = new LinkedHashMap<>();
        countries.forEach(c -> {
            Integer n = b.countryMentions().get(c);
            if (n != null) {
                mentions.put(c, n);
            }
        });
        Brief.Builder out = b.toBuilder().title(title).authors(list(form, "authors"))
                .publication(text(form, "publication")).published(date(form, "published")).section(text(form, "section"))
                .url(url).accessed(date(form, "accessed")).language(text(form, "language")).curated(true);
        LISTS.forEach(list -> out.set(list, list(form, list.key())));
        out.countryMentions(mentions);
        if (!body.strip().equals(b.body().strip())) {
            out.body(body).words(Words.count(body));
        }
        return out.build();
    }

    private static Optional<String> text(Map<String, String> form, String key) {
        String v = form.getOrDefault(key, "").strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static List<String> list(Map<String, String> form, String key) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : form.getOrDefault(key, "").split("\r?\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return List.copyOf(out);
    }

    private static Optional<LocalDate> date(Map<String, String> form, String key) {
        Optional<String> v = text(form, key);
        try {
            return v.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + key + "' must be a date as YYYY-MM-DD, not '" + v.get() + "'.");
        }
    }

    // ---- the review queue

    private Response reviewPage(String query) throws DossierException {
        long v = version.get();
        Review.Report report = review.filter(e -> e.getKey() == v).map(Map.Entry::getValue).orElse(null);
        if (report == null) {
            report = dossier.get().review();
            review = Optional.of(Map.entry(v, report));
        }
        int limit = query != null && query.contains("all=1") ? Integer.MAX_VALUE : 300;
        StringBuilder f = new StringBuilder("<p>").append(report.items().size()).append(" items in ")
                .append(report.briefs()).append(" briefs, most doubtful first. A button adds its line to <code>")
                .append(Escape.html(relative(config.dataDirectory().resolve(Corrections.FILE))))
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
    private Response correct(String line) throws IOException, InterruptedException {
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

    // ---- helpers

    private String relative(Path file) {
        Path base = config.rawDirectory().toAbsolutePath().getParent();
        Path f = file.toAbsolutePath();
        return base != null && base.getParent() != null && f.startsWith(base.getParent())
                ? base.getParent().relativize(f).toString() : f.toString();
    }

    private static String page(String title, String main) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + Escape.html(title) + " · Dossier preview"
                + "</title><link rel=\"stylesheet\" href=\"/assets/style.css\"><style>"
                + "main{max-width:60rem}label{display:block;font:600 .9rem system-ui,sans-serif;margin-top:1rem}"
                + "input,textarea{width:100%;font:1rem/1.4 ui-monospace,monospace;padding:.4rem;border:1px solid #8888;"
                + "border-radius:.3rem;background:transparent;color:inherit}button{font:1rem system-ui,sans-serif;"
                + "padding:.35rem .9rem;margin:.25rem 0}.problem{border-left:4px solid #b00020;padding-left:.75rem}"
                + ".review li{margin:.9rem 0}.doubt{font:600 .85rem system-ui,sans-serif}.fix{margin:.3rem 0 0 1rem}"
                + ".fix code{white-space:pre-wrap;word-break:break-word}.fix form{display:inline}"
                + "</style></head><body><main><p><a href=\"/\">← the site</a> · <a href=\"/__dossier/review\">review "
                + "queue</a></p><h1>" + Escape.html(title) + "</h1>" + main + "</main></body></html>";
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A slug as a path segment: everything but unreserved characters percent-encoded. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
