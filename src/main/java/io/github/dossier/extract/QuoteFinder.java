package io.github.dossier.extract;

import io.github.dossier.internal.Words;
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
public final class QuoteFinder {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{3,400}?)[”\"]");
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(said|says|say|told|tells|added|adds|warned|warns|"
            + "noted|notes|called|calls|described|describes|promised|promises|declared|declares|wrote|writes|"
            + "argued|argues|insisted|insists|stated|states|explained|explains|according to|asked|asks|replied|"
            + "urged|urges|vowed|vows|claimed|claims|accused|accuses|denounced|decried|deemed|labelled|labeled)\\b");
    private static final Pattern ATTRIBUTION_BEFORE = Pattern.compile("[\\s,]*(?:(?i:said|says|added|adds|told|"
            + "wrote|writes|asked|replied|noted|notes|warned|warns)\\s+)?(?:(?i:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");
    private static final Pattern VERB_NEXT = Pattern.compile("(?i)['’]?s?\\s*,?\\s*(said|says|added|adds|told|wrote|"
            + "writes|asked|replied|noted|notes|warned|warns)\\b");
    private static final int MAX_QUOTES = 5;

    /** The notable quotations of {@code paragraphs}, given the people the article names. */
    public List<Quote> find(List<String> paragraphs, List<String> people) {
        List<Quote> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Summarizer.sentences(paragraph)) {
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
    private static Optional<String> speaker(String sentence, int quoteStart, int quoteEnd, List<String> people) {
        String after = sentence.substring(quoteEnd, Math.min(sentence.length(), quoteEnd + 60)).split("[.;:“\"]", 2)[0];
        for (Mention m : mentions(after, people)) {
            // "…,” Putin said" or "…,” said Putin": the attribution follows the quotation at once.
            String prefix = after.substring(0, m.end() - (m.end() - m.start()));
            String suffix = after.substring(m.end());
            boolean verbBefore = ATTRIBUTION_BEFORE.matcher(prefix).matches() && SAYING.matcher(prefix).find();
            boolean verbAfter = ATTRIBUTION_BEFORE.matcher(prefix).matches() && VERB_NEXT.matcher(suffix).lookingAt();
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
            if (SAYING.matcher(between).find() && !between.contains("”")) {
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
