package io.github.dossier.knowledge;

/**
 * A country as Dossier names it.
 *
 * @param code ISO 3166 alpha-2 code, upper case
 * @param name English short name, as shown on the site
 */
public record Country(String code, String name) {
}
