package io.github.dossier.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a country file ({@code countries.tsv}, {@code countries-de.tsv}): one country a line, keyed by its ISO 3166
 * alpha-2 code, then its name, other names, demonyms and adjectives, capitals (and prefixes: "Sino-"), and seats of
 * power, each list split by {@code |}. Code {@code -} lists phrases that name no country. A name marked {@code ?} is ambiguous.
 * {@code Russland{,s}} stands for {@code Russland|Russlands}: one brace group an entry, its forms joined to what
 * stands before and after it. A lower-case entry (an adjective: "deutsche", "français") is matched capitalised too,
 * where a sentence starts with it: inside a sentence a capital makes it a name ("Fernando \"El Chino\" Navarro").
 */
final class CountryTable {

    static final String NONE = "-";
    /** The code of the line that gives the endings every CLDR name takes in a language. */
    static final String ENDINGS = "*";

    /** How a phrase names its country, by the column it stands in. */
    enum Kind {
        /** The country's name or another name of it: "Russia", "Russian Federation". */
        NAME,
        /** An adjective or demonym: "Russian", "Russians". */
        DEMONYM,
        /** A capital or other city that stands for the state: "Moscow". A city is named as often as a place. */
        CAPITAL,
        /** A seat of power that stands for the state: "Kremlin", "White House". */
        SEAT,
        /** A prefix before another word: "Russo-" in "Russo-Japanese". */
        PREFIX
    }

    /** What a phrase stands for: a country (or {@link #NONE}), and how it names it. */
    record Value(String code, boolean ambiguous, Kind kind, boolean capitalisedTwin) {
        Value(String code, boolean ambiguous) {
            this(code, ambiguous, Kind.NAME, false);
        }

        /** Whether the phrase names the country only beside another name of it. */
        boolean needsAnother() {
            return ambiguous || kind == Kind.CAPITAL;
        }
    }

    private static final Kind[] COLUMNS = {Kind.NAME, Kind.NAME, Kind.NAME, Kind.DEMONYM, Kind.CAPITAL, Kind.SEAT};

    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");

    private CountryTable() {
    }

    /**
     * Adds the rows of {@code text} to {@code countries} (the display names, from {@code countries.tsv} alone:
     * {@code displays}) and {@code phrases}, a later row's phrase replacing an earlier one's.
     */
    static void parse(String text, String origin, boolean displays, Map<String, Country> countries,
            Map<String, Value> phrases) {
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String code = cols[0].strip().toUpperCase(Locale.ROOT);
            if (code.equals(ENDINGS)) {
                String endings = cols.length > 1 ? cols[1].strip() : "";
                if (!endings.matches("\\{[^{}]*}")) {
                    throw new IllegalArgumentException(DataFile.at(origin, lineNo) + ": the * line gives endings as"
                            + " one brace group, '{,s}', not '" + endings + "'");
                }
                continue; // read by endings()
            }
            if (!code.equals(NONE) && !code.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(DataFile.at(origin, lineNo) + ": '" + cols[0]
                        + "' is not an ISO 3166 alpha-2 code");
            }
            String name = cols.length > 1 ? cols[1].strip() : "";
            if (!code.equals(NONE) && displays) {
                String display = name.isEmpty() ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : name;
                countries.put(code, new Country(code, display));
                phrases.put(display, new Value(code, false));
            } else if (!name.isEmpty()) {
                cols[1] = name; // a language's own name of the country: one more name
            }
            for (int c = displays ? 2 : 1; c < cols.length; c++) {
                for (String alias : cols[c].split("\\|")) {
                    String a = alias.strip();
                    boolean ambiguous = a.startsWith("?");
                    for (String form : expand(ambiguous ? a.substring(1) : a, origin, lineNo)) {
                        Kind kind = form.endsWith("-") ? Kind.PREFIX : COLUMNS[Math.min(c, COLUMNS.length - 1)];
                        phrases.put(form, new Value(code, ambiguous, kind, false));
                        if (Character.isLowerCase(form.codePointAt(0))) {
                            phrases.putIfAbsent(capitalised(form), new Value(code, ambiguous, kind, true));
                        }
                    }
                }
            }
        }
    }

    /**
     * The endings a language file gives every CLDR name of the language, a brace group on its {@code *} line
     * ("{@code *\t{,s}}": Deutschland and Deutschlands, Grönland and Grönlands).
     */
    static java.util.Optional<String> endings(String text) {
        for (String line : text.split("\n")) {
            String[] cols = line.split("\t", -1);
            if (cols.length > 1 && cols[0].strip().equals(ENDINGS)) {
                return java.util.Optional.of(cols[1].strip());
            }
        }
        return java.util.Optional.empty();
    }

    /** The forms an entry stands for: {@code deutsch{,e,en}} is deutsch, deutsche and deutschen. */
    static List<String> expand(String entry, String origin, int line) {
        List<String> out = new ArrayList<>();
        if (entry.isEmpty()) {
            return out;
        }
        Matcher m = BRACES.matcher(entry);
        if (!m.find()) {
            if (entry.indexOf('{') >= 0 || entry.indexOf('}') >= 0) {
                throw new IllegalArgumentException(DataFile.at(origin, line) + ": unbalanced braces in '" + entry + "'");
            }
            out.add(entry);
            return out;
        }
        String before = entry.substring(0, m.start());
        String after = entry.substring(m.end());
        if (after.indexOf('{') >= 0 || before.indexOf('{') >= 0 || after.indexOf('}') >= 0 || before.indexOf('}') >= 0) {
            throw new IllegalArgumentException(DataFile.at(origin, line) + ": one brace group an entry, not '" + entry + "'");
        }
        for (String part : m.group(1).split(",", -1)) {
            String form = (before + part.strip() + after).strip();
            if (!form.isEmpty()) {
                out.add(form);
            }
        }
        return out;
    }

    private static String capitalised(String word) {
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + word.substring(Character.charCount(first));
    }
}
