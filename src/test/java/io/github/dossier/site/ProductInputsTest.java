package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefField;
import io.github.dossier.inputs.Product;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.testing.Edits;
import io.github.dossier.testing.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a product reads is what it declares ({@link Product}): each brief field changed in one brief of the sample,
 * the search index and the related briefs made from the previous state are those made from nothing; and a field a
 * product does not declare, changed, leaves the product as it was: a product that reads a field it did not declare
 * fails here. A site stage reading a lexicon list no product declared fails at once.
 */
class ProductInputsTest {

    private static List<Brief> briefs;
    private static final Set<String> STOPWORDS = Lexicon.shipped().stopwords("en");

    @BeforeAll
    static void readTheSampleBriefs() throws Exception {
        BriefCodec codec = new BriefCodec();
        briefs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SampleProject.REPOSITORY.resolve("content/briefs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                briefs.add(codec.read(f, Files.readString(f)));
            }
        }
    }

    static List<BriefField<?>> fields() {
        return BriefField.ALL;
    }

    private static List<Brief> withChanged(BriefField<?> field) {
        List<Brief> out = new ArrayList<>(briefs);
        out.set(1, Edits.changed(out.get(1), field));
        return out;
    }

    private static Map<String, String> index(List<Brief> corpus, Optional<SearchIndex.State> previous,
            SearchIndex.State[] state) throws Exception {
        Map<String, String> files = new TreeMap<>();
        SearchIndex.State made = SearchIndexTest.production().write(corpus, files::put, previous);
        if (state != null) {
            state[0] = made;
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void theSearchIndexReadsWhatItDeclares(BriefField<?> field) throws Exception {
        SearchIndex.State[] before = new SearchIndex.State[1];
        Map<String, String> original = index(briefs, Optional.empty(), before);
        List<Brief> edited = withChanged(field);
        Map<String, String> cold = index(edited, Optional.empty(), null);
        assertEquals(cold, index(edited, Optional.of(before[0]), null), field.key() + ": the updated index is stale");
        if (!Product.SEARCH_TERMS.fields().contains(field)) {
            // The documents' fragments (title, byline, summary) are written whole each time: only the terms count.
            assertEquals(terms(original), terms(cold), field.key() + " is read by the index but not declared");
        }
    }

    private static Map<String, String> terms(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>(files);
        out.keySet().removeIf(p -> p.startsWith("search/d/"));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void relatedBriefsReadWhatTheyDeclare(BriefField<?> field) {
        RelatedBriefs first = new RelatedBriefs(briefs, STOPWORDS);
        Map<String, String> original = lists(first, briefs);
        RelatedBriefs.State state = first.takeState();
        List<Brief> edited = withChanged(field);
        Map<String, String> cold = lists(new RelatedBriefs(edited, STOPWORDS), edited);
        assertEquals(cold, lists(RelatedBriefs.update(edited, STOPWORDS, Optional.of(state)), edited),
                field.key() + ": the updated lists are stale");
        if (!Product.RELATED_BRIEFS.fields().contains(field)) {
            assertEquals(original, cold, field.key() + " is read by related briefs but not declared");
        }
    }

    private static Map<String, String> lists(RelatedBriefs related, List<Brief> corpus) {
        Map<String, String> out = new TreeMap<>();
        for (Brief b : corpus) {
            StringBuilder sb = new StringBuilder();
            related.of(b).forEach(r -> sb.append(r.brief().slug()).append(' ').append(r.score()).append(' ')
                    .append(r.shares()).append('\n'));
            out.put(b.slug(), sb.toString());
        }
        return out;
    }

    @Test
    void aProductsFingerprintCoversEachFieldItDeclaresAndNoOther() {
        Brief b = briefs.get(1);
        for (Product product : Product.values()) {
            for (BriefField<?> field : BriefField.ALL) {
                boolean declared = product.fields().contains(field);
                String changed = product.fingerprint(Edits.changed(b, field));
                if (declared) {
                    assertNotEquals(product.fingerprint(b), changed, product + " " + field.key());
                } else {
                    assertEquals(product.fingerprint(b), changed, product + " " + field.key());
                }
            }
        }
    }

    @Test
    void aLexiconListNoSiteProductDeclaredCannotBeRead() {
        Lexicon site = Lexicon.shipped().only(Product.lists(Product.SITE));
        site.stopwords("de");
        site.words(Lexicon.INFLECTION_ENDINGS);
        assertThrows(IllegalStateException.class, () -> site.words(Lexicon.HONORIFICS));
        assertThrows(IllegalStateException.class, site::givenNames);
        assertNotEquals(site.fingerprint(), Lexicon.shipped().fingerprint());
    }
}
