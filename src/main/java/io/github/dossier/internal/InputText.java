package io.github.dossier.internal;

/**
 * Text from outside Dossier — a raw page, a page's meta data and JSON-LD, a curated brief — made fit to carry into
 * every output, and any such text made fit to print in a log line. Stateless.
 *
 * <p>What no text from input keeps: C0 and C1 control characters (but for tab and line break in a body), DEL, the
 * noncharacters U+FFFE and U+FFFF, unpaired surrogates, interlinear annotation marks (U+FFF9–U+FFFB), and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) with the deprecated format characters after them
 * (U+206A–U+206F). Controls can end a line, a record or a BibTeX field, or are Dossier's own markers; XML 1.0
 * forbids most of them. A bidi override reverses what follows it to the end of its line: in a citation, a log line
 * or a file name it makes an address or a name read as another (Trojan Source, CVE-2021-42574); right-to-left text
 * needs none of them, the Unicode bidi algorithm orders it by itself, and the marks that carry no state (LRM, RLM,
 * ALM), joiners and emoji tags stay. A single-line value (a title, a name, an address) has no line break of any
 * kind either: CR, LF, VT, FF, NEL (U+0085) and the Unicode line and paragraph separators (U+2028, U+2029) are
 * spaces there.
 *
 * <pre>{@code
 * InputText.line("Arctic talks end\u0001, author = \u0000mallory")   // "Arctic talks end, author = mallory"
 * InputText.line("Ann\nExample")                                    // "Ann Example"
 * InputText.body("one\u2028two\u202Eowt")                           // "one\ntwoowt"
 * InputText.printable("\u001B[31mred.txt")                          // "\x1b[31mred.txt"
 * }</pre>
 */
public final class InputText {

    private InputText() {
    }

    /** {@code s} as a single-line value: every line break and tab a space, and nothing the class comment drops. */
    public static String line(String s) {
        return clean(s, true);
    }

    /** {@code s} as body text: tabs and line breaks kept ({@code \n}; CR, NEL, U+2028 and U+2029 become one). */
    public static String body(String s) {
        return clean(s, false);
    }

    /** Whether {@code c}, alone, is dropped from every text from input (line breaks and tab are not; see above). */
    public static boolean dropped(char c) {
        return c < 0x20 && !isBreakOrTab(c) || c >= 0x7F && c <= 0x9F && c != 0x85
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x206F
                || c >= 0xFFF9 && c <= 0xFFFB || c == 0xFFFE || c == 0xFFFF;
    }

    private static boolean isBreakOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    private static String clean(String s, boolean oneLine) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String instead = replacement(s, i, oneLine);
            if (instead != null && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(instead == null ? String.valueOf(c) : instead);
            }
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                i++; // CRLF is one break
            }
        }
        return out == null ? s : out.toString();
    }

    /** What stands for the char at {@code i}: null to keep it, "" to drop it. */
    private static String replacement(String s, int i, boolean oneLine) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\t') {
            return oneLine ? " " : null;
        }
        if (c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
            return oneLine ? " " : "\n";
        }
        if (c == 0x0B || c == 0x0C) {
            return " ";
        }
        return dropped(c) || unpairedSurrogate(s, i) ? "" : null;
    }

    /** Whether the char at {@code i} of {@code s} is half a surrogate pair without its other half. */
    public static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /**
     * {@code s} as it may be printed on a terminal or into a log: one line, every character {@link #line} would
     * change shown as an escape ({@code \x1b}, {@code \n}, {@code \u202e}) instead, so that a file name can neither
     * colour, move or clear the terminal nor forge a log line, and the reader still sees that it holds them.
     */
    public static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean shown = c != '\t' && (c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029 || dropped(c)
                    || unpairedSurrogate(s, i));
            if (shown && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!shown) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c <= 0xFF) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? s : out.toString();
    }
}
