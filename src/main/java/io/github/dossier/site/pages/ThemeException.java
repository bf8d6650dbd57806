package io.github.dossier.site.pages;

/**
 * A theme that cannot make a page: a template with an error (the message names its file and line), a file of the
 * project's templates folder that is a link out of it, an asset that cannot be read.
 */
public final class ThemeException extends Exception {
    private static final long serialVersionUID = 1L;

    ThemeException(String message, Throwable cause) {
        super(message, cause);
    }

    ThemeException(String message) {
        super(message);
    }
}
