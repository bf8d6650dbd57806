package io.github.dossier.raw;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of an article from outside its page: what the researcher noted ({@code content/sources.yml}), what a
 * web archive recorded (the address and day of the capture), what a Zotero library holds (the item as curated).
 * Carried by the {@link RawDocument} and the cleaned article, and read by extraction before what the page says of
 * itself; a curated field ({@code title}, {@code authors}, {@code publication}, {@code published}) replaces what
 * extraction would find.
 *
 * <pre>{@code
 * new SourceNote(Optional.of("https://www.scmp.com/comment/opinion/article/3160101/…"), Optional.empty())
 * }</pre>
 *
 * @param url         the original address, when known
 * @param accessed    the day the page was seen (saved, captured, accessed), when known
 * @param title       the title as curated, when known
 * @param authors     the authors as curated ("Given Family"), in order; empty when not known
 * @param publication the publication as curated, when known
 * @param published   the day of publication as curated, when known
 * @param captured    the address the page was fetched from (a web archive's target URI), when known: unlike {@code
 *                    url}, it comes after the page's own canonical address, which may say better (no tracking
 *                    parameters, not the mobile or print variant)
 */
public record SourceNote(Optional<String> url, Optional<LocalDate> accessed, Optional<String> title,
        List<String> authors, Optional<String> publication, Optional<LocalDate> published,
        Optional<String> captured) {

    /** Nothing noted. */
    public static final SourceNote NONE = new SourceNote(Optional.empty(), Optional.empty());

    public SourceNote {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(captured, "captured");
    }

    /** Curated fields: what a reference manager holds of an item. */
    public SourceNote(Optional<String> url, Optional<LocalDate> accessed, Optional<String> title,
            List<String> authors, Optional<String> publication, Optional<LocalDate> published) {
        this(url, accessed, title, authors, publication, published, Optional.empty());
    }

    /** Where and when only: what a scrape's notes or an archive's record say. */
    public SourceNote(Optional<String> url, Optional<LocalDate> accessed) {
        this(url, accessed, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /** Each field of this note, or of {@code under} where this one says nothing. */
    public SourceNote over(SourceNote under) {
        return new SourceNote(url.or(under::url), accessed.or(under::accessed), title.or(under::title),
                authors.isEmpty() ? under.authors : authors, publication.or(under::publication),
                published.or(under::published), captured.or(under::captured));
    }

    /** Whether the note says nothing. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
