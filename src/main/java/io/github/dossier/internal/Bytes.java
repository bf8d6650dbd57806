package io.github.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The build's binary cache files, written and read with unsigned varints, UTF-8 strings and 64-bit words through a
 * window of a megabyte: a file is written to a temporary file beside it and renamed into place whole ({@link #finish}),
 * and read as a stream, so that neither holds a whole cache file (a hundred megabytes and more at 100,000 briefs) in
 * memory besides what it is read into. Reading past its end, or a malformed number, is an {@link IOException}: a
 * damaged cache is read as no cache.
 *
 * <pre>{@code
 * try (Bytes out = Bytes.writer("my-cache 1", file)) {
 *     out.varint(42); out.string("x");
 *     out.finish();                               // file now holds exactly this
 * }
 * Optional<Integer> n = Bytes.read(file, "my-cache 1", in -> in.varint());
 * }</pre>
 */
public final class Bytes implements AutoCloseable {
    private static final int WINDOW = 1 << 20;

    private byte[] bytes;
    private int size;
    private int at;
    private final OutputStream out;
    private final InputStream in;
    private final Path file;
    private final Path tmp;
    private IOException failure;

    private Bytes(Path file) throws IOException {
        this.bytes = new byte[WINDOW];
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.Temporary t = AtomicFile.temporary(file);
        this.tmp = t.path();
        this.out = t.out();
        this.in = null;
    }

    private Bytes(InputStream in) {
        this.bytes = new byte[WINDOW];
        this.in = in;
        this.out = null;
        this.file = null;
        this.tmp = null;
    }

    /** Room for {@code n} more bytes: the window is written out when full, or grown for one long value. */
    private void room(int n) {
        if (size + n <= bytes.length) {
            return;
        }
        if (failure == null) {
            try {
                out.write(bytes, 0, size);
            } catch (IOException e) {
                failure = e; // told by finish()
            }
        }
        size = 0;
        if (n > bytes.length) {
            bytes = new byte[n];
        }
    }

    public void varint(int v) {
        room(5);
        while ((v & ~0x7F) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    public void longBits(long v) {
        room(8);
        for (int k = 0; k < 8; k++) {
            bytes[size++] = (byte) (v >>> (56 - 8 * k));
        }
    }

    public void string(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code b}'s length, then its bytes. */
    public void bytes(byte[] b) {
        varint(b.length);
        room(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    public void strings(String[] strings) {
        varint(strings.length);
        for (String s : strings) {
            string(s);
        }
    }

    /** At least {@code n} unread bytes in the window, or an error when the file ends first. */
    private void need(int n) throws IOException {
        if (size - at >= n) {
            return;
        }
        int left = size - at;
        byte[] window = n > bytes.length ? new byte[n] : bytes;
        System.arraycopy(bytes, at, window, 0, left);
        bytes = window;
        at = 0;
        size = left;
        while (size < n) {
            int read = in.read(bytes, size, bytes.length - size);
            if (read < 0) {
                throw new IOException("truncated");
            }
            size += read;
        }
    }

    public int varint() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            need(1);
            int b = bytes[at++] & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed number");
    }

    public long longBits() throws IOException {
        need(8);
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (bytes[at++] & 0xFF);
        }
        return v;
    }

    private int length() throws IOException {
        int length = varint();
        if (length < 0 || length > 1 << 30) {
            throw new IOException("malformed length");
        }
        need(length);
        return length;
    }

    public String string() throws IOException {
        int length = length();
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    /** Bytes written by {@link #bytes(byte[])}. */
    public byte[] bytes() throws IOException {
        int length = length();
        byte[] b = Arrays.copyOfRange(bytes, at, at + length);
        at += length;
        return b;
    }

    public String[] strings() throws IOException {
        int length = varint();
        if (length < 0 || length > 1 << 30) {
            throw new IOException("malformed length");
        }
        String[] out = new String[Math.min(length, 1 << 16)];
        for (int i = 0; i < length; i++) {
            if (i == out.length) {
                out = Arrays.copyOf(out, Math.min(length, out.length * 2));
            }
            out[i] = string();
        }
        return out;
    }

    /** Whether every byte has been read. */
    private boolean atEnd() throws IOException {
        if (at < size) {
            return false;
        }
        at = 0;
        size = Math.max(0, in.read(bytes, 0, bytes.length));
        return size == 0;
    }

    /**
     * Puts what was written in place of the file, whole: the rest of the window written, the temporary file renamed
     * over it.
     */
    public void finish() throws IOException {
        try {
            if (failure != null) {
                throw failure;
            }
            out.write(bytes, 0, size);
            out.close();
        } catch (IOException e) {
            out.close();
            Files.deleteIfExists(tmp);
            throw e;
        }
        size = 0;
        if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // A folder where the cache file goes: no cache kept, as when it cannot be read; the next build is cold.
            Files.deleteIfExists(tmp);
            return;
        }
        AtomicFile.replace(tmp, file);
    }

    /** A writer not {@link #finish finished} leaves nothing: its temporary file is deleted. */
    @Override
    public void close() throws IOException {
        if (out != null && Files.exists(tmp)) {
            out.close();
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads one value from a cache file's bytes. */
    @FunctionalInterface
    public interface Reader<T> {
        /** The value, or null when the bytes are of another kind (another engine, other settings). */
        T read(Bytes in) throws IOException;
    }

    /**
     * A cache file of {@code format} to write, its first string the format's name: written beside {@code file}
     * until {@link #finish}, which puts it in place.
     */
    public static Bytes writer(String format, Path file) throws IOException {
        Bytes out = new Bytes(file);
        out.string(format);
        return out;
    }

    /**
     * The value {@code reader} reads from {@code file}, a cache file of {@code format} ({@link #writer}): empty when
     * there is no such file, it is of another format, the reader reads null or not all of it, or it is damaged. A
     * cache that cannot be read is no cache, never an error.
     */
    public static <T> Optional<T> read(Path file, String format, Reader<T> reader) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream stream = Files.newInputStream(file)) {
            Bytes in = new Bytes(stream);
            if (!in.string().equals(format)) {
                return Optional.empty();
            }
            T value = reader.read(in);
            return value != null && in.atEnd() ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }
}
