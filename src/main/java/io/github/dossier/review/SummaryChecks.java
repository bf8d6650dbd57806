package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.clip;
import static io.github.dossier.review.BriefChecks.quoted;
import static io.github.dossier.review.BriefChecks.ref;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.review.BriefChecks.Out;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The review's checks of a brief's summary: lines that are page furniture, said twice, the same in many briefs or
 * said again and again in the body; and sentences cut short (at an abbreviation, a day's number, inside a quotation)
 * or carrying citation marks. Thread-safe.
 */
final class SummaryChecks {

    private static final Pattern CITATION_MARK = Pattern.compile("\\[\\d{1,3}\\]");
    /** A sentence that "ends" at a number and a full stop of one or two digits ("… bei Genf am 28."). */
    private static final Pattern ORDINAL_END = Pattern.compile("\\s\\d{1,2}\\.$");

    private final CorpusContext corpus;
    private final Furniture furniture;

    SummaryChecks(CorpusContext corpus, Furniture furniture) {
        this.corpus = corpus;
        this.furniture = furniture;
    }

    /** Checks the summary's lines, one by one. */
    void check(Brief b, Out o) {
        if (b.summary().isEmpty()) {
            return;
        }
        String body = b.body();
        List<String> keep = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String s : b.summary()) {
            String why = this.furniture.why(s);
            if (why == null && !seen.add(Words.key(s))) {
                why = "said twice";
            }
            if (why == null && corpus.repeated(s) >= 3) {
                why = "in " + corpus.repeated(s) + " briefs";
            }
            if (why == null && BriefChecks.count(body, s.strip()) >= 2) {
                why = "said " + BriefChecks.count(body, s.strip()) + " times in the body";
            }
            if (why != null) {
                furniture.add(quoted(s) + " (" + why + ")");
                continue;
            }
            String cut = cut(s, body);
            if (cut != null) {
                broken.add(quoted(s) + " (" + cut + ")");
            }
            keep.add(s);
        }
        if (!furniture.isEmpty()) {
            o.add(Item.Check.SUMMARY_BOILERPLATE, "summary", 0.75, "the summary holds page furniture: "
                    + String.join("; ", furniture), Fix.brief(ref(b), "summary", keep));
        }
        if (!broken.isEmpty()) {
            List<String> whole = new ArrayList<>(keep);
            o.add(Item.Check.SUMMARY_BROKEN, "summary", 0.5, "a summary sentence is cut short: "
                    + String.join("; ", broken), Fix.brief(ref(b), "summary", whole));
        }
    }

    /**
     * Why a summary sentence is cut short, or null: the body goes on after it with a small letter or a digit (it was
     * cut at an abbreviation: "ca." "mind."), it ends at a day's number ("am 28."), it opens in the middle of the
     * body's sentence or inside a quotation, or it carries citation marks.
     */
    private static String cut(String s, String body) {
        String t = s.strip();
        int at = body.indexOf(t);
        if (at >= 0) {
            int end = at + t.length();
            if (end < body.length() && end + 1 < body.length() && body.charAt(end) == ' '
                    && (Character.isLowerCase(body.charAt(end + 1)) || Character.isDigit(body.charAt(end + 1)))) {
                return "the article goes on: “…" + clip(body.substring(end, Math.min(body.length(), end + 30)), 30) + "”";
            }
            // After a day's or an ordinal's number ("am 22. Dezember"), not a year's ("im Jahr 2019.").
            if (at >= 3 && body.charAt(at - 1) == ' ' && body.charAt(at - 2) == '.'
                    && Character.isDigit(body.charAt(at - 3)) && (at < 6 || !Character.isDigit(body.charAt(at - 4))
                    || !Character.isDigit(body.charAt(at - 5)) || !Character.isDigit(body.charAt(at - 6)))) {
                return "it opens after “" + clip(body.substring(Math.max(0, at - 12), at), 14) + "”";
            }
        }
        if (ORDINAL_END.matcher(t).find()) {
            return "it ends at a day's or an ordinal's number, where a sentence does not";
        }
        String firstWord = t.split("\\s+")[0];
        if (firstWord.length() >= 2 && firstWord.chars().filter(Character::isLetter).allMatch(Character::isLowerCase)
                && Character.isLowerCase(t.codePointAt(0))) {
            return "it opens with a small letter";
        }
        if (CITATION_MARK.matcher(t).find()) {
            return "it carries citation marks";
        }
        // A closing mark before any opening one: the sentence begins inside a quotation cut off above it. (An opening
        // mark never closed is a quotation running on, as quotations do across sentences.)
        int firstClose = firstOf(t, t.indexOf('„') >= 0 ? "“" : "”»");
        int firstOpen = firstOf(t, "„«" + (t.indexOf('„') >= 0 ? "" : "“"));
        if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
            return "it begins inside a quotation";
        }
        return null;
    }

    /** Where the first of {@code marks} stands in {@code text}, or -1. */
    private static int firstOf(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
