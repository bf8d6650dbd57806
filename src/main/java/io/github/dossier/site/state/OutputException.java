package io.github.dossier.site.state;

/**
 * An output directory a render will not write: one that is not a directory, that Dossier did not make (it has no
 * {@link SiteOutput#MARKER} file), or the file-system root. The message names the directory.
 */
public final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }
}
