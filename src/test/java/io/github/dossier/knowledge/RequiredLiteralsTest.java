package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", value = {
        "(read more|see also):? .* => [read more, see also]",
        "[\\p{Lu} ]{2,40}\\s*/\\s*\\w+ => [/]",
        "subscribe( now| today)?[.!]? => [subscribe]",
        ".{0,200}\\bcredit\\s*(\\.{2,}|…|:)\\s*.{2,100} => [credit]",
        "(photo|image)?\\s*by => [by]",
        "\\d+ of \\d+ => [ of ]",
        "(?<value>[a-z]+) \\| (?<rest>.*) => [ | ]",
        "Ab(c)+ => [ab]",
        "x(?:Long|Longer)y => [long, longer]",
    })
    void findsTheLiteralsEveryMatchContains(String regex, String expected) {
        assertEquals(expected, RequiredLiterals.of(regex).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest(name = "{0} has no filter")
    @CsvSource(delimiterString = " => ", value = {
        "\\d+ => x",
        "(a|\\d) => x",
        "(?i:abc) => x",
        "(?=abc).* => x",
        "a? => x",
        "\\Qabc\\E => x",
        "(unclosed => x",
    })
    void knowsWhenItKnowsNothing(String regex, String ignored) {
        assertEquals(Optional.empty(), RequiredLiterals.of(regex));
    }

    @Test
    void foldsAsCaseInsensitiveUnicodeMatchingCompares() {
        assertEquals(RequiredLiterals.fold("KELVIN \u212A ſ"), RequiredLiterals.fold("kelvin k s"));
    }

    /** Soundness: over every shipped boilerplate pattern and every line of two corpora, no match is filtered out. */
    @Test
    void neverRulesOutALineThePatternMatches() throws IOException {
        List<String> patterns = new ArrayList<>();
        Map<String, Object> top = DataFile.yamlMap(Files.readString(
                Path.of("src/main/resources/io/github/dossier/knowledge/boilerplate.yml")), "boilerplate.yml");
        for (Object section : top.values()) {
            for (Object list : DataFile.map(section, "section").values()) {
                patterns.addAll(DataFile.strings(list, "list"));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String dir : List.of(System.getProperty("dossier.corpus", "../shared/corpus") + "/zyte-dev/text",
                System.getProperty("dossier.corpus", "../shared/corpus") + "/sample")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.sorted().toList()) {
                    for (String line : Files.readString(f).split("\\R")) {
                        if (!line.isBlank()) {
                            lines.add(line.strip());
                        }
                    }
                }
            }
        }
        assertTrue(lines.size() > 1000, "corpus lines: " + lines.size());
        int filtered = 0;
        int matches = 0;
        for (String regex : patterns) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Optional<Set<String>> literals = RequiredLiterals.of(regex);
            if (literals.isPresent()) {
                filtered++;
            }
            for (String line : lines) {
                if (p.matcher(line).matches()) {
                    matches++;
                    String folded = RequiredLiterals.fold(line);
                    literals.ifPresent(l -> assertTrue(LiteralScanner.has(LiteralScanner.of(List.of(l)).candidates(folded), 0),
                            regex + " matches \"" + line + "\" but the filter " + l + " rules it out"));
                }
            }
        }
        assertTrue(matches > 200, "matches seen: " + matches);
        // Most patterns can be filtered; if this drops, a new pattern form defeats the analysis.
        assertTrue(filtered * 10 >= patterns.size() * 8, filtered + " of " + patterns.size() + " patterns filtered");
    }
}
