package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.Edits;
import io.github.dossier.testing.SampleProject;
import io.github.dossier.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit matrix: every input of a build ({@link Edits}: each brief field, each data file and a comment in it, each
 * per-build file, each template, each setting, each kind of raw-file and brief-file change), edited on its own after
 * a build and followed by an incremental build, gives the site, briefs and author files a cold build of the edited
 * project gives, byte for byte; the files the incremental build rewrote are exactly those whose bytes changed; and an
 * edit that changes nothing a build reads (a comment) reads no article again and leaves the site as it was.
 */
class EditMatrixTest {

    @TempDir
    static Path shared;

    /** The sample project built once, its cache kept: each case starts from a copy of its inputs and cache. */
    private static Path base;
    private static Map<String, String> baseSite;

    static DossierConfig config(Path project) {
        return DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/");
    }

    @BeforeAll
    static void buildTheBase() throws Exception {
        base = SampleProject.copy(shared.resolve("base"));
        new Dossier(config(base), m -> { }).build();
        baseSite = DossierTest.digests(base.resolve("site"));
    }

    /** Every setting is edited by the matrix, or says where a folder is. */
    @Test
    void everySettingIsEdited() {
        Set<String> covered = new TreeSet<>(Edits.SETTINGS.keySet());
        covered.addAll(Edits.WHERE_SETTINGS);
        Set<String> components = new TreeSet<>();
        for (var c : DossierConfig.class.getRecordComponents()) {
            components.add(c.getName());
        }
        assertEquals(components, covered, "a setting the edit matrix does not edit: add it to Edits.SETTINGS");
    }

    /**
     * A lexicon list only the site reads (the search's inflection endings, the labels of opinion pieces) is no input of
     * cleaning: editing it cleans no article again, and the site is a cold build's. A list cleaning reads does.
     */
    @Test
    void aListOnlyTheSiteReadsCleansNoArticleAgain(@TempDir Path dir) throws Exception {
        for (String list : List.of("inflection-endings", "opinion-labels", "honorifics", "name-particles")) {
            Path project = dir.resolve(list);
            copyInputs(base, project);
            Trees.copy(base.resolve("target"), project.resolve("target"));
            new Dossier(config(project), m -> { }).build();
            Files.writeString(project.resolve("content/lexicon.yml"), "words:\n  " + list + ": [xyzzy]\n");
            BuildReport report = new Dossier(config(project), m -> { }).build();
            // Name particles are read by the site's citations and by cleaning and extraction alike.
            boolean siteOnly = !list.equals("honorifics") && !list.equals("name-particles");
            assertEquals(siteOnly ? report.articlesRead() : 0, report.articlesReused(), list);
            Path cold = dir.resolve(list + "-cold");
            copyInputs(project, cold);
            new Dossier(config(cold).withoutCache(), m -> { }).build();
            assertEquals(DossierTest.digests(cold.resolve("site")), DossierTest.digests(project.resolve("site")), list);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEditGivesTheColdBuildsBytes(@TempDir Path dir) throws IOException {
        List<Edits.Edit> edits = Edits.all();
        assertTrue(edits.size() > 60, edits.size() + " edits");
        return edits.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e, dir.resolve(slug(e.name())))));
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** One edit: applied to a built copy of the sample, built incrementally, compared with a cold build. */
    static void check(Edits.Edit edit, Path dir) throws Exception {
        Path project = dir.resolve("p");
        copyInputs(base, project);
        Trees.copy(base.resolve("target"), project.resolve("target"));
        new Dossier(config(project), m -> { }).build(); // the site as the cache makes it: the previous build
        Map<String, Object[]> before = files(project.resolve("site"));

        edit.files().apply(project, new Random(28));
        DossierConfig config = edit.config().apply(config(project));
        List<String> log = new ArrayList<>();
        BuildReport incremental = new Dossier(config, log::add).build();
        Map<String, Object[]> after = files(project.resolve("site"));

        Path cold = dir.resolve("cold");
        copyInputs(project, cold);
        DossierConfig coldConfig = edit.config().apply(config(cold)).withoutCache();
        new Dossier(coldConfig, m -> { }).build();
        for (String folder : List.of("site", "content/briefs", "content/authors")) {
            assertEquals(DossierTest.digests(cold.resolve(folder)), DossierTest.digests(project.resolve(folder)),
                    edit + ": " + folder + " differs from a cold build's");
        }
        // Rewritten exactly where the bytes changed: never a stale file, never one made again the same.
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : after.entrySet()) {
            Object[] was = before.get(e.getKey());
            boolean sameFile = was != null && was[0].equals(e.getValue()[0]);
            boolean sameBytes = was != null && was[1].equals(e.getValue()[1]);
            if (was != null && sameFile != sameBytes) {
                wrong.add(e.getKey() + (sameBytes ? " rewritten the same" : " changed in place, not rewritten"));
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), edit + ": " + wrong.size() + " files");
        if (!edit.meaning()) {
            assertEquals(baseSite, DossierTest.digests(project.resolve("site")), edit + " changed the site");
            assertEquals(incremental.articlesRead(), incremental.articlesReused(), edit + " read articles again: " + log);
            assertEquals(before.keySet(), after.keySet());
            assertTrue(after.entrySet().stream().allMatch(e -> before.get(e.getKey())[0].equals(e.getValue()[0])),
                    edit + " rewrote files");
        }
    }

    /** What a researcher commits: the content folder (raw files, briefs and their ledger, authors, data files) and templates. */
    static void copyInputs(Path from, Path to) throws IOException {
        Trees.copy(from.resolve("content"), to.resolve("content"));
        if (Files.isDirectory(from.resolve("templates"))) {
            Trees.copy(from.resolve("templates"), to.resolve("templates"));
        }
    }

    /** Every file of a site with its identity (a rewritten file is a new one) and digest. */
    static Map<String, Object[]> files(Path site) throws Exception {
        Map<String, Object[]> out = new TreeMap<>();
        for (Map.Entry<String, String> e : DossierTest.digests(site).entrySet()) {
            out.put(e.getKey(), new Object[] {Files.getAttribute(site.resolve(e.getKey()), "unix:ino"), e.getValue()});
        }
        return out;
    }
}
