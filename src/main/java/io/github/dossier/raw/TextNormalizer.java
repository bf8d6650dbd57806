package io.github.dossier.raw;

import io.github.dossier.internal.InputText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Normalises decoded text the way every later stage expects it: {@code \n} line ends (NEL, U+2028 and U+2029
 * too), one kind of space, no invisible characters and none that {@link InputText} drops (controls, bidi overrides),
 * UTF-8 read as Windows-1252 repaired ({@code â€™} → {@code ’}), and NFC.
 * Typographic quotes and dashes are kept; whitespace at the end of the text is dropped. Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static final TextNormalizer DEFAULT = new TextNormalizer();

    /** Normalises {@code text}; see the class comment for what changes. */
    public String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = repairMojibake(s);
        // NEL only once the bytes it may stand for in mojibake are repaired.
        s = s.indexOf('\u0085') < 0 ? s : s.replace('\u0085', '\n');
        s = spacesAndControls(s);
        s = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        // The end of a file says nothing: a file saved again with a final newline more or less is the same text
        // (and the same cache key).
        return s.stripTrailing();
    }

    /** Drops invisible and control characters and makes odd spaces plain, in one pass (this runs on every file). */
    private static String spacesAndControls(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int kind = c >= 0x80 || c < 0x20 || c == 0x7F ? KINDS[c] : KEEP;
            if (kind != KEEP && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (kind == KEEP) {
                    out.append(c);
                } else if (kind == SPACE) {
                    out.append(' ');
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static final int KEEP = 0;
    private static final int DROP = 1;
    private static final int SPACE = 2;

    /** What becomes of each UTF-16 unit, from the three patterns above: computed once. */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = (byte) kind((char) c);
        }
    }

    /**
     * Invisible characters (zero-width space and joiner, byte-order mark, soft hyphen, Mongolian vowel separator),
     * controls and what {@link InputText} drops are dropped; tabs, form feeds and odd widths of space are spaces.
     */
    private static int kind(char c) {
        boolean invisible = c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
        if (invisible || InputText.dropped(c)) { // the controls among what InputText drops
            return DROP;
        }
        boolean oddSpace = c == '\t' || c == 0x0B || c == 0x0C || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A
                || c == 0x202F || c == 0x205F || c == 0x3000;
        return oddSpace ? SPACE : KEEP;
    }

    /**
     * Repairs UTF-8 that was decoded as Windows-1252 (or Latin-1), sequence by sequence, so that one file mixing
     * good and broken text comes out whole. A sequence is replaced only when its bytes are one valid UTF-8 character.
     */
    public String repairMojibake(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int lead = text.charAt(i);
            if (lead < 0xC2 || lead > 0xF4) {
                continue;
            }
            int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            if (i + length > text.length()) {
                continue;
            }
            byte[] bytes = new byte[length];
            bytes[0] = (byte) lead;
            boolean continuation = true;
            for (int k = 1; k < length && continuation; k++) {
                int b = windows1252Byte(text.charAt(i + k));
                continuation = b >= 0x80 && b <= 0xBF;
                bytes[k] = (byte) b;
            }
            String decoded = continuation ? decodeOne(bytes) : null;
            if (decoded != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(decoded);
                copied = i + length;
                i += length - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The Windows-1252 byte a character was decoded from, or -1; C1 controls stand for themselves (Latin-1). */
    private static int windows1252Byte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        byte[] encoded = String.valueOf(c).getBytes(WINDOWS_1252);
        return encoded.length == 1 && encoded[0] != '?' ? encoded[0] & 0xFF : -1;
    }

    private static String decodeOne(byte[] bytes) {
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String decoded = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePointCount(0, decoded.length()) == 1 ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
