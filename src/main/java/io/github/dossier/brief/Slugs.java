package io.github.dossier.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File-name-safe, readable, stable slugs: {@code "China, Russia have to forge closer ties"} →
 * {@code china-russia-have-to-forge-closer-ties}. Latin accents are dropped, Cyrillic is transliterated; text
 * with nothing left (Chinese, symbols) gets a short hash of itself, so the slug stays stable. Never {@code .},
 * {@code ..}, a path, or a Windows reserved name.
 */
public final class Slugs {

    private static final int MAX = 80;
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
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String t = CYRILLIC.get(c);
            latin.append(t != null ? t : String.valueOf(c));
        }
        String s = Normalizer.normalize(latin.toString(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l")
                .replace("đ", "d").replace("þ", "th").replace("&", " and ")
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = s.substring(0, cut > MAX / 2 ? cut : MAX);
        }
        if (s.isEmpty()) {
            return "x-" + hash(text);
        }
        return RESERVED.contains(s) ? s + "-1" : s;
    }

    /** The first 8 hex digits of the SHA-256 of {@code text}. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
