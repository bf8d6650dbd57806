package io.github.dossier.inputs;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefField;
import io.github.dossier.internal.Key;
import io.github.dossier.knowledge.Lexicon;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The products of a build that are made from part of a brief, each with what it is made from: the brief fields it
 * reads and the lexicon lists it reads; each reads the brief's body too. Every other product is made from a whole brief
 * ({@link Brief#fingerprint()}) or from the very model or text it renders, whose fingerprint is taken as it is made.
 *
 * <pre>{@code
 * String key = Product.SEARCH_TERMS.fingerprint(brief);       // changes when a declared field or the body does
 * Lexicon read = lexicon.only(Product.lists(Product.SITE));   // refuses every list no site product declared
 * }</pre>
 *
 * Adding a field a product reads is adding it here; the product's fingerprint then covers it, and
 * {@code ProductInputsTest} fails for a field read but not declared.
 */
public enum Product {

    /** A brief's terms in the search index, weighted by where they stand and stemmed in the brief's language. */
    SEARCH_TERMS(List.of(Lexicon.STOPWORDS, Lexicon.INFLECTION_ENDINGS), List.of(BriefField.TITLE,
            BriefField.SUMMARY, BriefField.AUTHORS, BriefField.COUNTRIES, BriefField.PEOPLE, BriefField.ORGANISATIONS,
            BriefField.THEMES, BriefField.TAGS, BriefField.PUBLICATION, BriefField.LANGUAGE)),

    /** A brief's place among related briefs: the names it shares with others, and its words. */
    RELATED_BRIEFS(List.of(Lexicon.STOPWORDS), List.of(BriefField.AUTHORS, BriefField.THEMES,
            BriefField.COUNTRIES, BriefField.PEOPLE, BriefField.ORGANISATIONS, BriefField.COUNTRY_MENTIONS)),

    /**
     * A brief's page and its citation files: the whole brief, the labels that tell an opinion piece, and the name
     * particles a cited family name keeps ("von der Leyen, Ursula").
     */
    BRIEF_PAGE(List.of(Lexicon.OPINION_LABELS, Lexicon.NAME_PARTICLES), BriefField.ALL),

    /**
     * A raw file's draft brief, as the build cache keeps it: made from the article's text, its notes, the corpus's
     * template lines in it and the knowledge; of the lexicon, every list but those only the site reads
     * ({@link #articleLists}).
     */
    ARTICLE(List.of(), List.of());

    /** The products the site stage makes. */
    public static final Set<Product> SITE = Set.of(SEARCH_TERMS, RELATED_BRIEFS, BRIEF_PAGE);

    private final List<String> lists;
    private final List<BriefField<?>> fields;

    Product(List<String> lists, List<BriefField<?>> fields) {
        this.lists = List.copyOf(lists);
        // In the order of BriefField.ALL, whatever the order declared: one product, one key.
        this.fields = BriefField.ALL.stream().filter(fields::contains).toList();
    }

    /** The brief fields this product reads, in {@link BriefField#ALL}'s order. */
    public List<BriefField<?>> fields() {
        return fields;
    }

    /** The lexicon lists this product reads, by name ({@link Lexicon#only}). */
    public List<String> lists() {
        return lists;
    }

    /**
     * The lexicon lists cleaning and extraction read: every list of {@code lexicon} but those only site products
     * declare. An edit to a list the site alone reads (the search's inflection endings) cleans no article again.
     */
    public static Set<String> articleLists(Lexicon lexicon) {
        Set<String> out = new TreeSet<>(lexicon.lists());
        Set<String> site = lists(SITE);
        site.remove(Lexicon.STOPWORDS); // telling a page's language reads every language's stopwords
        site.remove(Lexicon.NAME_PARTICLES); // reading a byline and finding people read them too
        out.removeAll(site);
        return out;
    }

    /** Every lexicon list the {@code products} read. */
    public static Set<String> lists(Set<Product> products) {
        Set<String> out = new TreeSet<>();
        products.forEach(p -> out.addAll(p.lists));
        return out;
    }

    /**
     * The fingerprint of what this product reads of {@code b} but its body: its slug and each declared field, by key
     * and value. Two briefs of the same slug and fingerprint make the same product.
     */
    private String fieldsFingerprint(Brief b) {
        Key key = new Key().add(name()).add(b.slug());
        for (BriefField<?> field : fields) {
            key.add(field.key()).add(field.of(b));
        }
        return key.digest();
    }

    /** The fingerprint of everything this product reads of {@code b}: {@link #fieldsFingerprint}, and the body's. */
    public String fingerprint(Brief b) {
        return fieldsFingerprint(b) + " " + b.markdown().fingerprint();
    }
}
