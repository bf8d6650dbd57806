package io.github.dossier.extract;

import java.util.Optional;

/**
 * An author as an article presents them.
 *
 * @param name        display name without honorifics ("Natasha Kuhrt", not "Dr. Natasha Kuhrt")
 * @param bio         the article's line about them, when it has one
 * @param affiliation the institution the bio names, when it names one
 */
public record Author(String name, Optional<String> bio, Optional<String> affiliation) {
}
