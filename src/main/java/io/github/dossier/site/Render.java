package io.github.dossier.site;

import io.github.dossier.brief.AuthorRegistry;
import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import java.util.Map;

/**
 * One render's shared state, handed to each kind of page in turn: what templates see, the templates, where pages
 * go, what the pages need besides the briefs, and what went wrong with one brief's page.
 *
 * @param models            the models of the corpus
 * @param templates         the theme
 * @param out               the site being written
 * @param complete          whether every file is written (false when only the pages of changed templates are)
 * @param themeDescriptions what each theme means
 * @param aliases           other names of the names briefs carry, by kind, linked like them
 * @param lexicon           stopwords (which related briefs and the search index leave out), opinion labels
 * @param people            what the author register says of each author, by name
 * @param failed            briefs whose page could not be rendered, with their warning line
 */
record Render(Models models, Templates templates, SiteOutput out, boolean complete, Map<String, String> themeDescriptions,
        Map<TermKind, Map<String, String>> aliases, Lexicon lexicon, Map<String, AuthorRegistry.Author> people,
        Map<Brief, String> failed) {

    Corpus corpus() {
        return models.corpus();
    }

    /** Whether the register says {@code author} is an organisation signing as an author, not a person. */
    boolean isOrganisation(String author) {
        AuthorRegistry.Author a = people.get(author);
        return a != null && a.organisation();
    }
}
