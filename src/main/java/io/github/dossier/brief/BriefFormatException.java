package io.github.dossier.brief;

import java.io.IOException;
import java.nio.file.Path;

/** A brief on disk that cannot be read: the message names the file and, where known, the line. */
public final class BriefFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public BriefFormatException(Path file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line in the file, 0 when the fault is not at one line. */
    public int line() {
        return line;
    }
}
