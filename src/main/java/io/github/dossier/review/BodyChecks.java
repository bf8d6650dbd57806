package io.github.dossier.review;

import static io.github.dossier.review.BriefChecks.clip;
import static io.github.dossier.review.BriefChecks.containsWord;
import static io.github.dossier.review.BriefChecks.edit;
import static io.github.dossier.review.BriefChecks.quoted;
import static io.github.dossier.review.Furniture.DATE;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.review.BriefChecks.Out;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review's checks of a brief's body: page furniture left in (lines said twice or in many briefs, bylines, an
 * author's bio, a drop cap split from its word, a page's controls, headings over nothing), garbled characters, a body
 * much shorter than the page's article, and what the page has that the body lacks (its tables, its standfirst, its
 * paragraphs, what a colon announces). Thread-safe.
 */
final class BodyChecks {

    /** A letter of one script inside a word of another, or the marks of text decoded wrongly: garbled text. */
    private static final Pattern GARBLED = Pattern.compile("\uFFFD|Ã[\\u0080-\\u00BF]|â€[\\u0080-\\u00BF™œ�]|"
            + "\\p{IsLatin}[\\p{IsNko}\\p{IsSyriac}\\p{IsThaana}\\p{IsSamaritan}\\p{IsMandaic}]|"
            + "[\\p{IsNko}\\p{IsSyriac}\\p{IsThaana}\\p{IsSamaritan}\\p{IsMandaic}]\\p{IsLatin}");
    /** A colon with nothing after it but the sentence's end: what it announced (an address, a figure) was dropped. */
    private static final Pattern EMPTY_AFTER_COLON = Pattern.compile("\\p{L}\\s?[:：]\\s*[.;,]");
    /** A paragraph's Markdown mark: a heading's, a list item's, a quotation's. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^(#{1,6}|[-*]|>|\\d+[.)])\\s+");
    /** "I am Jane Doe", "Ich bin Jessie Weiß", "Je suis Marie": a writer introducing themselves, a capitalised name after. */
    private static final Pattern FIRST_PERSON_INTRODUCTION = Pattern.compile(
            "^(I am|I'm|My name is|Ich bin|Mein Name ist|Je suis|Je m'appelle|Soy|Me llamo|Sono|Mi chiamo|Jestem)\\s+\\p{Lu}");

    private final Lexicon lexicon;
    private final CorpusContext corpus;
    private final Furniture furniture;

    BodyChecks(Knowledge knowledge, CorpusContext corpus, Furniture furniture) {
        this.lexicon = knowledge.lexicon();
        this.corpus = corpus;
        this.furniture = furniture;
    }

    /** Checks the body; returns the paragraphs it found to be page furniture. */
    Set<String> check(Brief b, Page page, Out o) {
        String body = b.body();
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        // Furniture left in.
        List<String> found = new ArrayList<>();
        double strongest = 0;
        Map<String, Integer> within = new HashMap<>();
        int fragments = 0;
        List<String> fragmentExamples = new ArrayList<>();
        List<String> texts = paragraphs.stream().map(BodyChecks::plain).toList();
        for (String text : texts) {
            String k = Words.key(text);
            if (k.length() >= 20) {
                within.merge(k, 1, Integer::sum);
            }
        }
        // How many of the paragraphs are short lines of a date.
        long dateLines = texts.stream().filter(t -> Words.count(t) <= 14 && DATE.matcher(t).find()).count();
        Set<String> reported = new java.util.HashSet<>();
        Set<String> furniture = new java.util.HashSet<>();
        boolean inBio = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean heading = p.startsWith("#");
            boolean table = p.startsWith("|");
            String text = texts.get(i);
            if (table || text.isEmpty()) {
                continue;
            }
            String k = Words.key(text);
            String why = this.furniture.why(text);
            double doubt = 0.7;
            // Said twice: a sentence is a duplicate; a short line said often is a control ("Bild anzeigen").
            int times = within.getOrDefault(k, 0);
            boolean sentence = Words.count(text) >= 8;
            if (why == null && (sentence && times > 1 || times >= 5) && reported.add(k)) {
                why = "said " + times + " times";
                doubt = sentence ? 0.75 : 0.5;
            }
            if (why == null && !heading && Words.count(text) <= 8 && b.authors().stream().anyMatch(a -> a.length() >= 5
                    && Words.nameKey(text).contains(Words.nameKey(a)) && !Words.nameKey(text).equals(Words.nameKey(a)))) {
                why = "a byline: the author's name in a line of its own";
                doubt = 0.55;
            }
            if (why == null && !heading && k.length() >= 25 && Words.count(text) <= 80 && corpus.repeated(text) >= 3) {
                why = "in " + corpus.repeated(text) + " briefs";
                doubt = 0.7;
            }
            if (why == null && i >= paragraphs.size() - 4 && i > 0 && (inBio || bio(text, b))) {
                why = "reads as the author's bio";
                doubt = 0.55;
                inBio = true;
            }
            if ("a date line".equals(why) && dateLines >= 3) {
                why = null; // a listing of dates (events, a timeline) is the article's content
            }
            if (why != null) {
                found.add(quoted(text) + " (" + why + ")");
                furniture.add(text);
                strongest = Math.max(strongest, doubt);
            } else if (!heading && text.length() <= 2 && i + 1 < paragraphs.size()
                    && Character.isLowerCase(paragraphs.get(i + 1).codePointAt(0))) {
                found.add(quoted(text) + " (a drop cap split from its word: “" + clip(text + paragraphs.get(i + 1), 30)
                        + "”)");
                strongest = Math.max(strongest, 0.6);
            } else if (!heading && Words.count(text) <= 3 && !text.matches(".*[.!?:;\"”»)]$")
                    && text.chars().anyMatch(Character::isLetter)) {
                fragments++;
                if (fragmentExamples.size() < 3) {
                    fragmentExamples.add(quoted(text));
                }
            } else if (heading && level(p) > 0 && (i == paragraphs.size() - 1
                    || paragraphs.get(i + 1).startsWith("#") && level(paragraphs.get(i + 1)) < level(p))) {
                found.add(quoted(text) + " (a heading with nothing under it: a box's or a teaser's title?)");
                strongest = Math.max(strongest, 0.45);
            } else if (!heading && DATE.matcher(text).lookingAt() && Words.count(text) > 6) {
                found.add(quoted(text) + " (opens with a date: a dateline run into the paragraph)");
                strongest = Math.max(strongest, 0.45);
            }
        }
        if (fragments >= 1) {
            found.add((fragments == 1 ? "a short line" : fragments + " short lines") + " that read"
                    + (fragments == 1 ? "s" : "") + " as a page's controls, such as " + String.join(", ", fragmentExamples));
            strongest = Math.max(strongest, fragments >= 2 ? 0.45 : 0.35);
        }
        Matcher garbled = GARBLED.matcher(body);
        if (garbled.find()) {
            int at = garbled.start();
            o.add(Item.Check.ENCODING, "body", 0.55, "garbled characters, as text decoded wrongly: “"
                    + clip(body.substring(Math.max(0, at - 15), Math.min(body.length(), at + 15)), 40) + "”", edit(b));
        }
        if (!found.isEmpty()) {
            o.add(Item.Check.BODY_LEFTOVER, "body", Math.min(0.9, strongest + 0.05 * (found.size() - 1)),
                    "the body holds page furniture: " + String.join("; ", found.subList(0, Math.min(4, found.size())))
                            + (found.size() > 4 ? "; and " + (found.size() - 4) + " more" : ""), edit(b));
        }
        // Shorter than the page.
        if (page.mainWords() >= 150 && b.words() < page.mainWords() / 2) {
            o.add(Item.Check.BODY_SHORT, "body", 0.55, "the body has " + b.words() + " words; the page's article has "
                    + page.mainWords(), edit(b));
        } else if (page.words() >= 400 && b.words() < page.words() / 10 && b.words() < 250) {
            o.add(Item.Check.BODY_SHORT, "body", 0.45, "the body has " + b.words() + " words of the page's "
                    + page.words(), edit(b));
        }
        // What the page has and the body lacks.
        List<String> gaps = new ArrayList<>();
        String flat = Words.key(body + " " + String.join(" ", b.summary()));
        for (List<String> cells : page.tables()) {
            if (cells.stream().noneMatch(c -> flat.contains(Words.key(c)))) {
                gaps.add("a table of the page (" + quoted(cells.get(0)) + ", " + quoted(cells.get(1)) + ")");
            }
        }
        if (page.description().isPresent() && corpus.description(page.description().get()) < 2) {
            String d = page.description().get();
            if (present(Words.key(d), flat) < 0.5 && !Words.key(b.title()).contains(Words.key(d))) {
                gaps.add("the page's own standfirst " + quoted(d));
            }
        }
        // The page's own article paragraphs that the body lacks: a standfirst, a closing paragraph, a list's lead-in.
        List<String> lacking = new ArrayList<>();
        int checked = 0;
        for (String p : page.paragraphs()) {
            boolean standfirst = page.standfirsts().contains(p);
            if (this.furniture.why(p) != null || !standfirst && (Words.count(p) < 12 || !p.matches("(?s).*[.!?:…\"”»)]$"))) {
                continue; // a sentence or more (a standfirst may have no full stop), not a line of metadata
            }
            checked++;
            if (present(Words.key(p), flat) < 0.4) {
                lacking.add(p);
            }
        }
        if (!lacking.isEmpty() && lacking.size() * 2 <= Math.max(2, checked)) {
            gaps.add((lacking.size() == 1 ? "a paragraph" : lacking.size() + " paragraphs") + " of the page's article, "
                    + "such as " + quoted(lacking.get(0)));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean last = i == paragraphs.size() - 1;
            if (p.endsWith(":") && !p.startsWith("#") && Words.count(p) >= 3
                    && (last || paragraphs.get(i + 1).startsWith("#"))) {
                gaps.add("what " + quoted(p) + " announces" + (last ? " (the body ends there)" : ""));
            } else if (EMPTY_AFTER_COLON.matcher(p).find()) {
                Matcher c = EMPTY_AFTER_COLON.matcher(p);
                c.find();
                gaps.add("what a colon announces, lost from “…" + clip(p.substring(Math.max(0, c.start() - 40),
                        Math.min(p.length(), c.end() + 5)), 50) + "”");
            }
        }
        if (!gaps.isEmpty()) {
            boolean strong = gaps.stream().anyMatch(g -> g.startsWith("a table") || g.startsWith("what")
                    || g.contains("of the page's article"));
            o.add(Item.Check.BODY_GAP, "body", strong ? 0.5 : 0.35, "the body lacks " + String.join("; ", gaps),
                    edit(b));
        }
        return furniture;
    }

    /** A paragraph of a body as plain text: without the Markdown mark it opens with (a heading's, a list item's). */
    static String plain(String paragraph) {
        return BLOCK_MARK.matcher(paragraph).replaceFirst("").strip();
    }

    /** A Markdown heading's level (1 for {@code #}), 0 for a paragraph. */
    private static int level(String paragraph) {
        int n = 0;
        while (n < paragraph.length() && paragraph.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n < paragraph.length() && paragraph.charAt(n) == ' ' ? n : 0;
    }

    /** The share of {@code text}'s word 3-grams that {@code in} holds. */
    private static double present(String text, String in) {
        String[] w = text.split(" ");
        if (w.length < 3) {
            return in.contains(text) ? 1 : 0;
        }
        int found = 0;
        int all = 0;
        for (int i = 0; i + 3 <= w.length; i++) {
            all++;
            found += in.contains(w[i] + " " + w[i + 1] + " " + w[i + 2]) ? 1 : 0;
        }
        return (double) found / all;
    }

    /**
     * Whether a closing paragraph reads as a bio or a site's description of itself: it opens with an author's name and a
     * bio verb, introduces its writer in the first person ("Ich bin Jessie Weiß"), or names a desk near its start
     * ("Our Editorial Staff at … is a team").
     */
    private boolean bio(String text, Brief b) {
        if (Words.count(text) <= 250 && FIRST_PERSON_INTRODUCTION.matcher(text).find()) {
            return true;
        }
        if (Words.count(text) > 90) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> verbs = lexicon.words(Lexicon.BIO_VERBS);
        for (String a : b.authors()) {
            String first = a.split(" ")[0].toLowerCase(Locale.ROOT);
            if (first.length() >= 3 && lower.startsWith(first) && verbs.stream()
                    .anyMatch(v -> containsWord(lower, v.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        String[] tokens = lower.split("\\s+");
        List<String> opening = List.of(tokens).subList(0, Math.min(5, tokens.length));
        Set<String> desks = lexicon.lowerCase(Lexicon.ORGANISATION_AUTHOR_WORDS);
        return opening.stream().anyMatch(w -> desks.contains(w.replaceAll("[^\\p{L}]", "")))
                && verbs.stream().anyMatch(v -> containsWord(lower, v.toLowerCase(Locale.ROOT)));
    }
}
