package io.github.dossier;

/** A build that cannot go on; the message names the file at fault and, where known, the line. */
public final class DossierException extends Exception {
    private static final long serialVersionUID = 1L;

    public DossierException(String message, Throwable cause) {
        super(message, cause);
    }

    public DossierException(String message) {
        super(message);
    }
}
