package io.github.dossier.clean;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Boilerplate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One block of a page with everything the cleaner learns of it: its words and their stopword share, whether it
 * ends as a sentence, then the kind scoring gives it (with the rule behind the verdict) and the part typing makes
 * it. Per page, never shared.
 */
final class Line {

    /** Block classes, as in jusText. */
    enum Kind { GOOD, NEAR, SHORT, BAD, KEEP, DUPLICATE }

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;。！？；：][\"'”’)\\]」』）]*$");
    private static final Pattern BULLET = Pattern.compile("^[•●▪◦■‣]\\s*");

    final Block block;
    final String text;
    final boolean bullet;
    final List<String> words;
    /** Lower-case words, for comparing lines. */
    final String key;
    /** The share of the words that are stopwords of the page's language; set by the {@link Page}. */
    double stop;
    final boolean sentenceEnd;
    Kind kind;
    Boilerplate.Match match;
    PartType type;
    /** Why the line is not article text: a {@link Rule} or a boilerplate list's name; empty while it may be. */
    String rule = "";
    /** Opens what lies below the article (comments, related stories). */
    boolean wall;

    Line(Block block) {
        this.block = block;
        String t = block.text().strip().replaceAll("\\s{2,}", " ");
        this.bullet = block.hint() == Block.Hint.BULLET || BULLET.matcher(t).find();
        this.text = BULLET.matcher(t).replaceFirst("");
        this.words = Words.of(text);
        this.key = String.join(" ", words).toLowerCase(Locale.ROOT);
        this.sentenceEnd = SENTENCE_END.matcher(text).matches();
    }

    int chars() {
        return text.length();
    }

    boolean prose() {
        return kind == Kind.GOOD || kind == Kind.NEAR;
    }

    /** Whether the boilerplate rule that matched the line is {@code rule}. */
    boolean matched(String rule) {
        return match != null && match.rule().equals(rule);
    }
}
