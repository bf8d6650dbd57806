package io.github.dossier.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file the researcher writes (a data file, an author file, {@code sources.yml}) as UTF-8, strictly: a file
 * saved in another encoding (Windows-1252, say) is an error that says where, not text with a replacement character in
 * it or the JDK's bare "Input length = 2". Stateless.
 *
 * <pre>{@code
 * String text = Utf8.read(Path.of("content/stopwords-en.txt"));
 * // content/stopwords-en.txt:3: not UTF-8: byte 0x93 at byte 17 of the line (…); save the file as UTF-8
 * }</pre>
 */
public final class Utf8 {

    private Utf8() {
    }

    /** A file that is not valid UTF-8: the message names it, the line and the byte of its first bad sequence. */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        private final transient Path file;
        private final int line;
        private final String reason;

        NotUtf8Exception(Path file, int line, String reason) {
            this.file = file;
            this.line = line;
            this.reason = reason;
        }

        public Path file() {
            return file;
        }

        /** 1-based line of the first sequence that is not UTF-8. */
        public int line() {
            return line;
        }

        /** What is wrong, without the file and line: "not UTF-8: byte 0x93 at …". */
        public String reason() {
            return reason;
        }

        @Override
        public String getMessage() {
            return file + ":" + line + ": " + reason;
        }
    }

    /** The text of {@code file}, read as UTF-8 (a BOM is kept, as {@link Files#readString} keeps it). */
    public static String read(Path file) throws IOException {
        return decode(file, Files.readAllBytes(file));
    }

    /** {@code bytes}, the content of {@code file}, as UTF-8 text. */
    public static String decode(Path file, byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position(), result.length());
        }
        return out.flip().toString();
    }

    private static NotUtf8Exception notUtf8(Path file, byte[] bytes, int at, int length) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder seq = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
            seq.append(seq.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
        }
        String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).strip();
        if (before.length() > 40) {
            before = "…" + before.substring(before.length() - 40);
        }
        return new NotUtf8Exception(file, line, "not UTF-8: byte " + seq + " at byte "
                + (at - lineStart + 1) + " of the line" + (before.isEmpty() ? "" : " (after \"" + before + "\")")
                + ", byte " + (at + 1) + " of the file; save the file as UTF-8");
    }
}
