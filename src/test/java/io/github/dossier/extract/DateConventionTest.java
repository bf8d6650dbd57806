package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A numeric date with a two-digit year is read as the page's locale writes one, and in the page's own century. */
class DateConventionTest {

    private static final Dates DATES = new Dates(Lexicon.shipped());

    @ParameterizedTest(name = "{0} on a {1} page")
    @CsvSource(delimiterString = " | ", value = {
        "16.10.19 07:34 | de | 2019-10-16",
        "16.10.1907:34 | de | 2019-10-16",    // the time run into the year (a scrape without the space) is no year 1907
        "03.04.19 | de | 2019-04-03",
        "Stand: 03.04.19, 07:34 Uhr | de | 2019-04-03",
        "04/03/19 | en-US | 2019-04-03",      // month first
        "04/03/19 | en | 2019-04-03",         // CLDR's English without a region writes month first
        "03/04/19 | en-GB | 2019-04-03",      // day first
        "03/04/19 | fr | 2019-04-03",
        "03/04/19 | ja | none",                // a two-digit year at the end is no Japanese date: the numbers say nothing
        "16.10.1907 | de | 1907-10-16",       // a full year as written
        "21/06/2014 | en-US | 2014-06-21",    // a day over 12 says it is the day, whatever the page
        "03/04/2020 | en-GB | none",          // a full year: as before, only a number over 12 says which is the day
        "11.14.2019 09:00 AM | en | 2019-11-14", // dotted day first, unless the second number is no month
    })
    void aTwoDigitYearIsReadInThePagesConvention(String text, String tag, String iso) {
        DateConvention convention = DateConvention.of(Optional.of(Locale.forLanguageTag(tag)), Optional.empty());
        assertEquals(iso.equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(iso)),
                DATES.parse(text, convention));
    }

    @Test
    void aTwoDigitYearAfterThePageWasSavedIsOfTheLastCentury() {
        DateConvention savedIn2015 = DateConvention.of(Optional.of(Locale.GERMAN), Optional.of(LocalDate.of(2015, 6, 1)));
        assertEquals(Optional.of(LocalDate.of(1919, 10, 16)), DATES.parse("16.10.19", savedIn2015));
        assertEquals(Optional.of(LocalDate.of(2015, 4, 3)), DATES.parse("03.04.15", savedIn2015));
        assertEquals(Optional.of(LocalDate.of(1907, 10, 16)), DATES.parse("16.10.1907", savedIn2015));
    }

    @Test
    void theOrderOfDayAndMonthIsCldrs() {
        assertEquals(DateConvention.Order.DAY_FIRST, DateConvention.order(Locale.GERMANY));
        assertEquals(DateConvention.Order.DAY_FIRST, DateConvention.order(Locale.UK));
        assertEquals(DateConvention.Order.MONTH_FIRST, DateConvention.order(Locale.US));
        assertEquals(DateConvention.Order.UNKNOWN, DateConvention.order(Locale.JAPAN));
    }
}
