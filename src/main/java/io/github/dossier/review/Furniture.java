package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.containsWord;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What in a brief is page furniture rather than the article: a line the boilerplate patterns know (a byline, a
 * dateline, a "share this"), a line of a date, a line asking the reader to do something, a picture's credit. The
 * summary, body and field checks ask it of their lines. Thread-safe.
 */
final class Furniture {

    /** A date as pages write it: 04.02.2022, 29/4/2022, 2022-02-04. */
    static final Pattern DATE = Pattern.compile(
            "(?<![\\p{N}])(\\d{1,2}[./]\\d{1,2}[./](\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})(?![\\p{N}])");
    private static final Pattern TIME = Pattern.compile("(?<![\\p{N}])\\d{1,2}[:.]\\d{2}(\\s*(uhr|h|am|pm))?(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private final Boilerplate boilerplate;
    private final Set<String> prompts;
    private final Set<String> credits;

    Furniture(Knowledge knowledge) {
        Lexicon lexicon = knowledge.lexicon();
        this.boilerplate = knowledge.boilerplate();
        this.prompts = lexicon.lowerCase(Lexicon.PROMPT_WORDS);
        this.credits = lexicon.lowerCase(Lexicon.CREDIT_WORDS);
    }

    /** Why {@code text} (a summary line or a paragraph) is page furniture, or null. */
    String why(String text) {
        return why(text, true);
    }

    /**
     * Why {@code text} is page furniture, or null; {@code metadata}: whether a metadata line (a byline, a section, a
     * tag line) counts, as it does in a body but not as the value of a field it fills.
     */
    String why(String text, boolean metadata) {
        String t = text.strip().replaceAll("^[\\p{Pd}\\s]+|[\\p{Pd}\\s]+$", "");
        Optional<Boilerplate.Match> m = boilerplate.match(t);
        // A metadata rule counts on a short line only: "By sharing real-time data …" is a sentence, not a byline.
        if (m.isPresent() && (metadata && Words.count(t) <= 12 || m.get().action() != Boilerplate.Action.KEEP)) {
            // A metadata line (a byline, a dateline, a tag line) is no article text either: extraction's to take.
            return "a " + m.get().rule() + " line";
        }
        int words = Words.count(t);
        if (words <= 14 && DATE.matcher(t).find()) {
            String rest = DATE.matcher(TIME.matcher(t).replaceAll(" ")).replaceAll(" ");
            if (Words.count(rest) <= 4) {
                return "a date line";
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (words <= 40) {
            for (String p : prompts) {
                if (containsWord(lower, p)) {
                    return "asks the reader to " + (p.contains(" ") ? p : "do something: '" + p + "'");
                }
            }
        }
        if (words <= 30 && (lower.contains("©") || lower.contains("| (c)") || credit(lower))) {
            return "a picture's credit";
        }
        return null;
    }

    private boolean credit(String lower) {
        for (String c : credits) {
            if (lower.startsWith(c + ":") || lower.startsWith(c + " :") || lower.contains("| " + c)
                    || lower.contains("(" + c + ":") || lower.contains("(" + c + " :")
                    || lower.contains("/ " + c) && c.contains(" ")) {
                return true;
            }
        }
        return false;
    }
}
