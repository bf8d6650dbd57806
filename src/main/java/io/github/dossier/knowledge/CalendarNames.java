package io.github.dossier.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of months and days in every language a project reads, from CLDR through java.time's locale data: what
 * the lexicon's {@link Lexicon#monthNames()} and {@link Lexicon#weekdayAlternation()} are made from.
 */
final class CalendarNames {

    private CalendarNames() {
    }

    /**
     * Month names in each of {@code languages}, lower case and without a final dot, each with its month (1–12): full,
     * abbreviated, standalone and genitive forms ("oktober", "octobre", "octubre", "października", "октября"), and
     * the English {@code abbreviations}. A name two languages give different months ("listopad") is left out.
     */
    static Map<String, Integer> months(List<String> languages, List<String> abbreviations) {
        Map<String, Integer> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        java.util.function.BiConsumer<String, Integer> add = (name, month) -> {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").strip();
            if (n.codePointCount(0, n.length()) < 3 || !n.chars().allMatch(Character::isLetter)) {
                return;
            }
            Integer was = names.putIfAbsent(n, month);
            if (was != null && !was.equals(month)) {
                ambiguous.add(n);
            }
        };
        for (String code : languages) {
            Locale locale = Locale.forLanguageTag(code);
            for (java.time.Month month : java.time.Month.values()) {
                for (java.time.format.TextStyle style : java.time.format.TextStyle.values()) {
                    add.accept(month.getDisplayName(style, locale), month.getValue());
                }
                // The genitive ("19 октября 2019", "19 października 2019") is the form a formatter writes.
                add.accept(java.time.format.DateTimeFormatter.ofPattern("d MMMM", locale)
                        .format(java.time.MonthDay.of(month, 1)).replaceFirst("^1\\.?\\s*", ""), month.getValue());
            }
        }
        for (String abbreviation : abbreviations) {
            String a = abbreviation.toLowerCase(Locale.ROOT);
            for (java.time.Month month : java.time.Month.values()) {
                if (month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)
                        .startsWith(a)) {
                    add.accept(a, month.getValue());
                }
            }
        }
        ambiguous.forEach(names::remove);
        return Map.copyOf(names);
    }


    /**
     * The days of the week in each of {@code languages}, full and short, lower case,
     * sorted ("monday", "montag", "lundi", …), from java.time's locale data.
     */
    static List<String> weekdays(List<String> languages) {
        Set<String> names = new java.util.TreeSet<>();
        for (String code : languages) {
            Locale locale = Locale.forLanguageTag(code);
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                for (java.time.format.TextStyle style : List.of(java.time.format.TextStyle.FULL,
                        java.time.format.TextStyle.SHORT)) {
                    String n = day.getDisplayName(style, locale).toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                    if (n.codePointCount(0, n.length()) >= 3 && n.chars().allMatch(Character::isLetter)) {
                        names.add(n);
                    }
                }
            }
        }
        return List.copyOf(names);
    }
}
