package io.github.dossier.preview;

import static io.github.dossier.preview.Workbench.encode;
import static io.github.dossier.preview.Workbench.page;
import static io.github.dossier.preview.Workbench.relative;

import io.github.dossier.DossierConfig;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefField;
import io.github.dossier.brief.BriefFormatException;
import io.github.dossier.brief.Corrections;
import io.github.dossier.internal.AtomicFile;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.internal.Words;
import io.github.dossier.preview.Workbench.Builds;
import io.github.dossier.preview.Workbench.Response;
import io.github.dossier.site.outputs.Escape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The workbench's edit form for a brief: its fields and body as its file holds them (with a note of what
 * {@code corrections.yml} changes of it on the site), saved into that file, which makes the brief the researcher's
 * ({@code curated: true}). A save is refused when the file changed since the form was opened, or when what would be
 * written does not read back; a saved brief is built before the browser is sent back to its page.
 */
final class EditForm {

    private final DossierConfig config;
    private final String token;
    private final Builds builds;
    private final BriefCodec codec = new BriefCodec();

    EditForm(DossierConfig config, String token, Builds builds) {
        this.config = config;
        this.token = token;
        this.builds = builds;
    }

    /**
     * The file of the brief {@code slug}, when it is a plain name of a regular file in the briefs folder itself (not a
     * link, not a path, not hidden).
     */
    Optional<Path> briefFile(String slug) {
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

    /** The lists the form shows after the single values, one name a line, each under its key. */
    private static final List<BriefField<List<String>>> LISTS = List.of(BriefField.TAGS, BriefField.THEMES,
            BriefField.COUNTRIES, BriefField.PEOPLE, BriefField.ORGANISATIONS, BriefField.SUMMARY);

    /** The form for the brief {@code slug}, with {@code problem} above it when a save was refused. */
    Response show(String slug, Optional<String> problem) throws IOException {
        Optional<Path> file = briefFile(slug);
        if (file.isEmpty()) {
            return Response.html(404, page("No such brief", "<p>There is no brief " + Escape.html(slug) + ".</p>"));
        }
        String text = Files.readString(file.get(), StandardCharsets.UTF_8);
        Brief b = codec.read(file.get(), text);
        StringBuilder f = new StringBuilder();
        problem.ifPresent(p -> f.append("<p class=\"problem\" role=\"alert\">").append(Escape.html(p)).append("</p>"));
        f.append("<p>Saving writes <code>").append(Escape.html(relative(config, file.get()))).append("</code> and makes it yours ")
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
    Response save(String slug, Map<String, String> form) throws IOException, InterruptedException {
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
            return show(slug, Optional.of(e.getMessage()));
        }
        String text = codec.write(edited);
        try {
            codec.read(file.get(), text); // what is written reads back
        } catch (BriefFormatException e) {
            return show(slug, Optional.of("This cannot be saved: " + e.getMessage()));
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
}
