package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.PartType;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labels a page gives an article: its section ("Topic | US-China relations" → US-China relations,
 * "Flashpoints | Diplomacy" → Flashpoints with the tag Diplomacy) and its tags, split where they were scraped
 * without separators. Immutable and thread-safe.
 */
final class Labels {

    private final NameList organisations;
    private final NameList publications;
    private final Gazetteer gazetteer;
    private final List<String> sectionKeys;
    private final List<String> tagKeys;
    /** Labels before a section's name ("Topic", "Filed under"), lower case. */
    private final Set<String> sectionLabels;
    /** "Tags:", "Related topics:" before a tag line. */
    private final Pattern tagLabel;

    Labels(Knowledge knowledge) {
        Lexicon lexicon = knowledge.lexicon();
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.gazetteer = knowledge.gazetteer();
        this.sectionKeys = lexicon.words(Lexicon.META_SECTION);
        this.tagKeys = lexicon.words(Lexicon.META_TAGS);
        this.sectionLabels = lexicon.lowerCase(Lexicon.SECTION_LABELS);
        this.tagLabel = Pattern.compile("(?i)^(" + lexicon.alternation(Lexicon.TAG_LABELS) + ")\\s*:\\s*");
    }

    /** The section the page files the article under: its meta, else the section line ("Topic | US-China relations"). */
    Optional<String> section(CleanArticle article) {
        for (String key : sectionKeys) {
            Optional<String> v = article.meta(key).filter(s -> !s.isBlank());
            if (v.isPresent()) {
                return v.map(String::strip);
            }
        }
        return article.first(PartType.SECTION).map(line -> {
            String[] sides = line.split("\\s*[|:]\\s*", 2);
            if (sides.length == 2) {
                if (sectionLabels.contains(sides[0].toLowerCase(Locale.ROOT))) {
                    return sides[1].strip();
                }
                return sides[0].strip();
            }
            return line.strip();
        });
    }

    /** The page's own tags: tag lines, the second part of a section line, the page's meta. */
    List<String> tags(CleanArticle article) {
        Set<String> tags = new LinkedHashSet<>();
        for (String line : article.all(PartType.TAGS)) {
            String value = tagLabel.matcher(line).replaceFirst("");
            tags.addAll(splitTags(value));
        }
        article.first(PartType.SECTION).ifPresent(line -> {
            String[] sides = line.split("\\s*\\|\\s*", 2);
            if (sides.length == 2 && !sectionLabels.contains(sides[0].toLowerCase(Locale.ROOT))) {
                tags.add(sides[1].strip());
            }
        });
        for (String key : tagKeys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                for (String t : v.split("\\s*[,;]\\s*")) {
                    if (!t.isBlank() && t.length() < 60) {
                        tags.add(t.strip());
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Splits a tag line. Separators (comma, bar, bullet) split it; a line scraped from tag links without
     * separators is split where a capitalised word follows a lower-case one, keeping known multi-word names whole.
     */
    List<String> splitTags(String line) {
        if (line.matches(".*[,|•·;#].*")) {
            List<String> out = new ArrayList<>();
            for (String t : line.split("\\s*[,|•·;#]\\s*")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
            return out;
        }
        String[] tokens = line.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = knownPhraseEnd(tokens, i);
            StringBuilder tag = new StringBuilder(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, end)));
            i = end;
            while (i < tokens.length && !startsUpper(tokens[i])) {
                tag.append(' ').append(tokens[i]);
                i++;
            }
            out.add(tag.toString());
        }
        return out;
    }

    private int knownPhraseEnd(String[] tokens, int i) {
        for (int len = Math.min(5, tokens.length - i); len >= 2; len--) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + len));
            if (organisations.canonical(phrase) != null || publications.canonical(phrase) != null
                    || gazetteer.byName(phrase).isPresent()) {
                return i + len;
            }
        }
        return i + 1;
    }

    private static boolean startsUpper(String token) {
        return !token.isEmpty() && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0)));
    }
}
