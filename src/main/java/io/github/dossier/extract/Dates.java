package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article states as its own: what the page's meta says (keys from the lexicon, surest first), else a
 * date in a dateline or a byline, else a short dated line next to the headline. A date naming its weekday above
 * the headline is the page header's day of the visit and never the article's. And the rules every date of an article
 * keeps: none before {@value #FIRST_YEAR} or after {@value #LAST_YEAR}, no zero timestamp ({@link #plausible}), none
 * after the page was saved ({@link #notAfterSaved}). A numeric date with a two-digit year is read in the page's own
 * {@link DateConvention}. Immutable and thread-safe.
 */
public final class Dates {

    /** Year, month, day: "2019-11-19", and as Chinese, Japanese and Korean write it, "2019年11月19日", "2019년 11월 19일". */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})|(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    /**
     * Day and month in either order, and a year of four digits or two: "21/06/2014", "16.10.19". Two digits run
     * into a time are a two-digit year and the time, not a full year ("16.10.1907:34" is "16.10.19 07:34").
     */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.]"
            + "(\\d{2}(?=(?:[01]\\d|2[0-3]):[0-5]\\d)|(?:\\d{4}|\\d{2})(?![\\d/.]))");

    /** A date in a page's address: "/2019/10/19/", "/2019-10-19-". */
    /** A path segment that is a whole date, "/20210324/" (an edition's day). */
    private static final Pattern COMPACT_URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|$)");
    private static final Pattern URL_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)");

    private final List<String> metaKeys;
    private final List<String> urlKeys;
    private final Map<String, Integer> months;
    /** A written date, day first ("19. Oktober 2019", "19 de octubre de 2019") or month first ("Oct. 19, 2019"). */
    private final Pattern writtenDate;
    /** A line dating something else: "Updated …", "© 2019", a commenter's "… says:". */
    private final Pattern notPublished;
    /** A day of the week: above the headline, a date naming one is a page header's day of the visit. */
    private final Pattern weekday;

    Dates(Lexicon lexicon) {
        this.metaKeys = lexicon.words(Lexicon.META_PUBLISHED);
        this.urlKeys = lexicon.words(Lexicon.META_URL);
        this.months = lexicon.monthNames();
        String month = "(?<!\\p{L})(" + lexicon.monthAlternation() + ")(?:\\p{L}*)\\.?(?!\\p{L})";
        this.writtenDate = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:\\.|º|er|st|nd|rd|th)?\\s*(?:de\\s+)?" + month
                + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)"
                + "|" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.notPublished = Pattern.compile("(?<!\\p{L})(?:" + lexicon.alternation(Lexicon.NOT_PUBLISHED_WORDS)
                + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.weekday = Pattern.compile("(?<!\\p{L})(?:" + lexicon.weekdayAlternation() + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The date the article states as its own: page meta, else a dateline or a byline, else a dated line by the
     * line holding its {@code title} (empty when unknown), its headline or its first paragraph; a numeric date
     * read in the page's {@code convention}.
     */
    Optional<LocalDate> published(CleanArticle article, String title, DateConvention convention) {
        for (String key : metaKeys) {
            Optional<LocalDate> d = article.meta(key).flatMap(v -> parse(v, convention));
            if (d.isPresent()) {
                return d;
            }
        }
        // The page's address, as htmldate reads it after the markup: "/2019/10/19/slug".
        for (String url : article.addresses(urlKeys)) {
            Matcher m = URL_DATE.matcher(url);
            Matcher compact = COMPACT_URL_DATE.matcher(url);
            Matcher found = m.find() ? m : compact.find() ? compact : null;
            if (found != null) {
                Optional<LocalDate> d = date(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
                        Integer.parseInt(found.group(3)));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        List<String> stated = new ArrayList<>(article.all(PartType.DATELINE));
        stated.addAll(article.all(PartType.BYLINE)); // "By Tess Bonn - 11/19/19 06:56 AM EST"
        for (String line : stated) {
            Optional<LocalDate> d = parse(line, convention);
            if (d.isPresent()) {
                return d;
            }
        }
        return nearHeadline(article.parts(), title, convention);
    }

    /** How far around the headline a short dated line is read as the article's date, in parts. */
    private static final int BEFORE_HEADLINE = 3;
    private static final int AFTER_HEADLINE = 8;
    /** The longest line read as a date line there: a date and a few words ("19. Oktober 2019 | Kommentar"). */
    private static final int DATE_LINE_WORDS = 12;

    /**
     * The text next to the headline, as htmldate reads it last: the first short line a few parts around the
     * headline (or above the first paragraph) holding a date and no word that dates something else, whatever
     * the cleaner typed it ("19. Oktober 2019" in a box of its own, "1. Februar 2022, Daniel Dillenburg").
     */
    private Optional<LocalDate> nearHeadline(List<Part> parts, String title, DateConvention convention) {
        // The line holding the title, the first headline line, the first paragraph: each a place a date sits by.
        java.util.Set<Integer> anchors = new java.util.LinkedHashSet<>();
        String titleKey = Words.key(title);
        anchors.add(first(parts, p -> !titleKey.isEmpty() && Words.key(p.text()).equals(titleKey)));
        anchors.add(first(parts, p -> p.type() == PartType.HEADLINE));
        anchors.add(first(parts, p -> p.type() == PartType.PARAGRAPH));
        for (int anchor : anchors) {
            if (anchor >= 0) {
                Optional<LocalDate> d = near(parts, anchor, convention);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static int first(List<Part> parts, java.util.function.Predicate<Part> test) {
        for (int i = 0; i < parts.size(); i++) {
            if (test.test(parts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first dated line a few parts around {@code anchor}. */
    private Optional<LocalDate> near(List<Part> parts, int anchor, DateConvention convention) {
        for (int i = Math.max(0, anchor - BEFORE_HEADLINE); i <= Math.min(parts.size() - 1, anchor + AFTER_HEADLINE); i++) {
            Part part = parts.get(i);
            String text = part.text();
            if (i < anchor && weekday.matcher(text).find()) {
                continue; // "Sunday, July 21, 2024" over the headline: the day the page was saved
            }
            // A short line, or one that opens with its date ("1. Februar 2022 Bundesministerin Raab: …").
            boolean dateLine = Words.count(text) <= DATE_LINE_WORDS
                    || part.type() != PartType.PARAGRAPH && opensWithDate(text);
            if (dateLine) {
                // "November 19, 2019 / 12:21 AM / Updated 14 hours ago": what it says before the update is the date.
                Matcher other = notPublished.matcher(text);
                Optional<LocalDate> d = parse(other.find() ? text.substring(0, other.start()) : text, convention);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} opens with a date: its first few characters are one, in any form {@link #parse} reads. */
    private boolean opensWithDate(String text) {
        String head = text.length() > 24 ? text.substring(0, 24) : text;
        Matcher iso = ISO_DATE.matcher(head);
        Matcher numeric = NUMERIC_DATE.matcher(head);
        Matcher written = writtenDate.matcher(head);
        return iso.lookingAt() || numeric.lookingAt() || written.lookingAt() && parse(written.group()).isPresent();
    }

    /** The first ISO, numeric (when it says which is the day) or written date in {@code text}, in no known convention. */
    Optional<LocalDate> parse(String text) {
        return parse(text, DateConvention.NONE);
    }

    /**
     * The first ISO, numeric or written date in {@code text}; a numeric date with a two-digit year read in the page's
     * {@code convention}.
     */
    Optional<LocalDate> parse(String text, DateConvention convention) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            int g = iso.group(1) != null ? 1 : 4;
            return date(Integer.parseInt(iso.group(g)), Integer.parseInt(iso.group(g + 1)), Integer.parseInt(iso.group(g + 2)));
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        if (numeric.find() && !writtenDate.matcher(text).find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            boolean full = numeric.group(3).length() == 4;
            int year = full ? Integer.parseInt(numeric.group(3)) : convention.year(Integer.parseInt(numeric.group(3)));
            // 21/06/2014 is day first, 11/19/19 month first; 03/04/2020 says neither, so it says nothing. Dots
            // with a full year are written day first (07.11.2023) unless the second is no month (11.14.2019, a US
            // page's dotted form). A two-digit year is the page's own short form
            // ("03.04.19", "04/03/19"): its locale says which is the day, and where none is known it says nothing
            // ("1.2.20" may be a version).
            boolean dots = numeric.group().contains(".") && full;
            DateConvention.Order order = a > 12 ? DateConvention.Order.DAY_FIRST
                    : b > 12 ? DateConvention.Order.MONTH_FIRST
                    : dots ? DateConvention.Order.DAY_FIRST
                    : full ? DateConvention.Order.UNKNOWN : convention.order();
            if (order != DateConvention.Order.UNKNOWN) {
                boolean dayFirst = order == DateConvention.Order.DAY_FIRST;
                return date(year, dayFirst ? b : a, dayFirst ? a : b);
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

    /** The earliest and latest years an article's date may have: "0001-01-01" is an empty field, not a date. */
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2100;

    /**
     * Whether {@code d} is a zero timestamp printed as a date, what a page shows when it has none: 1 January 1970,
     * or 31 December 1969 where the page's time zone is behind UTC.
     */
    static boolean zeroTimestamp(LocalDate d) {
        return d.getYear() == 1970 && d.getDayOfYear() == 1 || d.getYear() == 1969 && d.getDayOfYear() == 365;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return plausible(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The date {@code published}, unless it is after {@code saved}, the day the page was saved (or the newest raw
     * file written), by more than a day (time zones): no page was published after it was saved.
     */
    public static Optional<LocalDate> notAfterSaved(Optional<LocalDate> published, Optional<LocalDate> saved) {
        return published.filter(d -> saved.isEmpty() || !d.isAfter(saved.get().plusDays(1)));
    }

    /** {@code d}, unless it is no article's: before {@link #FIRST_YEAR}, after {@link #LAST_YEAR}, a zero timestamp. */
    static Optional<LocalDate> plausible(LocalDate d) {
        boolean none = d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR || zeroTimestamp(d);
        return none ? Optional.empty() : Optional.of(d);
    }
}
