package io.github.dossier.testing;

import io.github.dossier.DossierConfig;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefField;
import io.github.dossier.extract.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every kind of edit a researcher makes to a project, generated from what the project is made of: each brief field
 * ({@link BriefField#ALL}), each data file Dossier ships (and a comment in it), the per-build files, each file of the
 * theme, each setting of {@link DossierConfig}, and each kind of raw-file change. The edit matrix applies them one at a
 * time; the edit-sequence property test applies them at random, one after another.
 */
public final class Edits {

    /**
     * One edit.
     *
     * @param name    what it is, for a test's name
     * @param files   what it does to the project's files (may be nothing)
     * @param config  what it does to the settings
     * @param meaning whether it changes what the project says (a comment does not: the site must stay as it was, and
     *                no article be read again)
     */
    public record Edit(String name, FileEdit files, UnaryOperator<DossierConfig> config, boolean meaning) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** An edit of a project's files. */
    @FunctionalInterface
    public interface FileEdit {
        void apply(Path project, Random random) throws IOException;
    }

    /** The theme: the repository's templates, which the jar ships as its default theme. */
    public static final Path THEME = SampleProject.REPOSITORY.resolve("templates");

    /**
     * An entry added to each data file Dossier ships (by name), one that reads pages differently. A data file Dossier
     * ships without an entry here fails the edit matrix: every input is edited.
     */
    public static final Map<String, String> DATA_ENTRIES = Map.ofEntries(
            Map.entry("bio-roles.txt", "correspondent emeritus\n"),
            Map.entry("boilerplate.yml", "remove:\n  advertisement:\n    - 'the biden administration began its term.*'\n"),
            Map.entry("countries.tsv", "XK\tKosovo\tRepublic of Kosovo\tKosovar|Kosovars\tPristina|Anchorage\n"),
            Map.entry("given-names.txt", "zbigniewa\n"),
            Map.entry("lexicon.yml", "words:\n  honorifics: [excellency, minister]\n"),
            Map.entry("organisations.yml", "- name: Anchorage talks\n  aliases: [Anchorage]\n"),
            Map.entry("people.yml", "- name: Sergei Lavrov\n  aliases: [Lavrov, Sergey Lavrov]\n"),
            Map.entry("publications.yml", "- name: PressReader\n  aliases: [pressreader.com]\n"),
            Map.entry("themes.yml", "- name: The Arctic\n  description: The far north.\n  cues: {arctic: 2, alaska: 2,"
                    + " anchorage: 2, climate: 2}\n"),
            Map.entry("titles.txt", "Grand Vizier\n"));

    /** Lexicon lists the site reads, each edited on its own: the settings of every page. */
    public static final Map<String, String> SITE_LEXICON = Map.of(
            "inflection-endings", "words:\n  inflection-endings: [xyzzy, ations]\n",
            "opinion-labels", "words:\n  opinion-labels: [relations]\n",
            "name-particles", "words:\n  name-particles: [ter]\n",
            "stopwords-en", "relations\nchina\n",
            "stopwords-de", "russland\nthe\n");

    /** Settings that say where, not what: another folder is another project. */
    public static final List<String> WHERE_SETTINGS = List.of("rawDirectory", "briefsDirectory", "authorsDirectory",
            "templatesDirectory", "dataDirectory", "outputDirectory", "cacheDirectory", "projectDirectory");

    /** Each other setting of {@link DossierConfig}, changed. */
    public static final Map<String, UnaryOperator<DossierConfig>> SETTINGS = Map.of(
            "title", c -> c.toBuilder().title(c.title() + " (edited)").build(),
            "description", c -> c.toBuilder().description(c.description() + " Edited.").build(),
            "baseUrl", c -> c.toBuilder().baseUrl("https://example.net/elsewhere/").build(),
            "failOnWarning", c -> c.toBuilder().failOnWarning(!c.failOnWarning()).build(),
            "allowFewerBriefs", c -> c.toBuilder().allowFewerBriefs(!c.allowFewerBriefs()).build());

    private Edits() {
    }

    /** Every edit of the matrix, in a stable order. */
    public static List<Edit> all() throws IOException {
        List<Edit> out = new ArrayList<>();
        out.addAll(briefFields());
        out.addAll(dataFiles());
        out.addAll(templates());
        out.addAll(settings());
        out.addAll(rawFiles());
        out.addAll(briefFiles());
        return out;
    }

    /**
     * Each front-matter field of one brief, changed by hand; and a list's items joined into one ("[a, b]" becomes
     * ["a, b"]), which reads the same as text and must not key the same.
     */
    public static List<Edit> briefFields() {
        List<Edit> out = new ArrayList<>();
        for (BriefField<?> field : BriefField.ALL) {
            out.add(files("brief field " + field.key(), (p, r) -> editBrief(pick(briefs(p), r), field)));
        }
        out.add(files("brief themes joined into one", (p, r) -> {
            Path file = pick(briefs(p), r);
            BriefCodec codec = new BriefCodec();
            try {
                Brief b = codec.read(file, Files.readString(file));
                Files.writeString(file, codec.write(b.toBuilder().themes(b.themes().isEmpty() ? List.of()
                        : List.of(String.join(", ", b.themes()))).build()));
            } catch (io.github.dossier.brief.BriefFormatException e) {
                throw new IOException(e);
            }
        }));
        return out;
    }

    /** Each data file, a real entry added and a comment added; and the per-build files and author files. */
    public static List<Edit> dataFiles() throws IOException {
        List<Edit> out = new ArrayList<>();
        for (String file : shippedDataFiles()) {
            if (!io.github.dossier.knowledge.Knowledge.declares(file)) {
                continue; // shipped only: a project's file of that name is not read (the edit below)
            }
            // Each language's country file: a name of Germany in it.
            String entry = file.matches("countries-[a-z]{2,3}\\.tsv") ? "DE\t\tTeutonia{,s}\n" : DATA_ENTRIES.get(file);
            if (entry == null) {
                throw new AssertionError("no edit for the data file " + file + ": add one to Edits.DATA_ENTRIES");
            }
            out.add(files("data file " + file, (p, r) -> toggle(p.resolve("content").resolve(file), entry)));
            out.add(comment("comment in data file " + file, file));
        }
        // A language's country file that Dossier ships none of: a project may write one for any language.
        out.add(files("data file countries-fi.tsv, a project's own language file",
                (p, r) -> toggle(p.resolve("content/countries-fi.tsv"), "FI\t\tSuomi{,en}\n")));
        new java.util.TreeMap<>(SITE_LEXICON).forEach((list, text) -> out.add(files("lexicon list " + list,
                (p, r) -> toggle(p.resolve("content").resolve(list.startsWith("stopwords") ? list + ".txt" : "lexicon.yml"),
                        text))));
        // A file no stage reads (notes, a shipped-only file's name): no input, nothing read again.
        out.add(new Edit("a file no stage reads", (p, r) -> append(p.resolve("content/notes.txt"), "Read again.\n"),
                c -> c, false));
        out.add(new Edit("a shipped-only data file's name", (p, r) -> append(p.resolve("content/given-name-forms.txt"),
                "danil daniil\n"), c -> c, false));
        out.add(files("sources.yml entry", (p, r) -> {
            Path sources = p.resolve("content/sources.yml");
            String text = Files.readString(sources);
            int at = text.indexOf("\n", text.indexOf("  url: "));
            Files.writeString(sources, text.substring(0, at) + "?edited=1" + text.substring(at));
        }));
        out.add(comment("comment in sources.yml", "sources.yml"));
        out.add(files("corrections.yml", (p, r) -> toggle(p.resolve("content/corrections.yml"),
                "people: {rename: {Joe Biden: Joseph R. Biden}}\n")));
        out.add(comment("comment in corrections.yml", "corrections.yml"));
        out.add(files("author file", (p, r) -> {
            Path author = pick(list(p.resolve("content/authors"), ".yml"), r);
            Files.writeString(author, Files.readString(author).replace("\nbio: ", "\nbio: Edited. "));
        }));
        out.add(new Edit("comment in an author file", (p, r) -> append(pick(list(p.resolve("content/authors"), ".yml"), r),
                "# a comment\n"), c -> c, false));
        return out;
    }

    /** Each file of the theme, changed in the project's templates folder. */
    public static List<Edit> templates() throws IOException {
        List<Edit> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = THEME.relativize(f).toString().replace('\\', '/');
                out.add(files("template " + name, (p, r) -> editTemplate(p, name)));
            }
        }
        return out;
    }

    /** Each setting but where the folders are. */
    public static List<Edit> settings() {
        List<Edit> out = new ArrayList<>();
        new java.util.TreeMap<>(SETTINGS).forEach((name, change) -> out.add(new Edit("setting " + name, (p, r) -> { },
                change, true)));
        return out;
    }

    /** Each kind of change to the raw files. */
    public static List<Edit> rawFiles() {
        return List.of(
                files("raw file edited", (p, r) -> changeAWord(pick(raws(p), r), r)),
                files("raw file added", (p, r) -> {
                    Path from = pick(raws(p), r);
                    String text = Files.readString(from);
                    Files.writeString(from.resolveSibling("added-" + r.nextInt(1_000_000) + ".txt"),
                            "A second look: " + text.replace(" the ", " a "));
                }),
                files("raw file deleted", (p, r) -> {
                    List<Path> raws = raws(p);
                    if (raws.size() > 2) {
                        Files.delete(pick(raws, r));
                    }
                }),
                files("raw file renamed", (p, r) -> {
                    Path from = pick(raws(p), r);
                    Files.move(from, from.resolveSibling("renamed-" + r.nextInt(1_000_000) + "-" + from.getFileName()));
                }),
                files("web archive added", (p, r) -> {
                    // A page of one of the raw files, as a crawler archives it with a stylesheet and a 404.
                    String text = Files.readString(pick(raws(p), r));
                    StringBuilder html = new StringBuilder("<html><head><title>Archived: ")
                            .append(org.jsoup.nodes.Entities.escape(text.lines().findFirst().orElse("")))
                            .append("</title></head><body><article>");
                    text.lines().skip(1).filter(l -> !l.isBlank())
                            .forEach(l -> html.append("<p>").append(org.jsoup.nodes.Entities.escape(l)).append("</p>"));
                    java.time.Instant day = java.time.Instant.parse("2026-11-30T10:00:00Z");
                    try (Warcs warc = Warcs.append(p.resolve("content/raw/crawl.warc.gz"), true)) {
                        warc.page("https://archive.example/" + r.nextInt(1_000_000), day, html + "</article></body></html>")
                                .capture("https://archive.example/site.css", day, 200, "text/css", new byte[] {'p', '{', '}'})
                                .capture("https://archive.example/gone", day, 404, "text/html", new byte[0]);
                    }
                }),
                files("PDF added", (p, r) -> Files.copy(SampleProject.REPOSITORY.resolve(
                        "src/test/resources/io/github/dossier/raw/pdf/news-print.pdf"),
                        p.resolve("content/raw/print-" + r.nextInt(1_000_000) + ".pdf"))),
                files("Zotero export added", (p, r) -> {
                    Path from = SampleProject.REPOSITORY.resolve("src/test/resources/io/github/dossier/raw/zotero/Dossier sources");
                    Trees.copy(from, p.resolve("content/raw/zotero-" + r.nextInt(1_000_000)));
                }),
                new Edit("raw file touched", (p, r) -> {
                    Path raw = pick(raws(p), r);
                    Files.setLastModifiedTime(raw, java.nio.file.attribute.FileTime.fromMillis(
                            System.currentTimeMillis() - 60_000 - r.nextInt(1_000_000)));
                }, c -> c, false));
    }

    /** A brief deleted by hand, a brief written by hand, a brief's body edited. */
    public static List<Edit> briefFiles() {
        return List.of(
                files("brief deleted", (p, r) -> {
                    List<Path> briefs = briefs(p);
                    if (briefs.size() > 2) {
                        Files.delete(pick(briefs, r));
                    }
                }),
                files("brief written by hand", (p, r) -> {
                    Path from = pick(briefs(p), r);
                    Files.writeString(from.resolveSibling("hand-written-" + r.nextInt(1_000_000) + ".md"),
                            Files.readString(from).replaceFirst("\ntitle: ", "\ntitle: By hand — ")
                                    .replaceFirst("\nsource: .*", "\nsource: ''"));
                }),
                files("brief body edited", (p, r) -> {
                    Path brief = pick(briefs(p), r);
                    String text = Files.readString(brief);
                    Files.writeString(brief, text + "\nA paragraph the researcher added.\n");
                }));
    }

    private static Edit files(String name, FileEdit edit) {
        return new Edit(name, edit, c -> c, true);
    }

    /** A comment appended to the project's data file {@code file} (made, holding only the comment, if it has none). */
    private static Edit comment(String name, String file) {
        return new Edit(name, (p, r) -> append(p.resolve("content").resolve(file), "# a comment, nothing more\n"),
                c -> c, false);
    }

    /** The data files Dossier ships, but stopwords (one kind, edited through {@link #SITE_LEXICON}). */
    public static List<String> shippedDataFiles() throws IOException {
        Path dir = SampleProject.REPOSITORY.resolve("src/main/resources/io/github/dossier/knowledge");
        return list(dir, "").stream().map(f -> f.getFileName().toString())
                .filter(n -> !n.startsWith("stopwords-")).sorted().toList();
    }

    /**
     * Adds {@code entry} to the data file, or takes it out when the file has it: applied again and again (as the
     * edit-sequence test does), an edit adds and removes, and never makes a file Dossier refuses. An entry of the
     * lexicon ({@code words:} and one list) goes under the file's one {@code words:} key.
     */
    private static void toggle(Path file, String entry) throws IOException {
        String was = Files.isRegularFile(file) ? Files.readString(file) : "";
        String header = "words:\n";
        if (entry.startsWith(header)) {
            String line = entry.substring(header.length());
            if (was.contains(line)) {
                Files.writeString(file, was.replace(line, ""));
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, was.contains(header) ? was.replace(header, header + line)
                        : was + (was.isEmpty() || was.endsWith("\n") ? "" : "\n") + entry);
            }
        } else if (was.contains(entry)) {
            Files.writeString(file, was.replace(entry, ""));
        } else {
            append(file, entry);
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        String was = Files.isRegularFile(file) ? Files.readString(file) : "";
        Files.writeString(file, was + (was.isEmpty() || was.endsWith("\n") ? "" : "\n") + text);
    }

    private static void editTemplate(Path project, String name) throws IOException {
        Path own = project.resolve("templates").resolve(name);
        String text = Files.isRegularFile(own) ? Files.readString(own) : Files.readString(THEME.resolve(name));
        String edited;
        if (name.endsWith(".ftlh")) {
            int at = text.lastIndexOf("</");
            edited = text.substring(0, at) + "<!-- edited -->" + text.substring(at);
        } else {
            edited = text + "\n/* edited */\n";
        }
        Files.createDirectories(own.getParent());
        Files.writeString(own, edited);
    }

    /** One field of the brief in {@code file} changed, as a researcher changes it, through the brief format. */
    @SuppressWarnings("unchecked")
    private static void editBrief(Path file, BriefField<?> field) throws IOException {
        BriefCodec codec = new BriefCodec();
        Brief brief;
        try {
            brief = codec.read(file, Files.readString(file));
        } catch (io.github.dossier.brief.BriefFormatException e) {
            throw new IOException(e);
        }
        Files.writeString(file, codec.write(changed(brief, field)));
    }

    /** {@code brief} with {@code field} changed as a researcher changes it: a value of the field's kind, valid. */
    @SuppressWarnings("unchecked")
    public static Brief changed(Brief brief, BriefField<?> field) {
        Object value = field.of(brief);
        Object changed = switch (field.kind()) {
            case TEXT -> value + " (edited)";
            case OPTIONAL_TEXT -> field == BriefField.LANGUAGE
                    ? Optional.of(((Optional<String>) value).filter(l -> l.equals("de")).map(l -> "fr").orElse("de"))
                    : Optional.of(((Optional<String>) value).orElse("Edited") + " (edited)");
            case OPTIONAL_URL -> Optional.of("https://example.org/edited/" + brief.slug());
            case OPTIONAL_DATE -> Optional.of(((Optional<LocalDate>) value).map(d -> d.minusDays(3))
                    .orElse(LocalDate.of(2020, 1, 2)));
            case LIST -> {
                List<String> l = new ArrayList<>((List<String>) value);
                l.add(field == BriefField.COUNTRIES ? "Japan" : "Edited Name");
                yield l;
            }
            case LINES -> {
                List<String> l = new ArrayList<>((List<String>) value);
                l.add("A sentence the researcher added.");
                yield l;
            }
            case COUNTS -> {
                Map<String, Integer> m = new LinkedHashMap<>((Map<String, Integer>) value);
                m.merge("Japan", 2, Integer::sum);
                yield m;
            }
            case QUOTES -> {
                List<Quote> l = new ArrayList<>((List<Quote>) value);
                l.add(new Quote("A quote the researcher added.", Optional.of("Edited Name")));
                yield l;
            }
            case NUMBER -> (Integer) value + 100;
            case FLAG -> !(Boolean) value;
        };
        Brief.Builder b = brief.toBuilder();
        field.setFrom(b, changed);
        return b.build();
    }

    private static void changeAWord(Path raw, Random r) throws IOException {
        String text = Files.readString(raw);
        int at = text.indexOf(" the ", r.nextInt(Math.max(1, text.length() - 10)));
        at = at < 0 ? text.indexOf(" the ") : at;
        Files.writeString(raw, at < 0 ? text + "\nOne more line.\n"
                : text.substring(0, at) + " this " + text.substring(at + 5));
    }

    /** The project's raw files that are text (scrapes, pages): what a raw-file edit edits. */
    public static List<Path> raws(Path project) throws IOException {
        return list(project.resolve("content/raw"), "").stream()
                .filter(f -> io.github.dossier.raw.RawDocument.Format.forFileName(f.getFileName().toString()) != null)
                .toList();
    }

    public static List<Path> briefs(Path project) throws IOException {
        return list(project.resolve("content/briefs"), ".md");
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static Path pick(List<Path> files, Random r) {
        if (files.isEmpty()) {
            throw new UncheckedIOException(new IOException("nothing to edit"));
        }
        return files.get(r.nextInt(files.size()));
    }
}
