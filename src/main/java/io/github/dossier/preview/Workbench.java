package io.github.dossier.preview;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.review.Review;
import io.github.dossier.site.outputs.Escape;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The preview server's tools for correcting the corpus where the researcher sees it, never part of the published
 * site: an edit form on every brief page (its fields and body, saved into its file, which makes the brief the
 * researcher's), and the review queue ({@link Review}) with a button on each item whose fix is a corrections line
 * (a merge, for a cluster of names), which adds that line to {@code corrections.yml}. A saved change is built before
 * the browser is sent back to the page, so the page it lands on shows it. This class answers the requests and guards
 * them; the tools themselves are the {@link EditForm} and the {@link ReviewQueue}.
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

    private final String token;
    private final EditForm edits;
    private final ReviewQueue queue;

    Workbench(DossierConfig config, Supplier<Dossier> dossier, Builds builds, Supplier<Long> version) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        this.edits = new EditForm(config, token, builds);
        this.queue = new ReviewQueue(config, dossier, builds, version, token);
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
        return edits.briefFile(slug).isPresent() ? Optional.of(slug) : Optional.empty();
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
                    return edits.show(decode(r.path().substring("/__dossier/edit/".length())), Optional.empty());
                }
                if (r.path().equals("/__dossier/review")) {
                    return queue.show(r.query());
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
                return edits.save(decode(r.path().substring("/__dossier/edit/".length())), form);
            }
            if (r.path().equals("/__dossier/correct")) {
                return queue.correct(form.getOrDefault("line", ""));
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

    // ---- helpers

    /** {@code file} named from the project's folder (the one above the raw folder's), or in full when outside it. */
    static String relative(DossierConfig config, Path file) {
        Path base = config.rawDirectory().toAbsolutePath().getParent();
        Path f = file.toAbsolutePath();
        return base != null && base.getParent() != null && f.startsWith(base.getParent())
                ? base.getParent().relativize(f).toString() : f.toString();
    }

    /** A page of the tools: {@code main} under {@code title}, with links back to the site and the queue. */
    static String page(String title, String main) {
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
