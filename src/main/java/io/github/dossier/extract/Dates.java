package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.PartType;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article states as its own: what the page's meta says (keys from the lexicon, surest first), else a
 * date in a dateline or a byline. A date above the headline is the page header's day of the visit and never
 * reaches here. Immutable and thread-safe.
 */
final class Dates {

    /** Year, month, day: "2019-11-19", and as Chinese, Japanese and Korean write it, "2019年11月19日", "2019년 11월 19일". */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})|(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/.])");

    /** A date in a page's address: "/2019/10/19/", "/2019-10-19-". */
    private static final Pattern URL_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)");

    private final List<String> metaKeys;
    private final List<String> urlKeys;
    private final Map<String, Integer> months;
    /** A written date, day first ("19. Oktober 2019", "19 de octubre de 2019") or month first ("Oct. 19, 2019"). */
    private final Pattern writtenDate;

    Dates(Lexicon lexicon) {
        this.metaKeys = lexicon.words(Lexicon.META_PUBLISHED);
        this.urlKeys = lexicon.words(Lexicon.META_URL);
        this.months = lexicon.monthNames();
        String month = "(?<!\\p{L})(" + lexicon.monthAlternation() + ")(?:\\p{L}*)\\.?(?!\\p{L})";
        this.writtenDate = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:\\.|º|er|st|nd|rd|th)?\\s*(?:de\\s+)?" + month
                + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)"
                + "|" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The date the article states as its own: page meta, else a dateline or a byline. */
    Optional<LocalDate> published(CleanArticle article) {
        for (String key : metaKeys) {
            Optional<LocalDate> d = article.meta(key).flatMap(this::parse);
            if (d.isPresent()) {
                return d;
            }
        }
        // The page's address, as htmldate reads it after the markup: "/2019/10/19/slug".
        for (String key : urlKeys) {
            for (String url : article.meta().getOrDefault(key, List.of())) {
                Matcher m = URL_DATE.matcher(url);
                if (m.find()) {
                    Optional<LocalDate> d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        List<String> stated = new ArrayList<>(article.all(PartType.DATELINE));
        stated.addAll(article.all(PartType.BYLINE)); // "By Tess Bonn - 11/19/19 06:56 AM EST"
        for (String line : stated) {
            Optional<LocalDate> d = parse(line);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first ISO, numeric (when it says which is the day) or written English date in {@code text}. */
    Optional<LocalDate> parse(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            int g = iso.group(1) != null ? 1 : 4;
            return date(Integer.parseInt(iso.group(g)), Integer.parseInt(iso.group(g + 1)), Integer.parseInt(iso.group(g + 2)));
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        if (numeric.find() && !writtenDate.matcher(text).find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            year = year < 100 ? 2000 + year : year;
            // 21/06/2014 is day first, 11/19/19 month first; 03/04/2020 says neither, so it says nothing.
            int day = a > 12 ? a : b > 12 ? b : -1;
            int month = a > 12 ? b : b > 12 ? a : -1;
            if (day > 0) {
                return date(year, month, day);
            }
        }
        Matcher written = writtenDate.matcher(text);
        while (written.find()) {
            boolean dayFirst = written.group(1) != null;
            Integer month = months.get(written.group(dayFirst ? 2 : 4).toLowerCase(Locale.ROOT));
            if (month == null) {
                continue;
            }
            Optional<LocalDate> d = date(Integer.parseInt(written.group(dayFirst ? 3 : 6)), month,
                    Integer.parseInt(written.group(dayFirst ? 1 : 5)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The day, or nothing when there is no such day (a 31st of June, a 13th month). */
    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
