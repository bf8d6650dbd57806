package io.github.dossier;

import io.github.dossier.internal.InputText;

/**
 * A build that cannot go on; the message names the file at fault and, where known, the line. The message is printable
 * as it is ({@link BuildLog#printable}): it goes to a terminal.
 */
public final class DossierException extends Exception {
    private static final long serialVersionUID = 1L;

    public DossierException(String message, Throwable cause) {
        super(InputText.printable(message), cause);
    }

    public DossierException(String message) {
        super(InputText.printable(message));
    }
}
