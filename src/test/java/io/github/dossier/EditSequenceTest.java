package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.testing.Edits;
import io.github.dossier.testing.SampleProject;
import io.github.dossier.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property behind incremental builds, over random sequences: 200 edits drawn from every kind of edit
 * ({@link Edits}), applied one after another to one project with a build after some of them, and at checkpoints the
 * site, briefs and author files are those a cold build of the same files makes (after every build as {@code mvn} runs:
 * the build that stops at the seal, when it finds its inputs as the last build left them, included). Once as {@code mvn} runs (a new
 * engine each build), once as the preview server does (one resident engine, its knowledge reloaded when a knowledge
 * file changes, as the preview's watcher does). The seed is printed, and
 * {@code -Ddossier.editSeed=N} runs that sequence again.
 */
class EditSequenceTest {

    private static final int EDITS = 200;

    private static DossierConfig config(Path project) {
        // A sequence deletes raw files: the guard against a build that loses half its briefs is not what is tested.
        return EditMatrixTest.config(project).toBuilder().allowFewerBriefs(true).build();
    }

    @Test
    void randomEditsGiveTheColdBuildsBytes(@TempDir Path dir) throws Exception {
        run(dir, false);
    }

    @Test
    void randomEditsGiveTheColdBuildsBytesInServeMode(@TempDir Path dir) throws Exception {
        run(dir, true);
    }

    /** The files whose bytes differ, or that only one of the two has. */
    static List<String> differences(java.util.Map<String, String> expected, java.util.Map<String, String> actual) {
        java.util.Set<String> paths = new java.util.TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        return paths.stream().filter(p -> !java.util.Objects.equals(expected.get(p), actual.get(p))).toList();
    }

    private static void run(Path dir, boolean resident) throws Exception {
        long seed = Long.getLong("dossier.editSeed", resident ? 2828 : 28);
        System.out.println("EditSequenceTest " + (resident ? "serve mode" : "builds") + ", seed " + seed);
        Random random = new Random(seed);
        List<Edits.Edit> pool = new ArrayList<>(Edits.all());
        // Settings that fail or guard a build are the matrix's; a resident engine keeps its settings.
        pool.removeIf(e -> e.name().equals("setting failOnWarning") || e.name().equals("setting allowFewerBriefs")
                || resident && e.name().startsWith("setting "));
        Path project = SampleProject.copy(dir.resolve("p"));
        UnaryOperator<DossierConfig> settings = c -> c;
        Dossier engine = new Dossier(config(project), m -> { }).resident();
        engine.build();
        List<String> done = new ArrayList<>();
        int builds = 0;
        for (int i = 1; i <= EDITS; i++) {
            Edits.Edit edit = pool.get(random.nextInt(pool.size()));
            edit.files().apply(project, random);
            UnaryOperator<DossierConfig> before = settings;
            settings = c -> edit.config().apply(before.apply(c));
            done.add(edit.name());
            if (resident && (edit.name().startsWith("data file") || edit.name().startsWith("lexicon list")
                    || edit.name().startsWith("comment in data file"))) {
                engine = engine.reloaded(); // as the preview's watcher does when a knowledge file changes
            }
            boolean build = i % 50 == 0 || random.nextInt(3) == 0;
            // As mvn runs, every build is checked: the first that differs names the edits since the one before.
            boolean checkpoint = i % 50 == 0 || build && !resident;
            if (build) {
                builds++;
                if (resident) {
                    engine.build();
                } else {
                    new Dossier(settings.apply(config(project)), m -> { }).build();
                }
            }
            if (checkpoint) {
                Path cold = dir.resolve("cold-" + i);
                EditMatrixTest.copyInputs(project, cold);
                new Dossier(settings.apply(config(cold)).withoutCache(), m -> { }).build();
                if (System.getProperty("dossier.keepDir") != null) { // to read a failure's two projects afterwards
                    Path keep = Path.of(System.getProperty("dossier.keepDir")).resolve((resident ? "serve-" : "builds-") + i);
                    Trees.copy(project, keep.resolve("incremental"));
                    Trees.copy(cold, keep.resolve("cold"));
                }
                for (String folder : List.of("site", "content/briefs", "content/authors")) {
                    assertEquals(List.of(), differences(DossierTest.digests(cold.resolve(folder)),
                            DossierTest.digests(project.resolve(folder))), "seed " + seed + ", after edit " + i + " and "
                            + builds + " builds, " + folder + " differs from a cold build's; the last edits: "
                            + done.subList(Math.max(0, done.size() - 8), done.size()));
                }
            }
        }
    }
}
