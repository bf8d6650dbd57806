package io.github.dossier.extract;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * How a page writes a numeric date, which its numbers alone do not say. Which number is the day: "03/04/19" is
 * the 3rd of April on a French or British page and March the 4th on an American one, read from how CLDR writes a
 * short date in the page's locale (de "dd.MM.yy", en-GB "dd/MM/y", en-US "M/d/yy"). And the century of a
 * two-digit year: 20yy, unless that is after the year the page was saved, then 19yy; never the build's clock, so
 * that a build reads the same page the same way on any day. Immutable and thread-safe.
 *
 * <pre>{@code
 * DateConvention.of(Optional.of(Locale.GERMANY), Optional.empty()).order()  // DAY_FIRST
 * DateConvention.of(Optional.of(Locale.US), Optional.of(LocalDate.of(2015, 1, 1))).year(19)  // 1919
 * }</pre>
 *
 * @param order which number of a numeric date the page writes first
 * @param saved the day the page was saved, when known: no date of it is later
 */
record DateConvention(Order order, Optional<LocalDate> saved) {

    /** Which of day and month a page writes first; {@code UNKNOWN} when its locale is unknown or writes the year first. */
    enum Order { DAY_FIRST, MONTH_FIRST, UNKNOWN }

    /** No convention known: only a number over 12 says which is the day, and a two-digit year is 20yy. */
    static final DateConvention NONE = new DateConvention(Order.UNKNOWN, Optional.empty());

    /** The convention of a page in {@code locale} (none when unknown) saved on {@code saved}. */
    static DateConvention of(Optional<Locale> locale, Optional<LocalDate> saved) {
        return new DateConvention(locale.map(DateConvention::order).orElse(Order.UNKNOWN), saved);
    }

    /** The order of day and month in {@code locale}'s short date pattern, as CLDR gives it. */
    static Order order(Locale locale) {
        String pattern;
        try {
            pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, locale);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Order.UNKNOWN;
        }
        int day = pattern.indexOf('d');
        int month = pattern.indexOf('M');
        int year = pattern.indexOf('y');
        if (day < 0 || month < 0 || year >= 0 && year < Math.min(day, month)) {
            return Order.UNKNOWN; // "y/MM/dd" (Chinese, Japanese): a two-digit year at the end is no date of theirs
        }
        return day < month ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    /** The year a two-digit {@code year} stands for: 20yy, or 19yy when 20yy is after the year the page was saved. */
    int year(int twoDigits) {
        int recent = 2000 + twoDigits;
        return saved.isPresent() && recent > saved.get().getYear() ? 1900 + twoDigits : recent;
    }
}
