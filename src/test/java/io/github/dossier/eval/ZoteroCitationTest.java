package io.github.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefMaker;
import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.raw.Container;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.site.outputs.Citation;
import io.github.dossier.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Zotero export's citations match Zotero's own CSL-JSON of its items: the test export (an RDF with files, as
 * Zotero's "Export Collection… → Zotero RDF, Export Files" writes it) and Zotero's CSL-JSON export of the same items,
 * compared field by field ({@link ZoteroCitations}).
 */
class ZoteroCitationTest {

    private static final Path RESOURCES = Path.of("src/test/resources/io/github/dossier/raw/zotero");
    private static final String EXPORT = "Dossier sources";
    private static final String RDF = EXPORT + "/" + EXPORT + ".rdf";
    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(EXTRACTOR.knowledge()).build();

    private static void copyExport(Path raw) throws IOException {
        Trees.copy(RESOURCES.resolve(EXPORT), raw.resolve(EXPORT));
    }

    private static List<JsonObject> zotero() throws IOException {
        return ZoteroCitations.items(RESOURCES.resolve(EXPORT + ".json"));
    }

    /**
     * Each item the export gives an article is cited as Zotero cites it, through the stages a build runs: the
     * container's listing and reading, the cleaner, extraction (its curated fields winning), the brief and its
     * CSL-JSON.
     */
    @Test
    void eachItemIsCitedAsZoteroCitesIt(@TempDir Path raw) throws Exception {
        copyExport(raw);
        Container zotero = Container.forFileName(RDF);
        Container.Listing listing = zotero.list(raw, raw.resolve(RDF));
        Set<String> particles = Lexicon.shipped().lowerCase(Lexicon.NAME_PARTICLES);
        List<String> faults = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        int compared = 0;
        for (Container.Entry entry : listing.entries()) {
            RawDocument doc;
            try {
                doc = zotero.read(raw, raw.resolve(RDF), entry);
            } catch (RawInputException e) {
                unread.add(e.getMessage());
                continue;
            }
            CleanArticle article = CLEANER.clean(doc).withNote(doc.note());
            Metadata meta = EXTRACTOR.extract(article);
            Brief brief = new BriefMaker().make(article, meta);
            Set<String> organisations = meta.authors().stream().filter(Author::organisation).map(Author::name)
                    .collect(Collectors.toSet());
            JsonObject cited = ZoteroCitations.items(new Citation(brief, particles, organisations::contains).cslJson())
                    .get(0);
            Optional<JsonObject> item = ZoteroCitations.sameTitle(cited, zotero());
            assertTrue(item.isPresent(), "no Zotero item titled " + cited.getString("title"));
            ZoteroCitations.faults(cited, item.get()).forEach(f -> faults.add(entry.source() + " " + f));
            compared++;
        }
        System.out.printf("Zotero export: %d items cited, %d of %d fields as Zotero cites them; unread: %s%n",
                compared, compared * ZoteroCitations.FIELDS.size() - faults.size(),
                compared * ZoteroCitations.FIELDS.size(), unread);
        assertEquals(List.of(), faults);
        assertEquals(List.of(), unread, "the snapshot's item and the PDF's are both read");
        assertEquals(2, compared);
    }

    /**
     * A project whose raw folder holds the export: each brief it writes of an item cites it as Zotero does, and no
     * brief is of an attachment read as a page of its own.
     */
    @Test
    void aProjectsBriefsCiteTheItemsAsZoteroDoes(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        copyExport(Files.createDirectories(project.resolve("content/raw")));
        new Dossier(DossierConfig.forProject(project).withTitle("Zotero").withBaseUrl("https://example.org/z/"), m -> { })
                .build();
        List<JsonObject> zotero = zotero();
        List<String> faults = new ArrayList<>();
        List<String> strays = new ArrayList<>();
        int compared = 0;
        try (Stream<Path> files = Files.list(project.resolve("site/briefs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csl.json")).sorted().toList()) {
                JsonObject cited = ZoteroCitations.items(f).get(0);
                Optional<JsonObject> item = ZoteroCitations.sameTitle(cited, zotero);
                if (item.isPresent()) {
                    ZoteroCitations.faults(cited, item.get()).forEach(x -> faults.add(f.getFileName() + " " + x));
                    compared++;
                } else {
                    strays.add(cited.getString("title"));
                }
            }
        }
        assertEquals(2, compared, "a brief of each item with a file: the snapshot's and the PDF's");
        assertEquals(List.of(), strays, "an attachment is no article of its own");
        System.out.printf("Zotero project: %d briefs, %d of %d fields as Zotero cites them%n", compared,
                compared * ZoteroCitations.FIELDS.size() - faults.size(), compared * ZoteroCitations.FIELDS.size());
        assertEquals(List.of(), faults);
    }
}
