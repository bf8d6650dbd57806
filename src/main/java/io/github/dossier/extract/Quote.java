package io.github.dossier.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A notable quotation in an article.
 *
 * @param text    the quoted words, without the quotation marks
 * @param speaker who said them, when the sentence names a person
 */
public record Quote(String text, Optional<String> speaker) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
    }
}
