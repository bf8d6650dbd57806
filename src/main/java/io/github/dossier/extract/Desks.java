package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who an organisation signing an article is to its readers: a desk with no name of its own ("Redaktion",
 * "Editorial Staff", "Redacción") or the site writing its own name as an author ("Redakcja Forsal.pl",
 * "Automobilwoche.de", "BRIGITTE.de") is the publication, so that two outlets' "Redaktion" are two authors and
 * never one; an agency or a desk that names itself ("Reuters", "Redaktion Polizeiticker Schweiz") stays as it
 * signs. A desk on a page that names no publication signs for no one and goes. Immutable and thread-safe.
 *
 * <pre>{@code
 * desks.signing("Redaktion", Optional.of("Gitarre & Bass")); // Optional[Gitarre & Bass]
 * desks.signing("Reuters", Optional.of("The Guardian"));     // Optional[Reuters]
 * }</pre>
 */
final class Desks {

    private final Set<String> deskWords;
    private final Lexicon lexicon;
    private final SiteNames sites;
    /** A desk's word opening or closing a name: "Redakcja Forsal.pl", "mix1.de Redaktion". */
    private final Pattern deskWord;

    Desks(Lexicon lexicon, SiteNames sites) {
        this.lexicon = lexicon;
        this.deskWords = lexicon.lowerCase(Lexicon.ORGANISATION_AUTHOR_WORDS);
        this.sites = sites;
        String desk = lexicon.alternation(Lexicon.ORGANISATION_AUTHOR_WORDS);
        this.deskWord = Pattern.compile("^(?:" + desk + ")\\s+|\\s+(?:" + desk + ")$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether a word is a desk's ("Redaktion", "staff") or a small word between them ("of the"). */
    private boolean deskOrSmall(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (w.isEmpty() || deskWords.contains(w)) {
            return true;
        }
        for (String language : lexicon.words(Lexicon.LANGUAGES)) {
            if (lexicon.stopwords(language).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is a desk and nothing more: "Redaktion", "Editorial Staff", "The Newsroom". */
    boolean isDesk(String name) {
        List<String> words = Words.of(name);
        return !words.isEmpty() && words.stream().anyMatch(w -> deskWords.contains(w.toLowerCase(Locale.ROOT)))
                && words.stream().allMatch(this::deskOrSmall);
    }

    /**
     * The name {@code organisation} signs as on a page of {@code publication}: the publication's for a desk or for
     * the site itself, empty for a desk of no known publication, else the organisation's own.
     */
    Optional<String> signing(String organisation, Optional<String> publication) {
        if (isDesk(organisation)) {
            return publication;
        }
        if (publication.isEmpty()) {
            return Optional.of(organisation);
        }
        // "Redakcja Forsal.pl" on Forsal.pl, "BRIGITTE.de" on BRIGITTE: the site's own name, its desk's word aside.
        Set<String> site = sites.keys(publication.get());
        String named = deskWord.matcher(organisation.strip()).replaceAll("").strip();
        boolean same = sites.keys(named).stream().anyMatch(site::contains);
        return Optional.of(same ? publication.get() : organisation);
    }
}
