package io.github.dossier.eval;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.testing.Trees;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonValue;

/**
 * Whether a reference manager reads each brief's citation files as the brief says: citation-js (core, its BibTeX and
 * its RIS plugins, pinned) reads a built project's {@code site/briefs/<slug>.bib}, {@code .ris} and {@code .csl.json},
 * and each is held against the brief's front matter ({@link CitationAgreement}). A brief is read right when all three
 * files agree with it in everything. Node.js and npm run it: the packages are installed once into
 * {@code target/eval-node/citation-js}.
 *
 * <pre>
 * java -cp … io.github.dossier.eval.CitationCheck PROJECT [OUT]   # one built project: its site/ and content/
 *   → citations read right by citation-js: 470 of 475 (98.9%; fold A 98.7%, fold B 99.1%), each fault in
 *     OUT/citations-PROJECT.tsv (OUT is target/eval unless given)
 * </pre>
 *
 * {@code mvn -Peval} builds a project of each dev set's HTML pages and checks it, and checks the sample's committed site.
 */
public final class CitationCheck {

    /** citation-js: the 0.8 line is the one its RIS plugin is released for. */
    static final List<String> PACKAGES = List.of("@citation-js/core@0.8.2", "@citation-js/plugin-bibtex@0.8.2",
            "@citation-js/plugin-ris@0.8.2");
    /** Where the packages are installed: a prefix of their own, which the other peers' installs leave alone. */
    private static final Path NODE = Path.of("target/eval-node/citation-js");

    /** A project's figures: briefs read right, of briefs, overall and in each fold. */
    record Tally(int right, int briefs, int rightA, int briefsA, int rightB, int briefsB) {

        String line() {
            return String.format("citations read right by citation-js: %d of %d (%.1f%%; fold A %.1f%%, fold B %.1f%%)",
                    right, briefs, percent(right, briefs), percent(rightA, briefsA), percent(rightB, briefsB));
        }

        private static double percent(int n, int of) {
            return of == 0 ? Double.NaN : 100.0 * n / of;
        }
    }

    private CitationCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "target/eval");
        if (!install()) {
            System.exit(2);
        }
        Tally tally = check(project, out, project.toAbsolutePath().normalize().getFileName().toString(), true);
        System.out.println(tally.line());
    }

    /**
     * Builds a project of each dev set's HTML pages under {@code out/citations/<set>} (without a cache), checks its
     * citations, and checks the sample project's committed site; a line of figures for each.
     */
    static void devSets(Path corpora, Path out) throws IOException {
        if (!install()) {
            return;
        }
        System.out.println("Citations, as citation-js reads each brief's BibTeX, RIS and CSL-JSON (all three as the brief says)");
        System.out.println();
        for (String set : List.of("traf-dev", "zyte-dev")) {
            Path html = corpora.resolve(set).resolve("html");
            if (!Files.isDirectory(html)) {
                continue;
            }
            Path project = out.resolve("citations").resolve(set);
            Trees.delete(project);
            Path raw = Files.createDirectories(project.resolve("content/raw"));
            try (Stream<Path> files = Files.list(html)) {
                for (Path f : files.toList()) {
                    Files.copy(f, raw.resolve(f.getFileName()));
                }
            }
            try {
                new Dossier(DossierConfig.builder(project).cacheDirectory(null).build(), line -> { }).build();
            } catch (io.github.dossier.DossierException e) {
                System.out.println(set + ": (not built: " + e.getMessage() + ")");
                continue;
            }
            System.out.println(set + ": " + check(project, out, set, false).line());
        }
        Path sample = Path.of(System.getProperty("dossier.project", "."));
        if (Files.isDirectory(sample.resolve("site/briefs"))) {
            System.out.println("sample (committed site): " + check(sample, out, "sample", false).line());
        }
        System.out.println();
    }

    /**
     * Checks the built {@code project}: every brief of its {@code content/briefs} against what citation-js reads of
     * its citation files; each fault into {@code out/citations-<name>.tsv}, and printed when {@code print}.
     */
    static Tally check(Path project, Path out, String name, boolean print) throws IOException {
        Files.createDirectories(out);
        Path read = out.resolve("citations-" + name + ".json");
        if (!node(project.resolve("site/briefs"), read)) {
            throw new IOException("citation-js could not read " + project.resolve("site/briefs"));
        }
        JsonObject citations;
        try (var reader = Json.createReader(new StringReader(Files.readString(read, StandardCharsets.UTF_8)))) {
            citations = reader.readObject();
        }
        AuthorRegistry register;
        try {
            register = AuthorRegistry.read(project.resolve("content/authors"));
        } catch (io.github.dossier.brief.BriefFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        Predicate<String> organisation = a -> register.find(a).map(AuthorRegistry.Author::organisation).orElse(false);
        CitationAgreement agreement = new CitationAgreement(Lexicon.shipped().lowerCase(Lexicon.NAME_PARTICLES));
        BriefCodec codec = new BriefCodec();
        int[] right = new int[3];
        int[] briefs = new int[3];
        StringBuilder tsv = new StringBuilder("slug\tfold\tfault\n");
        for (Map.Entry<String, Brief> e : briefs(project.resolve("content/briefs"), codec).entrySet()) {
            Brief b = e.getValue();
            List<String> faults = new ArrayList<>();
            JsonObject files = citations.getJsonObject(b.slug());
            for (String format : List.of("bib", "ris", "csl.json")) {
                JsonValue v = files == null ? null : files.get(format);
                faults.addAll(v == null ? List.of(format + " missing")
                        : agreement.faults(b, format, v, organisation));
            }
            String fold = Folds.of(b.source());
            int f = fold.equals("A") ? 1 : 2;
            briefs[0]++;
            briefs[f]++;
            right[0] += faults.isEmpty() ? 1 : 0;
            right[f] += faults.isEmpty() ? 1 : 0;
            for (String fault : faults) {
                tsv.append(b.slug()).append('\t').append(fold).append('\t').append(fault.replaceAll("\\s", " ")).append('\n');
                if (print) {
                    System.out.println(b.slug() + ": " + fault);
                }
            }
        }
        Files.writeString(out.resolve("citations-" + name + ".tsv"), tsv);
        return new Tally(right[0], briefs[0], right[1], briefs[1], right[2], briefs[2]);
    }

    private static Map<String, Brief> briefs(Path dir, BriefCodec codec) throws IOException {
        Map<String, Brief> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                try {
                    Brief b = codec.read(f, Files.readString(f, StandardCharsets.UTF_8));
                    out.put(b.slug(), b);
                } catch (io.github.dossier.brief.BriefFormatException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** Runs {@code src/test/eval/citations.js} over {@code briefs}, its JSON into {@code output}. */
    private static boolean node(Path briefs, Path output) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("node", Path.of("src/test/eval/citations.js").toAbsolutePath().toString(),
                briefs.toAbsolutePath().toString());
        pb.environment().put("NODE_PATH", NODE.resolve("node_modules").toAbsolutePath().toString());
        try {
            Process p = pb.redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return p.waitFor(30, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Installs citation-js into {@link #NODE}, once; false (and a line saying so) when npm cannot. */
    private static boolean install() {
        if (Files.isDirectory(NODE.resolve("node_modules/@citation-js/plugin-ris"))) {
            return true;
        }
        try {
            List<String> command = new ArrayList<>(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--prefix", NODE.toString()));
            command.addAll(PACKAGES);
            Files.createDirectories(NODE);
            int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (rc != 0) {
                System.out.println("(citation check skipped: npm install failed)");
            }
            return rc == 0;
        } catch (IOException e) {
            System.out.println("(citation check skipped: " + e.getMessage() + ")");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
