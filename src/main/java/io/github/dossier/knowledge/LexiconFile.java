package io.github.dossier.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads {@code lexicon.yml}, shipped and the project's, into the {@link Lexicon}'s lists: each list checked as it is
 * read (a list the shipped file does not have, a pattern that does not compile), with its file and line.
 */
final class LexiconFile {

    private LexiconFile() {
    }

    static void read(String text, String origin, Map<String, Set<String>> words,
            Map<String, Set<String>> patterns, boolean shipped) {
        Map<String, Object> top = DataFile.yamlMap(text, origin);
        for (Map.Entry<String, Object> section : top.entrySet()) {
            Map<String, Set<String>> into = switch (section.getKey()) {
                case "words" -> words;
                case "patterns" -> patterns;
                default -> throw new IllegalArgumentException(origin + ": unknown section '" + section.getKey()
                        + "' (expected words or patterns)");
            };
            for (Map.Entry<String, Object> list : DataFile.map(section.getValue(), origin).entrySet()) {
                String where = origin + ": " + section.getKey() + "." + list.getKey();
                if (!shipped && !into.containsKey(list.getKey())) {
                    throw new IllegalArgumentException(where + ": no such list (the lists are those of Dossier's "
                            + Lexicon.FILE + ")");
                }
                // A set, in the order listed: a project's list of 100,000 words is read in a blink, not a minute.
                Set<String> entries = into.computeIfAbsent(list.getKey(), k -> new LinkedHashSet<>());
                List<String> listed = DataFile.strings(list.getValue(), where);
                for (int i = 0; i < listed.size(); i++) {
                    String entry = listed.get(i);
                    if (entry.isBlank()) {
                        continue;
                    }
                    if (into == patterns) {
                        checkPattern(entry.strip(), text, origin, list.getKey(), i);
                    }
                    entries.add(entry.strip());
                }
            }
        }
    }

    /**
     * Compiles one pattern as it is read, so that a broken one fails the load with its file and line, before any
     * article is cleaned (compiled when the cleaner is built, it would fail every article, each on its own).
     */
    private static void checkPattern(String regex, String text, String origin, String list, int index) {
        try {
            // In a group, as code uses it: an unended \Q would quote what follows it there.
            Pattern.compile("(?:" + regex + ")");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(DataFile.at(origin, DataFile.lineOf(text, origin, "patterns", list, index))
                    + ": patterns." + list + ": '" + regex + "' is not a valid pattern: " + e.getDescription(), e);
        }
    }

    /** Each pattern list as the one regular expression code reads it: patterns valid alone can clash (a group's name). */
    static void checkAlternations(Map<String, List<String>> patterns, String text, String origin) {
        for (String list : patterns.keySet()) {
            try {
                Pattern.compile(String.join("|", patterns.get(list)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(DataFile.at(origin, DataFile.lineOf(text, origin, "patterns", list))
                        + ": patterns." + list + ": its patterns together are not a valid pattern: "
                        + e.getDescription(), e);
            }
        }
    }

    /** The languages of the project's own stopword files ({@code stopwords-xx.txt}). */
    static List<String> ownStopwordLanguages(Path dataDirectory) {
        if (dataDirectory == null || !Files.isDirectory(dataDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDirectory)) {
            return files.map(f -> Lexicon.STOPWORD_FILE.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    static Map<String, List<String>> freeze(Map<String, Set<String>> lists) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
