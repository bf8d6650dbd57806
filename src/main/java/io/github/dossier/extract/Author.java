package io.github.dossier.extract;

import java.util.Optional;

/**
 * An author as an article presents them: a person, or an organisation that signs as one ("Reuters",
 * "Guardian staff reporter", "Redaktion"), which a citation writes as one literal name, never as a family and a
 * given name.
 *
 * @param name         display name without honorifics ("Natasha Kuhrt", not "Dr. Natasha Kuhrt")
 * @param bio          the article's line about them, when it has one
 * @param affiliation  the institution the bio names, when it names one
 * @param organisation whether the author is an organisation, not a person
 */
public record Author(String name, Optional<String> bio, Optional<String> affiliation, boolean organisation) {

    /** A person. */
    public Author(String name, Optional<String> bio, Optional<String> affiliation) {
        this(name, bio, affiliation, false);
    }

    /** An organisation signing as the author. */
    public static Author organisation(String name) {
        return new Author(name, Optional.empty(), Optional.empty(), true);
    }
}
