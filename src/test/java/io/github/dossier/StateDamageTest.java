package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.testing.SampleProject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every store a build keeps under {@code target/} (the raw index, the cache entries, the briefs index, the site
 * manifest, the related briefs' and the search index's states, the seal), damaged in every way found in the field: a few bytes
 * flipped, cut short, grown huge, a folder, a link or a pipe in its place. Each time, with an edit or without, the next
 * build gives the briefs and the site of a cold build of the same inputs, byte for byte, with one note naming the
 * store; and so does the build after it.
 *
 * <p>On the code before the stores were checked, flipped bytes in cache entries or in the search index's state gave
 * another site than the cold build's, which the next build kept, and flipped bytes in cache entries or in the related
 * briefs' state failed the build; no damage was ever said.
 */
class StateDamageTest {

    /** The stores, by their place in the cache folder; "entries" stands for every cache entry. */
    private static final List<String> STORES = List.of("raw-index", "entries", "briefs-index", "site-manifest",
            "site-manifest-related", "site-manifest-search", "seal");

    private enum Damage { FLIP, TRUNCATE, GROW, FOLDER, LINK, PIPE }

    private static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    /** A long time ago, and a second later for each edit: no stamp is "racy", and each edit changes its file's stamp. */
    private static final long PAST = System.currentTimeMillis() - 3_600_000;

    @Test
    void aDamagedStoreIsAMissWithOneNoteAndTheSiteIsTheColdBuilds(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "links and pipes are Unix's");
        // The cold builds of both states of the input: the sample, and the sample with one word of one article changed.
        Map<Boolean, Map<String, String>> coldSite = new java.util.HashMap<>();
        Map<Boolean, Map<String, String>> coldBriefs = new java.util.HashMap<>();
        for (boolean edited : new boolean[] {false, true}) {
            Path cold = SampleProject.copy(dir.resolve("cold-" + edited));
            if (edited) {
                toggleAWord(cold, 0);
            }
            new Dossier(config(cold).withoutCache(), m -> { }).build();
            coldSite.put(edited, DossierTest.digests(cold.resolve("site")));
            coldBriefs.put(edited, DossierTest.digests(cold.resolve("content/briefs")));
        }

        // A project whose every store is written and used: raw files and briefs older than any stamp's doubt.
        Path project = SampleProject.copy(dir.resolve("p"));
        backdate(project.resolve("content/raw"), 0);
        build(project);
        backdate(project.resolve("content/briefs"), 0);
        build(project);
        Path cache = project.resolve("target/dossier-cache");
        for (String store : STORES) {
            assertEquals(true, !files(cache, store).isEmpty(), store + " was not written");
        }
        BuildReport warm = build(project).report;
        assertEquals(5, warm.articlesReused());

        List<String> failures = new ArrayList<>();
        boolean edited = false;
        int trial = 0;
        int trials = 0;
        for (String store : STORES) {
            for (Damage damage : Damage.values()) {
                for (int seed = 0; seed < (damage == Damage.FLIP ? 4 : 1); seed++) {
                    trial++;
                    trials++;
                    Random random = new Random(trial * 31L + seed);
                    // Related briefs and search are read only when the site is rendered: always an edit for them.
                    boolean edit = store.startsWith("site-manifest-") || trial % 2 == 0;
                    String name = store + " " + damage + (damage == Damage.FLIP ? " #" + seed : "")
                            + (edit ? " with an edit" : "");
                    if (files(cache, store).isEmpty()) {
                        // Not made again after the last trial (the site left as it was): made with an edit.
                        edited = !edited;
                        toggleAWord(project, ++trial);
                        build(project);
                    }
                    List<Path> damaged = files(cache, store);
                    if (damaged.isEmpty()) {
                        failures.add(name + ": no " + store + " to damage");
                        continue;
                    }
                    long damagedAt = System.currentTimeMillis();
                    for (Path f : damaged) {
                        damage(f, damage, random, dir.resolve("moved-" + trial));
                    }
                    if (edit) {
                        edited = !edited;
                        toggleAWord(project, trial);
                    }
                    for (int round = 1; round <= 2; round++) {
                        String when = name + ", build " + round + ": ";
                        Built b;
                        try {
                            b = build(project);
                        } catch (DossierException | RuntimeException | OutOfMemoryError e) {
                            failures.add(when + "failed: " + e);
                            break;
                        }
                        if (!coldSite.get(edited).equals(DossierTest.digests(project.resolve("site")))) {
                            failures.add(when + "the site is not the cold build's");
                        }
                        if (!coldBriefs.get(edited).equals(DossierTest.digests(project.resolve("content/briefs")))) {
                            failures.add(when + "the briefs are not the cold build's");
                        }
                        // One note the first time the store is read; again while a folder stays where the store goes,
                        // if it is read. A build that finds its inputs as the last build left them stops at the seal,
                        // and reads no store but the raw index and the seal: without an edit, or once the first
                        // build after it sealed, damage elsewhere waits for the next build that edits.
                        boolean readWhenSealed = store.equals("raw-index") || store.equals("seal");
                        long expected = round == 1 ? (edit || readWhenSealed ? 1 : 0)
                                : damage == Damage.FOLDER && readWhenSealed ? 1 : 0;
                        List<String> notes = b.log.stream().filter(l -> l.startsWith("note: ")
                                && (l.contains("damaged") || l.contains("cache file goes"))).toList();
                        if (notes.size() != expected || expected == 1 && !names(notes.get(0), cache, store)) {
                            failures.add(when + "expected " + expected + " note on " + store + ", got " + notes);
                        }
                    }
                    if (damage == Damage.FOLDER) {
                        // Removed by hand, as the note says, and the store made again (with an edit, so that the site
                        // is rendered).
                        for (Path f : damaged) {
                            delete(f);
                        }
                        edited = !edited;
                        toggleAWord(project, ++trial);
                        build(project);
                    }
                    // The entries of the other version of the edited article, left damaged, are no later trial's.
                    for (Path f : damaged) {
                        if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                                || Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis() <= damagedAt)) {
                            delete(f);
                        }
                    }
                }
            }
        }
        System.out.println("StateDamageTest: " + trials + " trials, " + failures.size() + " failures");
        failures.forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures);
    }

    /** A build and its log. */
    private record Built(BuildReport report, List<String> log) {
    }

    private static Built build(Path project) throws DossierException {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        BuildReport report = new Dossier(config(project), log::add).build();
        return new Built(report, List.copyOf(log));
    }

    /** Whether {@code note} names {@code store}: its file, or for the entries, one of them or how many. */
    private static boolean names(String note, Path cache, String store) {
        return store.equals("entries")
                ? note.contains(" cache entries in " + cache + " ") || note.matches("note: " + java.util.regex.Pattern.quote(
                        cache.toString()) + "/[0-9a-f]{2}/[0-9a-f]{64}: .*")
                : note.startsWith("note: " + cache.resolve(store) + ": ");
    }

    /** The files of {@code store} in the cache folder. */
    private static List<Path> files(Path cache, String store) throws IOException {
        if (!store.equals("entries")) {
            return Files.exists(cache.resolve(store), LinkOption.NOFOLLOW_LINKS) ? List.of(cache.resolve(store)) : List.of();
        }
        try (Stream<Path> s = Files.walk(cache, 2)) {
            return s.filter(p -> p.getParent().getFileName().toString().matches("[0-9a-f]{2}"))
                    .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).sorted().toList();
        }
    }

    private static void damage(Path file, Damage damage, Random random, Path elsewhere) throws Exception {
        long size = Files.size(file);
        switch (damage) {
            case FLIP -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    for (int i = 0; i < 3; i++) {
                        long at = (long) (random.nextDouble() * size);
                        f.seek(at);
                        int b = f.read();
                        f.seek(at);
                        f.write(b ^ (1 + random.nextInt(255)));
                    }
                }
            }
            case TRUNCATE -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength((long) (random.nextDouble() * size));
                }
            }
            case GROW -> {
                // A gigabyte more, of nothing (a sparse file): read whole, it would not fit in memory.
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(size + (1L << 30));
                }
            }
            case FOLDER -> {
                Files.delete(file);
                Files.createDirectories(file.resolve("inside"));
            }
            case LINK -> {
                // To a copy of the very file: a link is never followed, whatever it points to.
                Files.createDirectories(elsewhere);
                Path target = elsewhere.resolve(file.getFileName());
                Files.move(file, target);
                Files.createSymbolicLink(file, target);
            }
            case PIPE -> {
                Files.delete(file);
                Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
                assertEquals(0, p.waitFor());
            }
        }
    }

    /** Changes one word of the first article, or changes it back; the file then looks long unchanged but for it. */
    private static void toggleAWord(Path project, int edit) throws IOException {
        Path raw;
        try (Stream<Path> s = Files.list(project.resolve("content/raw"))) {
            raw = s.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(raw);
        String changed = text.contains("Bitter US-China relations")
                ? text.replace("Bitter US-China relations", "Acrimonious US-China relations")
                : text.replace("Acrimonious US-China relations", "Bitter US-China relations");
        assertEquals(true, !changed.equals(text), "the sample has the phrase to change");
        Files.writeString(raw, changed);
        Files.setLastModifiedTime(raw, FileTime.fromMillis(PAST + 1000L * edit));
    }

    private static void backdate(Path folder, int edit) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(PAST + 1000L * edit));
            }
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
