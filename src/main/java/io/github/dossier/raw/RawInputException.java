package io.github.dossier.raw;

import java.io.IOException;

/** A raw file Dossier cannot read as an article; the message says why, in words for the log. */
public final class RawInputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;

    public RawInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    /** The raw file at fault, relative to the raw directory. */
    public String source() {
        return source;
    }
}
