package io.github.dossier.brief;

import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A brief's body, as Markdown: held in memory, or kept where it was read from (a brief file, a cache entry) and read
 * again when asked, so that a build holds every brief's metadata but not every brief's text. Known by its
 * fingerprint either way: what the site is made from is compared by fingerprint, and the text is read only for the
 * pages written again. Two bodies are equal when their texts are.
 *
 * <pre>{@code
 * Body kept = Body.stored(text, file.toString(), () -> reread(file)); // text no longer held
 * kept.fingerprint();                                                // without reading
 * kept.text();                                                       // read again, and checked
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Body {

    /** Where a stored body is read again from. */
    @FunctionalInterface
    public interface Source {
        String read() throws IOException;
    }

    private static final Body EMPTY = new Body("", null, null, true, null);

    private final String text; // null when stored
    private final Source source;
    private final java.util.function.Supplier<String> where; // named only when something goes wrong
    private final boolean blank;
    private volatile String fingerprint;

    private Body(String text, Source source, java.util.function.Supplier<String> where, boolean blank,
            String fingerprint) {
        this.text = text;
        this.source = source;
        this.where = where;
        this.blank = blank;
        this.fingerprint = fingerprint;
    }

    /** A body held in memory. */
    public static Body of(String text) {
        return text.isEmpty() ? EMPTY : new Body(text, null, null, text.isBlank(), null);
    }

    /**
     * A body whose {@code text} is not kept: {@code source} reads it again from {@code where} (a file, named in the
     * error should it have changed by then).
     */
    public static Body stored(String text, String where, Source source) {
        return stored(Fingerprint.of(text), text.isBlank(), where, source);
    }

    /** A stored body known by its {@code fingerprint} ({@link Fingerprint#of} of its text) and blankness. */
    public static Body stored(String fingerprint, boolean blank, String where, Source source) {
        return new Body(null, source, () -> where, blank, fingerprint);
    }

    /**
     * A stored body whose place is named by {@code where} only when it is needed (an error): a large corpus holds
     * many stored bodies and no text about where each one is.
     */
    public static Body stored(String fingerprint, boolean blank, java.util.function.Supplier<String> where,
            Source source) {
        return new Body(null, source, where, blank, fingerprint);
    }

    /**
     * The text: held, or read again from its source and checked against the fingerprint.
     *
     * @throws UncheckedIOException naming the file when it cannot be read again or no longer holds this text (it
     *                              was edited while the build ran)
     */
    public String text() {
        if (text != null) {
            return text;
        }
        String read;
        try {
            read = source.read();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException(where.get() + ": cannot be read again: " + e.getMessage(), e));
        }
        if (!Fingerprint.of(read).equals(fingerprint)) {
            throw new UncheckedIOException(new IOException(where.get() + ": changed while the build was running"));
        }
        return read;
    }

    /** The {@link Fingerprint#of} of the text, without reading a stored body. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(text);
            fingerprint = f;
        }
        return f;
    }

    /** Whether the text is empty or white space only. */
    public boolean isBlank() {
        return blank;
    }

    /** Whether the text is held in memory rather than read again when asked. */
    public boolean held() {
        return text != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && (this == other || fingerprint().equals(other.fingerprint()));
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }

    /** The fingerprint, not the text: what a brief's {@code toString}, and so its fingerprints, carry. */
    @Override
    public String toString() {
        return "body " + fingerprint();
    }
}
