package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.preview.Preview;
import io.github.dossier.testing.SampleProject;
import io.github.dossier.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property: whatever a researcher does to the briefs (an edit to the body, to any field, to the order of the keys,
 * to whitespace; a brief deleted) and whatever builds follow (whole builds, the briefs goal then the render goal, a new
 * engine, the cache gone, a raw file edited, the preview server rebuilding as files are saved), no edit is ever lost:
 * every edited brief keeps the bytes the researcher gave it and its page shows the edit, and a deleted brief stays
 * deleted. Random edits from fixed seeds, so that a failure is repeatable.
 */
class EditsAreNeverLostTest {

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Edits").withBaseUrl("https://example.org/e/");
    }

    /** What the researcher did, to check after every build. */
    private static final class Researcher {
        final Path project;
        final Random random;
        /** Every brief the researcher edited, by file name: its text as they left it, and what its page must show. */
        final Map<String, String> edited = new HashMap<>();
        final Map<String, String> shows = new HashMap<>();
        /** The raw files whose briefs the researcher deleted. */
        final Set<String> deletedSources = new HashSet<>();
        int n;

        Researcher(Path project, long seed) {
            this.project = project;
            this.random = new Random(seed);
        }

        Path briefs() {
            return project.resolve("content/briefs");
        }

        List<Path> briefFiles() throws Exception {
            try (Stream<Path> s = Files.list(briefs())) {
                return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
            }
        }

        /** One random act on the briefs or the raw files; a description of it, for a failure's message. */
        String act() throws Exception {
            List<Path> files = briefFiles();
            n++;
            int what = random.nextInt(11);
            if (what == 10 && !files.isEmpty() && files.size() > 2) {
                Path victim = files.get(random.nextInt(files.size()));
                String source = field(Files.readString(victim), "source");
                Files.delete(victim);
                edited.remove(victim.getFileName().toString());
                shows.remove(victim.getFileName().toString());
                deletedSources.add(source);
                return "deleted " + victim.getFileName();
            }
            if (what == 9) {
                List<Path> raws;
                try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
                    raws = s.sorted().toList();
                }
                Path raw = raws.get(random.nextInt(raws.size()));
                Files.writeString(raw, Files.readString(raw) + "\n\nA paragraph added to the raw file, number " + n
                        + ", long enough to be read as part of the article by the cleaner.\n");
                return "edited raw " + raw.getFileName();
            }
            Path file = files.get(random.nextInt(files.size()));
            String text = Files.readString(file);
            String name = file.getFileName().toString();
            String show = null;
            String changed;
            String did;
            switch (what) {
                case 0, 1 -> {
                    show = "A sentence of mine, number " + n + ".";
                    changed = text + "\n" + show + "\n";
                    did = "appended a sentence";
                }
                case 2 -> {
                    show = "Corrected title " + n;
                    changed = replaceLine(text, "title", "title: " + show);
                    did = "retitled";
                }
                case 3 -> {
                    show = "Corrected Author" + n;
                    changed = replaceLine(text, "authors", "authors: [" + show + "]");
                    did = "changed the authors";
                }
                case 4 -> {
                    changed = text.contains("\npublished: ")
                            ? replaceLine(text, "published", "published: 2020-02-0" + (1 + random.nextInt(9)))
                            : text.replaceFirst("\ntitle: ", "\npublished: 2019-12-3" + random.nextInt(2) + "\ntitle: ");
                    did = "changed the date";
                }
                case 5 -> {
                    changed = moveLine(text, "source", "language");
                    did = "moved the source key";
                }
                case 6 -> {
                    changed = text.replaceFirst("\n(title: [^\n]*)\n", "\n$1   \n") + "\n\n";
                    did = "added whitespace";
                }
                case 7 -> {
                    show = "Organisation Of Mine " + n;
                    changed = replaceLine(text, "organisations", "organisations: [" + show + "]");
                    did = "changed the organisations";
                }
                default -> {
                    // Any other field of the front matter, given a value of its kind.
                    List<String> keys = List.of("publication", "section", "tags", "themes", "countries", "people",
                            "url", "accessed", "language", "words", "summary");
                    String key = keys.get(random.nextInt(keys.size()));
                    String value = switch (key) {
                        case "tags", "themes", "countries", "people" -> "[Mine " + n + "]";
                        case "url" -> "https://example.org/mine/" + n;
                        case "accessed" -> "2021-01-0" + (1 + random.nextInt(9));
                        case "language" -> random.nextBoolean() ? "en" : "de";
                        case "words" -> String.valueOf(100 + n);
                        case "summary" -> "\n  - A summary of mine, number " + n + ".";
                        default -> "Mine " + n;
                    };
                    if (key.equals("summary") && text.contains("\nsummary:\n")) {
                        changed = text.replaceFirst("\nsummary:\n(  - [^\n]*\n)+", Matcher.quoteReplacement("\nsummary:"
                                + value + "\n"));
                    } else {
                        changed = replaceLine(text, key, key + ": " + value);
                    }
                    did = "changed " + key;
                }
            }
            if (changed.equals(text)) {
                changed = text + "\n";
            }
            // Half the time in place, half as an editor saves: a new file renamed over the old.
            if (random.nextBoolean()) {
                Files.writeString(file, changed);
            } else {
                Path tmp = file.resolveSibling("." + name + ".swp");
                Files.writeString(tmp, changed);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            edited.put(name, changed);
            if (show != null) {
                shows.put(name, show);
            } else if (!shows.containsKey(name)) {
                shows.put(name, null);
            }
            return did + " of " + name;
        }

        /** Every edit is there, byte for byte, and shown; every deleted brief stays deleted. */
        void check(String history) throws Exception {
            for (Map.Entry<String, String> e : edited.entrySet()) {
                Path file = briefs().resolve(e.getKey());
                assertTrue(Files.exists(file), e.getKey() + " lost after: " + history);
                assertEquals(e.getValue(), Files.readString(file), e.getKey() + " reverted after: " + history);
                String show = shows.get(e.getKey());
                if (show != null) {
                    Path page = project.resolve("site/briefs/" + e.getKey().replace(".md", ".html"));
                    String html = Files.readString(page, StandardCharsets.UTF_8);
                    assertTrue(html.contains(show), e.getKey() + "'s page does not show '" + show + "' after: "
                            + history);
                }
            }
            for (Path f : briefFiles()) {
                String source = field(Files.readString(f), "source");
                assertFalse(deletedSources.contains(source), f.getFileName() + " brings back the deleted brief of "
                        + source + " after: " + history);
            }
        }
    }

    private static String field(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": *(.*)$").matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }

    private static String replaceLine(String text, String key, String line) {
        Matcher m = Pattern.compile("(?m)^" + key + ":.*$").matcher(text);
        return m.find() ? text.substring(0, m.start()) + Matcher.quoteReplacement(line) + text.substring(m.end())
                : text.replaceFirst("\n", "\n" + Matcher.quoteReplacement(line) + "\n");
    }

    private static String moveLine(String text, String key, String before) {
        Matcher m = Pattern.compile("(?m)^" + key + ":.*\n").matcher(text);
        if (!m.find()) {
            return text;
        }
        String line = m.group();
        String without = text.substring(0, m.start()) + text.substring(m.end());
        return without.replaceFirst("(?m)^---\n", "---\n" + Matcher.quoteReplacement(line));
    }

    @Test
    void noEditIsLostWhateverBuildsFollow(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path project = SampleProject.copy(dir.resolve("p" + seed));
            Researcher researcher = new Researcher(project, seed);
            Dossier engine = new Dossier(config(project), m -> { });
            engine.build();
            StringBuilder history = new StringBuilder("seed " + seed);
            for (int step = 0; step < 12; step++) {
                int acts = 1 + researcher.random.nextInt(2);
                for (int a = 0; a < acts; a++) {
                    history.append("; ").append(researcher.act());
                }
                switch (researcher.random.nextInt(4)) {
                    case 0 -> {
                        engine.briefs();
                        engine.render();
                        history.append("; briefs then render");
                    }
                    case 1 -> {
                        engine = new Dossier(config(project), m -> { });
                        engine.build();
                        history.append("; build with a new engine");
                    }
                    case 2 -> {
                        Trees.delete(project.resolve("target/dossier-cache"));
                        new Dossier(config(project), m -> { }).build();
                        history.append("; build with no cache");
                    }
                    default -> {
                        engine.build();
                        history.append("; build");
                    }
                }
                researcher.check(history.toString());
            }
            assertTrue(researcher.edited.size() + researcher.deletedSources.size() > 3, "the test edited something");
        }
    }

    @Test
    void noEditIsLostInServeMode(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        Researcher researcher = new Researcher(project, 42);
        DossierConfig config = config(project);
        List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Preview preview = Preview.start(new Dossier(config, log::add), config, 0, log::add)) {
            StringBuilder history = new StringBuilder("serve");
            for (int step = 0; step < 12; step++) {
                long before = preview.rebuilds();
                history.append("; ").append(researcher.act());
                long deadline = System.currentTimeMillis() + 30_000;
                while (preview.rebuilds() == before && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                assertTrue(preview.rebuilds() > before, "no rebuild after: " + history + "; log: " + log);
                Thread.sleep(300); // a rebuild of what the last one wrote would come now; none must revert anything
                researcher.check(history.toString());
            }
        }
        new Dossier(config, m -> { }).build();
        researcher.check("after serve, a build");
    }
}
