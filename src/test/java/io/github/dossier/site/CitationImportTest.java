package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.site.outputs.Escape;
import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every citation file of the sample site read by citation-js (npm, installed here when missing), as Zotero's and
 * other CSL tools' readers would: each brief's BibTeX, RIS and CSL-JSON give its authors as authors, its title,
 * publication, date, original address and the day it was read, and an APA reference with the date and the address
 * (never "n.d." for a dated brief, never the Dossier page). {@code src/test/browser/citation-check.js}.
 */
class CitationImportTest {

    @Test
    void citationJsReadsEveryCitationOfTheSampleAsTheBriefSaysIt(@TempDir Path dir) throws Exception {
        BrowserTest.setUp();
        assumeTrue(BrowserTest.nodeReady("@citation-js/core"), "npm packages unavailable");
        Path project = SampleProject.copy(dir.resolve("p"));
        new Dossier(DossierConfig.forProject(project).withBaseUrl("https://example.org/sample/"), m -> { }).build();
        List<Brief> briefs = new BriefStore(project.resolve("content/briefs")).readAll();
        Set<String> organisations = AuthorRegistry.read(project.resolve("content/authors")).all().stream()
                .filter(AuthorRegistry.Author::organisation).map(AuthorRegistry.Author::name).collect(Collectors.toSet());
        StringBuilder json = new StringBuilder("{");
        for (Brief b : briefs) {
            json.append(json.length() > 1 ? "," : "").append(Escape.json(b.slug())).append(":{\"title\":")
                    .append(Escape.json(b.title())).append(",\"authors\":[");
            for (int i = 0; i < b.authors().size(); i++) {
                String a = b.authors().get(i);
                int space = a.lastIndexOf(' ');
                json.append(i == 0 ? "" : ",").append(organisations.contains(a) || space < 0
                        ? "{\"literal\":" + Escape.json(a) + "}"
                        : "{\"family\":" + Escape.json(a.substring(space + 1)) + ",\"given\":"
                                + Escape.json(a.substring(0, space)) + "}");
            }
            json.append("],\"container\":").append(b.publication().map(Escape::json).orElse("null"))
                    .append(",\"issued\":").append(parts(b.published()))
                    .append(",\"url\":").append(b.url().map(Escape::json).orElse("null"))
                    .append(",\"accessed\":").append(parts(b.accessed())).append('}');
        }
        Path expected = dir.resolve("expected.json");
        Files.writeString(expected, json.append('}'));
        String out = BrowserTest.node("citation-check.js", project.resolve("site").toString(), expected.toString());
        assertTrue(out.startsWith("0\n"), out);
        assertTrue(out.contains(briefs.size() * 3 + " citation files read"), out);
        // The sample's briefs know where they were read, but for the one article whose address was not found again.
        assertEquals(briefs.size() - 1, briefs.stream().filter(b -> b.url().isPresent()).count());
    }

    private static String parts(Optional<LocalDate> d) {
        return d.map(x -> "[" + x.getYear() + "," + x.getMonthValue() + "," + x.getDayOfMonth() + "]").orElse("null");
    }
}
