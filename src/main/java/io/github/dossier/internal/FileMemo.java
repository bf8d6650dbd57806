package io.github.dossier.internal;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What was last read from, or written to, one cache file, kept while the file is as it was then (the same
 * {@link Fingerprint#stamp}): a process that builds one project again and again (the preview server) reads each of
 * its caches once instead of after every edit. Held softly, so that memory is never short for it. The value must
 * not change once remembered. Thread-safe.
 *
 * <pre>{@code
 * FileMemo<State> memo = new FileMemo<>();
 * Optional<State> state = memo.read(file, State::read);   // read, or remembered
 * state.write(file); memo.wrote(file, state);              // the next read takes it from memory
 * }</pre>
 */
public final class FileMemo<T> {

    private record Kept<T>(Path file, String stamp, SoftReference<T> value) {
    }

    private volatile Kept<T> kept;

    /** The value in {@code file}: remembered when the file is as it was then, else read by {@code reader}. */
    public Optional<T> read(Path file, Function<Path, Optional<T>> reader) {
        if (file == null) {
            return reader.apply(null);
        }
        String stamp = stamp(file);
        Kept<T> k = kept;
        if (k != null && !stamp.isEmpty() && k.file().equals(file) && k.stamp().equals(stamp)) {
            T value = k.value().get();
            if (value != null) {
                return Optional.of(value);
            }
        }
        // Stamped before reading: a file that changes meanwhile is read again next time.
        Optional<T> read = reader.apply(file);
        kept = read.isPresent() && !stamp.isEmpty() ? new Kept<>(file, stamp, new SoftReference<>(read.get())) : null;
        return read;
    }

    /** Remembers {@code value} as what was just written to {@code file}. */
    public void wrote(Path file, T value) {
        String stamp = file == null ? "" : stamp(file);
        kept = stamp.isEmpty() ? null : new Kept<>(file, stamp, new SoftReference<>(value));
    }

    /** Forgets what was remembered. */
    public void forget() {
        kept = null;
    }

    private static String stamp(Path file) {
        if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // Nothing to remember it by: none, or a folder, a link or a pipe in its place, which is read as no cache.
            return "";
        }
        try {
            return Fingerprint.stamp(file);
        } catch (IOException e) {
            return "";
        }
    }
}
