package io.github.dossier.knowledge;

/**
 * How prominently an article discusses a country.
 *
 * @param country  the country
 * @param mentions how many times the title, summary and body name it
 * @param weight   mentions weighted by where they stand (title and summary weigh more than body)
 */
public record CountryMention(Country country, int mentions, double weight) {
}
