package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build tells while it runs and when it ends: short lines, the stage and its count, or that nothing changed. */
class ProgressTest {

    @Test
    void aCountedStageTellsHowManyOfHowManyAndTheRate() {
        Progress progress = new Progress(BuildLog.lines(s -> { }));
        progress.stage("clean+extract", 475, "raw files");
        assertEquals("clean+extract: 0 of 475 raw files, starting", progress.line());
        for (int i = 0; i < 120; i++) {
            progress.step();
        }
        assertTrue(progress.line().matches("clean\\+extract: 120 of 475 raw files, \\d+ a second"), progress.line());
        progress.stage("render", 0, "");
        assertTrue(progress.line().matches("render: \\d+ s"), progress.line());
    }

    @Test
    void endingClosesTheLineATerminalRewrote() {
        List<String> told = new ArrayList<>();
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                told.add(message);
            }

            @Override
            public void warning(String message) {
            }

            @Override
            public void note(String message) {
            }

            @Override
            public void progressDone() {
                told.add("done");
            }
        };
        Progress progress = new Progress(log);
        progress.begin();
        progress.end();
        assertEquals("done", told.get(told.size() - 1));
    }

    @Test
    void longMessagesGoOnOverIndentedLinesBrokenAtSpaces() {
        String message = "warning: Nowa Zelandia_ płatny urlop dla rodziców poronionego dziecka. Jak to wygląda w "
                + "Polsce_ — Klub Jagielloński.html: no article text found (4 words left after cleaning); skipped. If it "
                + "is an article, write its brief by hand in content/briefs (curated: true)";
        List<String> lines = BuildLog.wrap(message, 160);
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(l.length() <= 160, l));
        assertTrue(lines.get(1).startsWith("  ") && !lines.get(1).startsWith("   "), lines.get(1));
        assertEquals(message, String.join(" ", lines.stream().map(String::strip).toList()));
        assertEquals(List.of("short"), BuildLog.wrap("short", 160));
    }

    @Test
    void theSummaryIsAFewShortLinesAndSaysWhenNothingChanged() {
        Map<String, Integer> passed = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            passed.put("reason number " + i + " that an archived record is no article", i + 1);
        }
        Map<String, Long> times = new java.util.LinkedHashMap<>();
        times.put("profile", 339L);
        times.put("clean+extract", 26_979L);
        times.put("render", 10_097L);
        times.put("  brief pages", 4_198L);
        BuildReport changed = new BuildReport(820, 0, List.of("a.html: is empty"), 335, 485, 0, 0, 42, 0, 3791, 3791,
                0, List.of("w"), times, List.of(), passed);
        changed.summary().stream().skip(1).forEach(l -> assertTrue(l.length() <= 160, l));
        assertTrue(changed.summary().get(0).startsWith("articles read: 820 (0 unchanged), skipped: 1; archived records "
                + "that are no article: 465 (30 reason number 29"), changed.summary().get(0));
        // The first line lists every kind of record; a log wraps it after a comma, each kind whole on its line.
        List<String> wrapped = BuildLog.wrap(changed.summary().get(0), 160);
        wrapped.forEach(l -> assertTrue(l.length() <= 160, l));
        assertTrue(wrapped.stream().anyMatch(l -> l.contains("1 reason number 0 that an archived record is no article")),
                wrapped.toString());
        assertEquals("time: 37.4 s (clean+extract 27.0 s, render 10.1 s, profile 0.3 s)", changed.summary().get(3));
        BuildReport again = new BuildReport(820, 820, List.of(), 0, 820, 0, 0, 0, 0, 3791, 0, 0, List.of(), times,
                List.of(), Map.of());
        assertTrue(again.unchanged());
        assertEquals("nothing changed since the last build: no brief or page written", again.summary().get(0));
        assertTrue(again.summary().get(3).contains("none rendered (the site is up to date)"), again.summary().get(3));
    }

    @Test
    void aSecondBuildSaysNothingChangedAndWritesNoFile(@TempDir Path dir) throws Exception {
        Path project = SampleProject.copy(dir.resolve("p"));
        DossierConfig config = EditMatrixTest.config(project);
        BuildReport first = new Dossier(config, m -> { }).build();
        assertFalse(first.unchanged());
        Map<Path, FileTime> before = stamps(project);
        List<String> log = new ArrayList<>();
        BuildReport again = new Dossier(config, log::add).build();
        assertTrue(again.unchanged(), again.summary().toString());
        assertEquals("nothing changed since the last build: no brief or page written", again.summary().get(0));
        assertEquals(before, stamps(project), "no file of the site or the content written again");
    }

    /** Every file of the project's content and site, with when it was last written. */
    private static Map<Path, FileTime> stamps(Path project) throws Exception {
        Map<Path, FileTime> out = new TreeMap<>();
        for (String dir : List.of("content", "site")) {
            try (var files = Files.walk(project.resolve(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    out.put(project.relativize(f), Files.getLastModifiedTime(f));
                }
            }
        }
        return out;
    }
}
