package io.github.dossier.extract;

import io.github.dossier.knowledge.CountryMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


/**
 * Everything extraction learns about one article: the fields of a brief's front matter, which a brief takes as
 * {@code brief.BriefField} says (an author's name, a country's name and count).
 *
 * @param title         the headline, or the best stand-in for it
 * @param authors       authors in byline order
 * @param publication   the publication the page says it belongs to, when it says so
 * @param published     the article's own date, when it states one
 * @param section       the section or kicker it ran under
 * @param tags          the source's own tags
 * @param themes        themes from the taxonomy, strongest first
 * @param countries     countries discussed, most prominent first
 * @param people        people named, most mentioned first
 * @param organisations organisations named, most mentioned first
 * @param summary       standfirst bullets, or sentences chosen from the article
 * @param quotes        notable quotations and their speakers
 * @param words         the article's length in words
 * @param url           the original article's address, when the page or the scrape states it
 * @param accessed      the day the page was saved, when it says so
 * @param language      the article's language (ISO 639-1), when it can be told
 */
public record Metadata(
        String title,
        List<Author> authors,
        Optional<String> publication,
        Optional<LocalDate> published,
        Optional<String> section,
        List<String> tags,
        List<String> themes,
        List<CountryMention> countries,
        List<String> people,
        List<String> organisations,
        List<String> summary,
        List<Quote> quotes,
        int words,
        Optional<String> url,
        Optional<LocalDate> accessed,
        Optional<String> language) {

    public Metadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        themes = List.copyOf(themes);
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
    }
}
