package io.github.dossier.raw;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a date as a reference manager, a saved page or a mail header writes it names: "2021-12-20", "2021-12-21 10:33:12",
 * "December 20, 2021", "20. Dezember 2021", "Tue Dec 01 2026 10:20:30 GMT+0100 (…)", "12/20/2021" where the order
 * is plain (a part over 12 is the day). Month names are the CLDR's, in every language Java knows, full and short; a
 * name two languages give different months is read in neither. A year alone, or a year and month, names no day and
 * gives none: a day is never invented.
 *
 * <pre>{@code
 * NotedDates.day("December 20, 2021")   // 2021-12-20
 * NotedDates.day("2021")                // empty
 * }</pre>
 */
final class NotedDates {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(\\d{4})(?![\\d])");
    private static final Pattern DAY = Pattern.compile("(?<![\\d:])(\\d{1,2})(?![\\d:])");
    private static final Map<String, Integer> MONTHS = months();

    private NotedDates() {
    }

    /** The day {@code text} names, or empty when it names none (or no real one: "2021-02-30"). */
    static Optional<LocalDate> day(String text) {
        String s = text == null ? "" : text.strip();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher numeric = NUMERIC.matcher(s);
            if (numeric.find()) {
                int a = num(numeric, 1);
                int b = num(numeric, 2);
                // "12/20/2021" and "20/12/2021" are plain; "05/06/2021" is not, and names no day.
                return a > 12 && b <= 12 ? Optional.of(LocalDate.of(num(numeric, 3), b, a))
                        : b > 12 && a <= 12 ? Optional.of(LocalDate.of(num(numeric, 3), a, b)) : Optional.empty();
            }
            return named(s);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date with its month in words: its one month name, its year, and the one number left that can be a day. */
    private static Optional<LocalDate> named(String s) {
        Integer month = null;
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            Integer m = MONTHS.get(w.group().toLowerCase(Locale.ROOT));
            if (m != null) {
                if (month != null && !month.equals(m)) {
                    return Optional.empty();
                }
                month = m;
            }
        }
        Matcher y = YEAR.matcher(s);
        if (month == null || !y.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(y.group(1));
        // Only what stands before the year: a time after it ("2026 10:20:30") is no day.
        Matcher d = DAY.matcher(s.substring(0, y.start()));
        Integer day = null;
        while (d.find()) {
            if (day != null) {
                return Optional.empty();
            }
            day = Integer.parseInt(d.group(1));
        }
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Every language's month names, full and short, without their periods; a name of two months in none. */
    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Locale locale : DateFormatSymbols.getAvailableLocales()) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths()}) {
                for (int i = 0; i < 12 && i < names.length; i++) {
                    String name = names[i].toLowerCase(Locale.ROOT).replace(".", "").strip();
                    if (name.length() < 3 || !name.chars().allMatch(Character::isLetter)) {
                        continue;
                    }
                    Integer before = out.putIfAbsent(name, i + 1);
                    if (before != null && before != i + 1) {
                        ambiguous.add(name);
                    }
                }
            }
        }
        ambiguous.forEach(out::remove);
        return Map.copyOf(out);
    }
}
