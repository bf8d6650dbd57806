package io.github.dossier.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * A growable byte buffer for the build's binary caches, written and read with unsigned varints, UTF-8 strings and
 * 64-bit words; written to a file whole or not at all. Reading past its end, or a malformed number, is an
 * {@link IOException}: a damaged cache is read as no cache.
 */
public final class Bytes {
    private byte[] bytes;
    private int size;
    private int at;

    private Bytes() {
        bytes = new byte[1 << 20];
    }

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
        this.size = bytes.length;
    }

    public void varint(int v) {
        if (size + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        while ((v & ~0x7F) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    public void longBits(long v) {
        if (size + 8 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        for (int k = 0; k < 8; k++) {
            bytes[size++] = (byte) (v >>> (56 - 8 * k));
        }
    }

    public void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        if (size + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
        }
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** {@code b}'s length, then its bytes. */
    public void bytes(byte[] b) {
        varint(b.length);
        if (size + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
        }
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    public void strings(String[] strings) {
        varint(strings.length);
        for (String s : strings) {
            string(s);
        }
    }

    public int varint() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (at >= size) {
                throw new IOException("truncated");
            }
            int b = bytes[at++] & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed number");
    }

    public long longBits() throws IOException {
        if (at + 8 > size) {
            throw new IOException("truncated");
        }
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (bytes[at++] & 0xFF);
        }
        return v;
    }

    public String string() throws IOException {
        int length = varint();
        if (length < 0 || at + length > size) {
            throw new IOException("truncated");
        }
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    /** Bytes written by {@link #bytes(byte[])}. */
    public byte[] bytes() throws IOException {
        int length = varint();
        if (length < 0 || at + length > size) {
            throw new IOException("truncated");
        }
        byte[] b = Arrays.copyOfRange(bytes, at, at + length);
        at += length;
        return b;
    }

    public String[] strings() throws IOException {
        int length = varint();
        if (length < 0 || length > size - at) {
            throw new IOException("truncated");
        }
        String[] out = new String[length];
        for (int i = 0; i < length; i++) {
            out[i] = string();
        }
        return out;
    }

    /** Whether every byte has been read. */
    private boolean atEnd() {
        return at == size;
    }

    /** Writes the bytes written so far to {@code file}, through a temporary file and a rename. */
    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
            out.write(bytes, 0, size);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads one value from a cache file's bytes. */
    @FunctionalInterface
    public interface Reader<T> {
        /** The value, or null when the bytes are of another kind (another engine, other settings). */
        T read(Bytes in) throws IOException;
    }

    /** A buffer to write a cache file of {@code format} into, its first string the format's name. */
    public static Bytes writer(String format) {
        Bytes out = new Bytes();
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
        try {
            Bytes in = new Bytes(Files.readAllBytes(file));
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
