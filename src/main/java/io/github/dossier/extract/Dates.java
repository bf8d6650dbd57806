package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.PartType;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM, uuuu", Locale.ENGLISH));
    /** Year, month, day: "2019-11-19", and as Chinese, Japanese and Korean write it, "2019年11月19日", "2019년 11월 19일". */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})|(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/.])");

    private final List<String> metaKeys;
    private final Pattern writtenDate;

    Dates(Lexicon lexicon) {
        this.metaKeys = lexicon.words(Lexicon.META_PUBLISHED);
        String months = lexicon.alternation(Lexicon.MONTHS);
        this.writtenDate = Pattern.compile("(?i)((?:" + months + ")[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                + "|\\d{1,2}\\s+(?:" + months + ")[a-z]*\\.?,?\\s+\\d{4})");
    }

    /** The date the article states as its own: page meta, else a dateline or a byline. */
    Optional<LocalDate> published(CleanArticle article) {
        for (String key : metaKeys) {
            Optional<LocalDate> d = article.meta(key).flatMap(this::parse);
            if (d.isPresent()) {
                return d;
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
            try {
                int g = iso.group(1) != null ? 1 : 4;
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(g)), Integer.parseInt(iso.group(g + 1)),
                        Integer.parseInt(iso.group(g + 2))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
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
                try {
                    return Optional.of(LocalDate.of(year, month, day));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        Matcher written = writtenDate.matcher(text);
        if (written.find()) {
            String s = written.group(1).replace(".", "").replaceAll("(?i)\\bsept\\b", "Sep").replaceAll("\\s+", " ");
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
            s = capitaliseMonth(s);
            for (DateTimeFormatter f : FORMATS) {
                try {
                    return Optional.of(LocalDate.parse(s, f));
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        return Optional.empty();
    }

    private static String capitaliseMonth(String s) {
        Matcher m = Pattern.compile("\\b([a-z])([a-z]+)\\b").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase(Locale.ROOT) + m.group(2));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
