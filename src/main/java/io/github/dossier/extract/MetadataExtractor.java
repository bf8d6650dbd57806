package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.CountryMention;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.LinearModel;
import io.github.dossier.knowledge.NameList;
import io.github.dossier.raw.SourceNote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The extraction stage: turns a {@link CleanArticle} into {@link Metadata}.
 *
 * <p>Reads the typed parts the cleaner handed on (headline, standfirst, byline, bio, section, tags, dateline),
 * what a saved page says of itself ({@code og:*}, JSON-LD), and the body for countries, people, organisations
 * and themes. Boilerplate never adds a country, person or theme: only title, summary and body are searched. Each
 * field has its reader: {@link Titles}, {@link Bylines}, {@link Publisher}, {@link Dates}, {@link Labels},
 * {@link Organisations}, {@link PeopleFinder}, {@link Summarizer}, {@link QuoteFinder}, and the gazetteer and
 * taxonomy of its {@link Knowledge}. What a reference manager holds of the article as curated (its {@link
 * SourceNote}'s title, authors, publication and day published, a Zotero item's) wins over what the page says: the
 * researcher has read and corrected it.
 *
 * <pre>{@code
 * MetadataExtractor extractor = MetadataExtractor.builder().knowledge(Knowledge.load(Path.of("content"))).build();
 * Metadata meta = extractor.extract(cleanArticle);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class MetadataExtractor {

    private final Knowledge knowledge;
    private final Summarizer summarizer;
    private final Titles titles;
    private final Bylines bylines;
    private final Publisher publisher;
    private final Dates dates;
    private final Labels labels;
    private final Organisations organisations;
    private final PeopleFinder people;
    private final QuoteFinder quotes;
    private final Sources sources;

    /** The shipped models of the learned choices, loaded when an extractor first uses them. */
    private static final class Models {
        /** The learned choice among a page's candidate titles. */
        static final LinearModel TITLES = LinearModel.shipped("title-model.tsv", TitleCandidate.NAMES);
        /** The learned choice among the names a page may be signed by, where the rules find none. */
        static final LinearModel AUTHORS = LinearModel.shipped("author-model.tsv", AuthorCandidates.NAMES);
    }

    private MetadataExtractor(Knowledge knowledge, boolean learned) {
        this.knowledge = knowledge;
        this.summarizer = new Summarizer(knowledge.lexicon(), knowledge.boilerplate());
        this.titles = new Titles(knowledge.lexicon(), knowledge.publications(), summarizer,
                learned ? Models.TITLES : null);
        this.people = new PeopleFinder(knowledge.people(), knowledge.lexicon());
        this.bylines = new Bylines(knowledge, people, summarizer, learned ? Models.AUTHORS : null);
        this.publisher = new Publisher(knowledge.lexicon(), knowledge.publications(), knowledge.gazetteer());
        this.dates = new Dates(knowledge.lexicon());
        this.labels = new Labels(knowledge);
        this.organisations = new Organisations(knowledge);
        this.quotes = new QuoteFinder(knowledge.lexicon(), summarizer);
        this.sources = new Sources(dates);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What this extractor knows. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** Extracts the metadata of one cleaned article. */
    public Metadata extract(CleanArticle article) {
        List<String> paragraphs = paragraphs(article);
        String body = article.body().stream().map(Part::text).collect(Collectors.joining("\n\n"));
        int words = Words.count(body);
        List<String> standfirst = article.all(PartType.STANDFIRST);
        SourceNote note = article.note();
        String title = note.title().map(t -> t.strip().replaceAll("\\s+", " ")).filter(t -> !t.isEmpty())
                .orElseGet(() -> titles.title(article, paragraphs));
        List<String> summary = !standfirst.isEmpty() ? standfirst : summarizer.summarize(paragraphs, words > 400 ? 3 : 2);
        Optional<String> publication = note.publication().or(() -> publisher.publication(article));
        List<Author> authors = note.authors().isEmpty() ? bylines.authors(article, publication) : curated(note.authors());
        String summaryText = String.join("\n", standfirst);
        String searchable = title + "\n" + summaryText + "\n" + body;

        Gazetteer gazetteer = knowledge.gazetteer();
        String language = knowledge.lexicon().languages().detect(Words.of(body));
        Optional<String> told = language(language, article);
        List<CountryMention> countries = gazetteer.rank(title, summaryText, body, told.orElse("en"));
        // Names are read by the rules of the language the page is told in (its stopwords, else its own lang).
        String named = told.orElse(language);
        List<String> orgs = organisations.find(searchable, body, named, publication);
        // The article's own authors, places, organisations and publications are no people it names.
        Set<String> authorKeys = authors.stream().map(a -> Words.nameKey(a.name())).collect(Collectors.toSet());
        NameList knownOrgs = knowledge.organisations();
        NameList publications = knowledge.publications();
        List<String> persons = people.find(searchable, named, name -> authorKeys.contains(Words.nameKey(name))
                || gazetteer.mentions(name).size() > 0 || knownOrgs.canonical(name) != null
                || publications.canonical(name) != null);

        List<String> tags = labels.tags(article);
        Optional<String> section = labels.section(article);
        Optional<LocalDate> accessed = sources.accessed(article);
        // A curated day is the curator's, but no more trusted than any date to be one (not 2099, not 1970-01-01).
        Optional<LocalDate> curatedDay = note.published().flatMap(Dates::plausible);
        DateConvention convention = DateConvention.of(locale(told, article), accessed);
        Optional<LocalDate> published = curatedDay.isPresent() ? curatedDay
                : Dates.notAfterSaved(dates.published(article, title, convention), accessed);
        return new Metadata(title, authors, publication, published, section, tags,
                knowledge.taxonomy().classify(searchable, words, language),
                countries, persons, orgs, summary,
                quotes.find(paragraphs, persons), words, sources.url(article), accessed, told);
    }

    /** The article's paragraphs of prose: its body less headings, table rows and code. */
    static List<String> paragraphs(CleanArticle article) {
        return article.body().stream()
                .filter(p -> p.type() != PartType.HEADING && p.type() != PartType.TABLE_ROW && p.type() != PartType.CODE)
                .map(Part::text).toList();
    }

    /**
     * Curated authors, by name only: an organisation when the knowledge lists it as one or as a publication
     * ("Reuters"), a person otherwise.
     */
    private List<Author> curated(List<String> names) {
        return names.stream().map(n -> knowledge.organisations().canonical(n) != null
                || knowledge.publications().canonical(n) != null ? Author.organisation(n)
                : new Author(n, Optional.empty(), Optional.empty())).toList();
    }

    /**
     * The article's language: told by its prose's stopwords, else as the page declares it ({@code <html lang>},
     * {@code og:locale}), as ISO 639-1.
     */
    private static Optional<String> language(String detected, CleanArticle article) {
        if (!detected.equals(io.github.dossier.knowledge.Languages.UNKNOWN)) {
            return Optional.of(detected);
        }
        return article.meta("html:lang").or(() -> article.meta("og:locale"))
                .map(l -> l.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0])
                .filter(l -> l.matches("[a-z]{2}"));
    }

    /**
     * The page's locale, for how it writes a date: the language it is told in, with the region it declares for that
     * language ({@code <html lang="en-GB">}, {@code og:locale} "en_GB") when it declares one.
     */
    private static Optional<java.util.Locale> locale(Optional<String> told, CleanArticle article) {
        return told.map(language -> java.util.stream.Stream.of("html:lang", "og:locale")
                .flatMap(key -> article.meta(key).stream())
                .map(tag -> java.util.Locale.forLanguageTag(tag.strip().replace('_', '-')))
                .filter(l -> l.getLanguage().equals(language) && !l.getCountry().isEmpty())
                .findFirst().orElseGet(() -> new java.util.Locale(language)));
    }

    /** Configures a {@link MetadataExtractor}. */
    public static final class Builder {
        private Knowledge knowledge; // the shipped knowledge unless set
        private boolean learned = true;

        private Builder() {
        }

        /** What the extractor knows: the lexicon, gazetteer, name lists and taxonomy. */
        public Builder knowledge(Knowledge knowledge) {
            this.knowledge = knowledge;
            return this;
        }

        /** The shipped knowledge with what a project folder's data files add. */
        public Builder dataDirectory(Path dataDirectory) {
            return knowledge(Knowledge.load(dataDirectory));
        }

        /**
         * Whether fields with several candidates (the title; the authors, where the rules find none) are chosen by the
         * shipped learned models (the default) or by the rules alone.
         */
        public Builder learned(boolean learned) {
            this.learned = learned;
            return this;
        }

        public MetadataExtractor build() {
            return new MetadataExtractor(knowledge == null ? Knowledge.shipped() : knowledge, learned);
        }
    }
}
