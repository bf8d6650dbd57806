package io.github.dossier.brief;

import io.github.dossier.internal.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File-name-safe, readable, stable slugs: {@code "China, Russia have to forge closer ties"} →
 * {@code china-russia-have-to-forge-closer-ties}. Latin accents are dropped and Cyrillic is transliterated;
 * letters of other scripts are kept as they are ({@code 中美关系的未来}), as Hugo keeps them, so a Chinese title gets
 * a slug a Chinese reader can read. Text with no letter or digit (symbols) gets a short hash of itself, so the slug
 * stays stable. Never {@code .}, {@code ..}, a path, a Windows reserved name, or over 200 bytes.
 */
public final class Slugs {

    private static final int MAX = 80;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** Latin letters that are not ASCII after the accents went (æ, ð): no Latin letter but a-z stays. */
    private static final Pattern LATIN_NOT_ASCII = Pattern.compile("[^a-z0-9\\P{IsLatin}]+");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");
    /** File systems allow 255 bytes a name; this leaves room for a "-2" and an extension. */
    private static final int MAX_BYTES = 200;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9", "index");
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"), Map.entry('ў', "u"));

    private Slugs() {
    }

    /** The slug of {@code text}. */
    public static String of(String text) {
        StringBuilder latin = new StringBuilder(text.length());
        // Compatibility forms first ("ᵸ" → "н", "Ａ" → "A"), so that what they become is transliterated and lower-cased.
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray()) {
            String t = CYRILLIC.get(c);
            if (t != null) {
                latin.append(t);
            } else {
                latin.append(c);
            }
        }
        // Lower case again after NFKD: a compatibility character can decompose to a capital ("ϓ" → "Ύ").
        String s = Normalizer.normalize(Normalizer.normalize(withoutLatinAccents(latin.toString()), Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l")
                .replace("đ", "d").replace("þ", "th").replace("&", " and ")
                .replace("'", "").replace("’", "");
        s = NOT_WORD.matcher(s).replaceAll("-");
        s = LATIN_NOT_ASCII.matcher(s).replaceAll("-");
        s = HYPHENS.matcher(s).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        // Composed once more: a dropped apostrophe can join what composes ("ㅊ'ㅘ" → "촤", which NFC writes "촤").
        s = shorten(Normalizer.normalize(s, Normalizer.Form.NFC));
        if (s.isEmpty() || s.chars().allMatch(c -> c == '-')) {
            return "x-" + hash(text);
        }
        return RESERVED.contains(s) ? s + "-1" : s;
    }

    /**
     * Whether {@code name} is safe as a brief's file name, page address and citation file name: letters, marks,
     * digits and hyphens, Latin letters only {@code a-z}, one case (no twin on a case-blind disk), composed (no twin on
     * a disk that composes), not a reserved name, within the byte limit. Every {@link #of} is; so are names an
     * earlier version made. {@code javascript:alert(1)}, {@code My Notes}, {@code 100%}, {@code Index} and
     * {@code index} are not.
     */
    public static boolean isSafe(String name) {
        return SAFE.matcher(name).matches() && name.equals(name.toLowerCase(Locale.ROOT))
                && Normalizer.isNormalized(name, Normalizer.Form.NFC) && !RESERVED.contains(name)
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static final Pattern SAFE = Pattern.compile(
            "(?:[a-z0-9]|(?!\\p{IsLatin})[\\p{L}\\p{M}\\p{N}])+(?:-+(?:[a-z0-9]|(?!\\p{IsLatin})[\\p{L}\\p{M}\\p{N}])+)*");

    /** Latin letters lose their accents ("é" → "e"); other scripts keep their marks, which they need to be read. */
    private static String withoutLatinAccents(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        int base = 0;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || Character.getType(cp) == Character.ENCLOSING_MARK;
            if (!mark) {
                base = cp;
            } else if (!Character.isLetter(base) || Character.UnicodeScript.of(base) == Character.UnicodeScript.LATIN) {
                continue; // a mark on a Latin letter, or on no letter at all (which the slug drops, leaving it loose)
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * The {@code n}th of several briefs of one slug ({@code title-2}): the slug cut, where it must be, so that the
     * whole stays within the limits and is {@link #isSafe safe}.
     */
    public static String numbered(String slug, int n) {
        String suffix = "-" + n;
        String base = slug;
        while (!base.isEmpty() && (base.codePointCount(0, base.length()) + suffix.length() > MAX
                || base.getBytes(StandardCharsets.UTF_8).length + suffix.length() > MAX_BYTES)) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        base = TRAILING_HYPHENS.matcher(base).replaceAll("");
        return (base.isEmpty() ? "x" : base) + suffix;
    }

    /** At most {@value #MAX} characters and {@value #MAX_BYTES} bytes of UTF-8, cut at a hyphen where one is near. */
    private static String shorten(String s) {
        int end = s.length();
        while (end > 0 && (s.codePointCount(0, end) > MAX
                || s.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES)) {
            end = s.offsetByCodePoints(end, -1);
        }
        if (end == s.length()) {
            return s;
        }
        int cut = s.lastIndexOf('-', end);
        String out = s.substring(0, cut > end / 2 ? cut : end);
        return TRAILING_HYPHENS.matcher(out).replaceAll("");
    }

    /** The first 8 hex digits of the SHA-256 of {@code text}. */
    static String hash(String text) {
        return Fingerprint.of(text).substring(0, 8);
    }
}
