package io.github.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The build's binary cache files, written and read with unsigned varints, UTF-8 strings and 64-bit words through a
 * window of up to a megabyte: a file is written to a temporary file beside it and renamed into place whole
 * ({@link #finish}), and read as a stream, so that neither holds a whole cache file (a hundred megabytes and more at
 * 100,000 briefs) in memory besides what it is read into.
 *
 * <p>Each file is checked before any of its values is used: a header (a mark, the format's name, their CRC-32C), the
 * values, and a trailer (their length, and the CRC-32C of everything before it). A file whose size is not what its
 * trailer says is not read further; one whose checksum is wrong is never handed to its reader. Anything else in its
 * place (a folder, a link, a pipe), a file that cannot be read, a reader that fails: the same. Damage of any kind is
 * no cache, with one note naming the file, never an error; a file of another format (another version's) is no cache,
 * silently.
 *
 * <pre>{@code
 * try (Bytes out = Bytes.writer("my-cache 1", file)) {
 *     out.varint(42); out.string("x");
 *     out.finish();                               // file now holds exactly this
 * }
 * Optional<Integer> n = Bytes.read(file, "my-cache 1", in -> in.varint(), log::note);
 * }</pre>
 */
public final class Bytes implements AutoCloseable {
    static final int WINDOW = 1 << 20;
    /** What every file begins with: one of these, of some format. */
    static final byte[] MARK = "DOSSIER\n".getBytes(StandardCharsets.US_ASCII);
    /** How long a format's name may be, in bytes. */
    static final int MAX_FORMAT = 200;
    /** The trailer: the values' length and the checksum. */
    static final int TRAILER = 12;
    /** How large a file may be: far more than any cache file Dossier writes (a gigabyte at 100,000 briefs). */
    static final long MAX_SIZE = 16L << 30;

    private byte[] bytes;
    private int size;
    private int at;
    private final OutputStream out;
    private final InputStream in;
    private final Path file;
    private final Path tmp;
    private IOException failure;
    /** Written: what has left the window, its checksum, and the header's length. */
    private long flushed;
    private final CRC32C crc = new CRC32C();
    private int header;

    private Bytes(Path file) throws IOException {
        this.bytes = new byte[8192];
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.Temporary t = AtomicFile.temporary(file);
        this.tmp = t.path();
        this.out = t.out();
        this.in = null;
    }

    private Bytes(InputStream in, long length) {
        this.bytes = new byte[(int) Math.min(WINDOW, Math.max(64, length))];
        this.in = in;
        this.out = null;
        this.file = null;
        this.tmp = null;
    }

    /**
     * Room for {@code n} more bytes: the window grows up to its size (a small file is written at once), is written out
     * when full, or grows for one long value.
     */
    private void room(int n) {
        if (size + n <= bytes.length) {
            return;
        }
        if (bytes.length < WINDOW && size + n <= WINDOW) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, Math.min(WINDOW, bytes.length * 2)));
            return;
        }
        flush();
        if (n > bytes.length) {
            bytes = new byte[n];
        }
    }

    /** Writes the window out, counted into the checksum. */
    private void flush() {
        crc.update(bytes, 0, size);
        flushed += size;
        if (failure == null) {
            try {
                out.write(bytes, 0, size);
            } catch (IOException e) {
                failure = e; // told by finish()
            }
        }
        size = 0;
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

    public void flag(boolean v) {
        varint(v ? 1 : 0);
    }

    public void string(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code b}'s length, then its bytes. */
    public void bytes(byte[] b) {
        varint(b.length);
        raw(b);
    }

    private void raw(byte[] b) {
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

    /** A flag written by {@link #flag(boolean)}; any other number is an error. */
    public boolean flag() throws IOException {
        int v = varint();
        if (v != 0 && v != 1) {
            throw new IOException("malformed flag");
        }
        return v == 1;
    }

    private int length() throws IOException {
        int length = varint();
        if (length < 0 || length > 1 << 30) {
            throw new IOException("malformed length");
        }
        return length;
    }

    public String string() throws IOException {
        int length = length();
        need(length);
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    /** Bytes written by {@link #bytes(byte[])}. */
    public byte[] bytes() throws IOException {
        int length = length();
        need(length);
        byte[] b = Arrays.copyOfRange(bytes, at, at + length);
        at += length;
        return b;
    }

    /** Passes over one string or bytes without reading them into anything. */
    public void skip() throws IOException {
        for (int left = length(); left > 0; ) {
            if (at == size) {
                need(1);
            }
            int n = Math.min(left, size - at);
            at += n;
            left -= n;
        }
    }

    /** Passes over whatever is left unread: for a reader that needs only the first values. */
    public void skipRest() throws IOException {
        while (!atEnd()) {
            at = size;
        }
    }

    public String[] strings() throws IOException {
        int length = length();
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
     * Puts what was written in place of the file, whole: the trailer added, the rest of the window written, the
     * temporary file renamed over it. Returns whether it is in place: not when a folder is where it goes (no cache is
     * kept then, as when it cannot be read; reading it says so).
     */
    public boolean finish() throws IOException {
        try {
            longBits(flushed + size - header);
            room(4);
            crc.update(bytes, 0, size);
            int sum = (int) crc.getValue();
            for (int k = 0; k < 4; k++) {
                bytes[size++] = (byte) (sum >>> (24 - 8 * k));
            }
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
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(tmp);
            return false;
        }
        AtomicFile.replace(tmp, file);
        return true;
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
     * A cache file of {@code format} to write, its header naming the format: written beside {@code file} until
     * {@link #finish}, which puts it in place.
     */
    public static Bytes writer(String format, Path file) throws IOException {
        byte[] name = format.getBytes(StandardCharsets.UTF_8);
        if (name.length > MAX_FORMAT) {
            throw new IllegalArgumentException("format name too long: " + format);
        }
        Bytes out = new Bytes(file);
        out.raw(MARK);
        out.bytes(name);
        CRC32C head = new CRC32C();
        head.update(out.bytes, 0, out.size);
        out.int32((int) head.getValue());
        out.header = out.size;
        return out;
    }

    private void int32(int v) {
        room(4);
        for (int k = 0; k < 4; k++) {
            bytes[size++] = (byte) (v >>> (24 - 8 * k));
        }
    }

    /**
     * Whether {@code file} begins as the files {@link #writer} makes do, whatever their format: for a store that read
     * another kind of file before.
     */
    public static boolean begins(Path file) {
        return CheckedFile.begins(file);
    }

    /**
     * The value {@code reader} reads from {@code file}, a cache file of {@code format} ({@link #writer}): empty when
     * there is no such file, it is of another format, or the reader reads null. A damaged file, or anything else in
     * its place, is empty too, and says so in one line to {@code notes}, naming the file: a cache that cannot be read
     * is no cache, never an error. The reader is handed nothing that was not checked.
     */
    public static <T> Optional<T> read(Path file, String format, Reader<T> reader, Consumer<String> notes) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(load(file, format, reader));
        } catch (CheckedFile.Damaged e) {
            notes.accept(file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** As {@link #read(Path, String, Reader, Consumer)}, damage unsaid. */
    public static <T> Optional<T> read(Path file, String format, Reader<T> reader) {
        return read(file, format, reader, note -> { });
    }

    /** The value in {@code file}, or null when there is none, or of another format; damage is thrown. */
    private static <T> T load(Path file, String format, Reader<T> reader) throws CheckedFile.Damaged {
        try (CheckedFile.Checked checked = CheckedFile.open(file, format)) {
            if (checked == null) {
                return null;
            }
            Bytes in = new Bytes(checked.values(), checked.length());
            T value = reader.read(in);
            if (value != null && !in.atEnd()) {
                throw new CheckedFile.Damaged("not read to its end");
            }
            return value;
        } catch (CheckedFile.Damaged e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new CheckedFile.Damaged(e instanceof IOException io ? "cannot be read: " + reason(io)
                    : Fault.describe(e));
        }
    }

    /** Why a cache file could not be read or written, in a few words, for a note that names it. */
    public static String reason(IOException e) {
        return CheckedFile.reason(e);
    }
}
