package io.github.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A cache file {@link Bytes} wrote, checked before any of its values is read: a plain file in its place, never a
 * folder, a link or a pipe; its header (mark, format, their CRC-32C); its size against its trailer (so that a file
 * grown to gigabytes is not read); the CRC-32C of all of it, streamed. What passes is handed on as its values.
 */
final class CheckedFile {

    private CheckedFile() {
    }

    /** A checked file, open: its values, {@code length} bytes, read where they are. */
    record Checked(FileChannel channel, InputStream values, long length) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Damage found in a cache file: why, as the note says it. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String why) {
            super("damaged (" + why + "); not used, made again");
        }

        Damaged(String what, boolean kept) {
            super(what + (kept ? "; not used, made again" : "; not used, and no cache is kept there until it is removed"));
        }
    }

    /**
     * {@code file} checked as a cache file of {@code format}: null when there is none, or it is of another format
     * (another version's); damage of any kind is thrown, with why.
     */
    static Checked open(Path file, String format) throws Damaged, IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException none) {
            return null;
        } catch (IOException e) {
            throw new Damaged("cannot be read: " + reason(e));
        }
        if (attributes.isDirectory()) {
            throw new Damaged("a folder where a cache file goes", false);
        }
        if (attributes.isSymbolicLink()) {
            throw new Damaged("a link where a cache file goes (never followed)", true);
        }
        if (!attributes.isRegularFile()) {
            throw new Damaged("not a plain file (a pipe, a device) where a cache file goes", true);
        }
        long size = attributes.size();
        FileChannel channel = open(file);
        try {
            // The header: the mark, the format's name, their checksum.
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, Bytes.MARK.length + 2 + Bytes.MAX_FORMAT + 4));
            readFully(channel, head, 0);
            byte[] h = head.array();
            if (h.length < Bytes.MARK.length || !Arrays.equals(h, 0, Bytes.MARK.length, Bytes.MARK, 0, Bytes.MARK.length)) {
                if (olderVersion(h)) {
                    channel.close();
                    return null; // written by an earlier version of Dossier, before these checks
                }
                throw new Damaged(size == 0 ? "empty" : "not a cache file");
            }
            int length = 0;
            int p = Bytes.MARK.length;
            for (int shift = 0; p < h.length && shift < 14; shift += 7) {
                length |= (h[p] & 0x7F) << shift;
                if ((h[p++] & 0x80) == 0) {
                    break;
                }
            }
            int header = p + length + 4;
            if (length > Bytes.MAX_FORMAT || header > h.length) {
                throw new Damaged("header");
            }
            CRC32C sum = new CRC32C();
            sum.update(h, 0, header - 4);
            if ((int) sum.getValue() != int32(h, header - 4)) {
                throw new Damaged("header checksum");
            }
            if (!new String(h, p, length, StandardCharsets.UTF_8).equals(format)) {
                channel.close();
                return null; // another version's format
            }
            // The trailer: the values' length, which the file's size must agree with before anything more is read.
            if (size < header + Bytes.TRAILER) {
                throw new Damaged("truncated: " + size + " bytes");
            }
            ByteBuffer trailer = ByteBuffer.allocate(Bytes.TRAILER);
            readFully(channel, trailer, size - Bytes.TRAILER);
            long values = trailer.getLong(0);
            if (values < 0 || values > Bytes.MAX_SIZE || header + values + Bytes.TRAILER != size) {
                throw new Damaged("its size, " + size + " bytes, is not what it was written with");
            }
            // The checksum of everything before it, before any value is handed to the reader.
            sum.reset();
            ByteBuffer window = ByteBuffer.allocate((int) Math.min(Bytes.WINDOW, size));
            for (long at = 0; at < size - 4; ) {
                window.clear().limit((int) Math.min(window.capacity(), size - 4 - at));
                readFully(channel, window, at);
                sum.update(window.array(), 0, window.limit());
                at += window.limit();
            }
            if ((int) sum.getValue() != trailer.getInt(Bytes.TRAILER - 4)) {
                throw new Damaged("checksum");
            }
            return new Checked(channel, new Region(channel, header, values), values);
        } catch (Damaged e) {
            channel.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw new Damaged("cannot be read: " + (e instanceof IOException io ? reason(io) : Fault.describe(e)));
        }
    }

    /**
     * Whether {@code file} begins as the files {@link Bytes#writer} makes do, whatever their format: for a store that read
     * another kind of file before.
     */
    static boolean begins(Path file) {
        try (FileChannel channel = open(file)) {
            ByteBuffer head = ByteBuffer.allocate(Bytes.MARK.length);
            while (head.hasRemaining() && channel.read(head) >= 0) {
                // filled
            }
            return Arrays.equals(head.array(), Bytes.MARK);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code head} begins as files did before the header (a format's name after its one- or two-byte length),
     * which are not damaged but another version's.
     */
    private static boolean olderVersion(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        return s.startsWith("dossier", 1) || s.startsWith("dossier", 2);
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("truncated");
            }
        }
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    /** The values of a file: {@code length} bytes of {@code channel} from {@code start}, read where they are. */
    static final class Region extends InputStream {
        private final FileChannel channel;
        private long at;
        private final long end;

        Region(FileChannel channel, long start, long length) {
            this.channel = channel;
            this.at = start;
            this.end = start + length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
            if (n < 0) {
                throw new IOException("truncated");
            }
            at += n;
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }

    /** Why a cache file could not be read or written, in a few words, for a note that names it. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
