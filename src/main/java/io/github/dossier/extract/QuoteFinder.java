package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's notable quotations and, where the sentence names one, who said them.
 *
 * <pre>{@code
 * Putin called China-Russia relations a “benchmark of interstate cooperation”, while Xi noted …
 *   → “benchmark of interstate cooperation” — Vladimir Putin
 * }</pre>
 *
 * A speaker is a person the article names (a surname alone counts for the full name) standing in the quote's
 * sentence beside a verb of saying, nearest the quotation. Longer quotations and quotations with a speaker rank
 * first. Immutable and thread-safe.
 */
final class QuoteFinder {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{3,400}?)[”\"]");
    private static final int MAX_QUOTES = 5;

    private final Summarizer sentences;
    /** A verb of saying anywhere between a speaker and a quotation. */
    private final Pattern saying;
    /** What may stand between a quotation and its speaker after it: "…,” said the foreign minister Sergei Lavrov. */
    private final Pattern attributionBefore;
    /** A verb of saying right after the speaker: "…,” Lavrov said. */
    private final Pattern verbNext;

    /** A finder with the lexicon's verbs of saying, splitting sentences as {@code sentences} does. */
    public QuoteFinder(Lexicon lexicon, Summarizer sentences) {
        this.sentences = sentences;
        String attribution = lexicon.alternation(Lexicon.ATTRIBUTION_VERBS);
        this.saying = Pattern.compile("(?i)\\b(" + lexicon.alternation(Lexicon.SAYING_VERBS) + ")\\b");
        this.attributionBefore = Pattern.compile("[\\s,]*(?:(?i:" + attribution + ")\\s+)?(?:(?i:the|a|an)\\s+)?"
                + "(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");
        this.verbNext = Pattern.compile("(?i)['’]?s?\\s*,?\\s*(" + attribution + ")\\b");
    }

    /** The notable quotations of {@code paragraphs}, given the people the article names. */
    public List<Quote> find(List<String> paragraphs, List<String> people) {
        List<Quote> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            for (String sentence : sentences.sentences(paragraph)) {
                Matcher m = QUOTED.matcher(sentence);
                while (m.find()) {
                    String text = m.group(1).strip().replaceAll("[,.]$", "");
                    if (Words.count(text) < 2 || !seen.add(text.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    found.add(new Quote(text, speaker(sentence, m.start(), m.end(), people)));
                }
            }
        }
        List<Quote> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Quote q) -> q.speaker().isPresent() ? 0 : 1)
                .thenComparingInt(q -> -Math.min(Words.count(q.text()), 25))
                .thenComparingInt(found::indexOf));
        List<Quote> top = new ArrayList<>(ranked.subList(0, Math.min(MAX_QUOTES, ranked.size())));
        top.sort(Comparator.comparingInt(found::indexOf));
        return top;
    }

    /**
     * Who said a quotation: a person named right after it with a verb of saying ("…,” Putin said), or else the
     * last person named before it with a verb of saying between them (Putin called it a “…”). Names inside
     * compounds ("the Xi-Putin summit") speak for nobody.
     */
    private Optional<String> speaker(String sentence, int quoteStart, int quoteEnd, List<String> people) {
        String after = sentence.substring(quoteEnd, Math.min(sentence.length(), quoteEnd + 60)).split("[.;:“\"]", 2)[0];
        for (Mention m : mentions(after, people)) {
            // "…,” Putin said" or "…,” said Putin": the attribution follows the quotation at once.
            String prefix = after.substring(0, m.end() - (m.end() - m.start()));
            String suffix = after.substring(m.end());
            boolean verbBefore = attributionBefore.matcher(prefix).matches() && saying.matcher(prefix).find();
            boolean verbAfter = attributionBefore.matcher(prefix).matches() && verbNext.matcher(suffix).lookingAt();
            if (verbBefore || verbAfter) {
                return Optional.of(m.person());
            }
            break;
        }
        String before = sentence.substring(0, quoteStart);
        List<Mention> candidates = mentions(before, people);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Mention m = candidates.get(i);
            String between = before.substring(m.end());
            if (saying.matcher(between).find() && !between.contains("”")) {
                return Optional.of(m.person());
            }
        }
        return Optional.empty();
    }

    private record Mention(String person, int start, int end) {
    }

    /** People named in {@code text}, by full name or by surname, in order; not inside hyphenated compounds. */
    private static List<Mention> mentions(String text, List<String> people) {
        List<Mention> out = new ArrayList<>();
        for (String person : people) {
            String[] parts = person.split(" ");
            for (String form : new LinkedHashSet<>(List.of(person, parts[parts.length - 1], parts[0]))) {
                Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(form) + "(?![\\p{L}-])").matcher(text);
                while (m.find()) {
                    out.add(new Mention(person, m.start(), m.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
