package io.github.dossier.testing;

import io.github.dossier.brief.Brief;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Two small briefs the site's unit tests share: a dated op-ed with every kind of name, and an undated brief. */
public final class TwoBriefs {

    /** Dated, two authors, a publication, a section, a theme, two countries, a person, a tag, a summary with markup. */
    public static final Brief OPED = Brief.builder("ties-that-bind", "Ties that bind & more", "a/one.txt")
            .authors(List.of("Jane Doe", "John Roe")).publication(Optional.of("The Diplomat"))
            .published(Optional.of(LocalDate.of(2021, 3, 1))).section(Optional.of("Opinion"))
            .themes(List.of("Diplomacy")).countries(List.of("China", "Russia")).people(List.of("Vladimir Putin"))
            .tags(List.of("Arctic")).summary(List.of("A summary <with> markup.")).words(420).body("Text.").build();

    /** Undated, one author shared with {@link #OPED}, one country. */
    public static final Brief UNDATED = Brief.builder("pipelines", "Gas and pipelines", "two.txt")
            .authors(List.of("Jane Doe")).countries(List.of("Russia")).body("Text.").build();

    private TwoBriefs() {
    }
}
