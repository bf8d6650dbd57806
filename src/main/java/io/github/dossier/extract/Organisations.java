package io.github.dossier.extract;

import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations an article names: those of {@code organisations.yml} by every form of their names, and those
 * the list does not know by the general rule of {@link UnlistedOrganisations} (a proper phrase ending in Council,
 * Institute, Ministry …, "Bundesamt für …", "… GmbH"), most named first. Immutable and thread-safe.
 */
final class Organisations {

    private final NameList organisations;
    private final NameList publications;
    private final UnlistedOrganisations unlisted;
    /** Heads that name other things as often ("Oval Office", "Terms of Service"): a name needs two mentions. */
    private final Set<String> weakHeads;

    Organisations(Knowledge knowledge) {
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.unlisted = new UnlistedOrganisations(knowledge, new NameBounds(knowledge.lexicon()));
        this.weakHeads = Set.copyOf(knowledge.lexicon().words(Lexicon.ORGANISATION_WEAK_HEADS));
    }

    /**
     * The organisations of {@code searchable} (title, summary, body) and, by rule ({@link UnlistedOrganisations}), of
     * {@code body} in {@code language}, most named first; with the publications it names ("according to Reuters",
     * "told The Hill") other than its {@code own}, which its page names as a masthead more often than as a source.
     */
    List<String> find(String searchable, String body, String language, Optional<String> own) {
        Map<String, Integer> counts = organisations.count(searchable);
        String ownName = own.map(o -> Objects.requireNonNullElse(publications.canonical(o), o)).orElse(null);
        Map<String, Integer> unknown = unlisted.find(body, language);
        publications.count(searchable).forEach((name, n) -> {
            // "Foreign Affairs" in "Ministry of Foreign Affairs": a word of a longer name, no publication.
            boolean inName = unknown.keySet().stream().anyMatch(o -> o.length() > name.length() && o.contains(name));
            if (!name.equals(ownName) && !inName) {
                counts.putIfAbsent(name, n);
            }
        });
        unknown.forEach((name, n) -> {
            // "Liberation Army" after "People's Liberation Army", "Polytechnic University" after "Hong Kong
            // Polytechnic University": the short form of a name the article gives in full.
            boolean shortForm = java.util.stream.Stream.concat(counts.keySet().stream(), unknown.keySet().stream())
                    .anyMatch(other -> other.endsWith(" " + name));
            if (!shortForm && (n >= 2 || !weakHeads.contains(name.substring(name.lastIndexOf(' ') + 1)))) {
                counts.putIfAbsent(name, n);
            }
        });
        List<String> orgs = new ArrayList<>(counts.keySet());
        List<String> order = new ArrayList<>(orgs);
        orgs.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a)
                : order.indexOf(a) - order.indexOf(b));
        return orgs;
    }

}
