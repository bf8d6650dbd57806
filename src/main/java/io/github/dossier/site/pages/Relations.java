package io.github.dossier.site.pages;

import io.github.dossier.brief.Brief;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Which briefs each brief's page lists as related, and what each shares with it. Made for the whole corpus at once,
 * and only when the brief pages are written: related briefs ({@code site.RelatedBriefs}) compare every brief with
 * every other, and keep what they made for the next render.
 */
@FunctionalInterface
public interface Relations {

    /** Relates every brief of {@code briefs} (the corpus, in order); the answer gives each brief's related briefs. */
    Function<Brief, List<Related>> relate(List<Brief> briefs) throws IOException;

    /** A brief related to another, most related first, and what the two share (themes, countries, names, words). */
    record Related(Brief brief, List<String> shares) {
    }
}
