package io.github.dossier.site;

/** A site that cannot be rendered, such as a template with an error; the message names the template and line. */
public final class SiteException extends Exception {
    private static final long serialVersionUID = 1L;

    public SiteException(String message, Throwable cause) {
        super(message, cause);
    }

    public SiteException(String message) {
        super(message);
    }
}
