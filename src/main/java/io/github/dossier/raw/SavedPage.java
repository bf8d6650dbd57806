package io.github.dossier.raw;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a saved page records of its saving beside its content: the comment SingleFile writes at its top, with the
 * address the page was saved from and the browser's local time of saving.
 *
 * <pre>{@code
 * <!--
 *  Page saved with SingleFile
 *  url: https://www.example.com/2026/12/01/story
 *  saved date: Tue Dec 01 2026 10:20:30 GMT+0100 (Central European Standard Time)
 * -->
 * }</pre>
 *
 * The day accessed is the day in the saved date's own offset, as written. The address is where the page was
 * {@linkplain SourceNote#captured captured}: the page's own canonical address, read first, may say better.
 */
final class SavedPage {

    /** How far into the page SingleFile's comment may start. */
    private static final int HEAD = 2048;
    private static final Pattern COMMENT = Pattern.compile("<!--(.{0,2000}?)-->", Pattern.DOTALL);
    private static final Pattern BEFORE = Pattern.compile(
            "(?is)\\s*(?:<!doctype[^>]*>)?\\s*(?:<html[^>]*>)?\\s*(?:<!--.*?-->\\s*)*");
    private static final Pattern URL = Pattern.compile("(?m)^\\s*url:\\s*(https?://[^\\s<>\"]{1,2000})\\s*$");
    private static final Pattern SAVED = Pattern.compile("(?m)^\\s*saved date:\\s*(\\S[^\\n]{0,120}?)\\s*$");

    private SavedPage() {
    }

    /** The address and day a saved HTML page records of its saving, or {@link SourceNote#NONE}. */
    static SourceNote note(String html) {
        Matcher c = COMMENT.matcher(html.substring(0, Math.min(html.length(), HEAD + 2100)));
        while (c.find() && c.start() <= HEAD) {
            // Only at the top: after a doctype, the html tag and other comments, never in the page's own content.
            if (!BEFORE.matcher(html.substring(0, c.start())).matches()) {
                return SourceNote.NONE;
            }
            if (c.group(1).contains("Page saved with SingleFile")) {
                return fromComment(c.group(1));
            }
        }
        return SourceNote.NONE;
    }

    private static SourceNote fromComment(String comment) {
        Matcher url = URL.matcher(comment);
        Matcher saved = SAVED.matcher(comment);
        Optional<String> captured = url.find() ? Optional.of(url.group(1)) : Optional.empty();
        Optional<LocalDate> accessed = saved.find() ? NotedDates.day(saved.group(1)) : Optional.empty();
        return new SourceNote(Optional.empty(), accessed, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), captured);
    }
}
