package io.github.dossier.clean;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the researcher noted of one raw file ({@code content/sources.yml}): its original address and the day it was
 * saved. Carried by the {@link CleanArticle}, and read by extraction before what the page says of itself.
 *
 * <pre>{@code
 * new SourceNote(Optional.of("https://www.scmp.com/comment/opinion/article/3160101/…"), Optional.empty())
 * }</pre>
 *
 * @param url      the original address, when noted
 * @param accessed the day the page was saved, when noted
 */
public record SourceNote(Optional<String> url, Optional<LocalDate> accessed) {

    /** Nothing noted. */
    public static final SourceNote NONE = new SourceNote(Optional.empty(), Optional.empty());

    public SourceNote {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accessed, "accessed");
    }
}
