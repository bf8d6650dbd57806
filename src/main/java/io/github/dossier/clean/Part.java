package io.github.dossier.clean;

import java.util.Objects;

/**
 * One typed piece of a cleaned article.
 *
 * @param type what the piece is
 * @param text its text, one line, trimmed
 * @param rule for {@link PartType#BOILERPLATE}, the name of the rule or signal that removed it; otherwise empty
 * @param line the 1-based line of the raw text it came from (0 when not known, as for HTML)
 */
public record Part(PartType type, String text, String rule, int line) {

    public Part {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }

    public static Part of(PartType type, String text) {
        return new Part(type, text, "", 0);
    }
}
