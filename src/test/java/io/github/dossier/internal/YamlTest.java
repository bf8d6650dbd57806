package io.github.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

class YamlTest {

    /** 24 levels of two aliases each: 48 aliases, under the library's limit of 50, and 2^24 copies. */
    private static String laughs(int levels) {
        StringBuilder sb = new StringBuilder("l0: &l0 [lol]\n");
        for (int i = 1; i <= levels; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1)
                    .append("]\n");
        }
        return sb.toString();
    }

    @Test
    void anAliasBombIsRefusedWithTheLineWhereItGoesOverTheLimit() {
        MarkedYamlEngineException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(MarkedYamlEngineException.class, () -> Yaml.load(laughs(24), "laughs.yml")));
        assertTrue(e.getProblem().contains("expand to over 10000 values"), e.getMessage());
        // Level k expands to 3 * 2^k - 1 values: level 12 (line 13, 12 counting from 0) is the first over 10,000.
        assertEquals(12, e.getProblemMark().orElseThrow().getLine());
    }

    @Test
    void aliasesThatRepeatLittleAreRead() {
        Object value = Yaml.load(laughs(8) + "tags: &t [a, b]\nmore: *t\n", "ok.yml");
        assertTrue(value instanceof Map<?, ?> m && m.get("more").equals(List.of("a", "b")), String.valueOf(value));
    }

    @Test
    void anAliasInsideItsOwnCollectionIsRefused() {
        MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class,
                () -> Yaml.load("a: &a [x, *a]\n", "loop.yml"));
        assertTrue(e.getProblem().contains("refers to the collection that contains it"), e.getMessage());
    }

    @Test
    void aCharacterOutsideTheBmpIsReadWhereverItFalls() {
        // An emoji at every place around the library's 1,024-character window, plain and quoted.
        for (int pad = 1000; pad < 1060; pad++) {
            for (String yaml : List.of("text: " + "x".repeat(pad) + "\uD83D\uDE00y\n",
                    "text: \"a\\n" + "x".repeat(pad) + "\uD83D\uDE00y\"\n")) {
                Object value = Yaml.load(yaml, "emoji.yml");
                assertTrue(value instanceof Map<?, ?> m && String.valueOf(m.get("text")).endsWith("x\uD83D\uDE00y"),
                        pad + ": " + value);
            }
        }
    }

    /** 20,000 levels overflowed the composer's stack: a StackOverflowError no caller could tell from a bug. */
    @Test
    void collectionsNestedPastTheLimitAreRefusedWithTheLine() {
        for (String deep : List.of("a: 1\nb: " + "[".repeat(20_000) + "\n", "a: 1\nb: " + "{x: ".repeat(20_000) + "1" + "}".repeat(20_000),
                "a: 1\nb: " + "[".repeat(Yaml.MAX_DEPTH) + "]".repeat(Yaml.MAX_DEPTH) + "\n")) {
            MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class, () -> Yaml.load(deep, "deep.yml"));
            assertTrue(e.getProblem().contains("deeper than " + Yaml.MAX_DEPTH), e.getMessage());
            assertEquals(1, e.getProblemMark().orElseThrow().getLine(), e.getMessage());
        }
        String deepest = "a: " + "[".repeat(Yaml.MAX_DEPTH - 1) + "]".repeat(Yaml.MAX_DEPTH - 1) + "\n";
        assertTrue(Yaml.load(deepest, "ok.yml") instanceof Map<?, ?>);
    }

    /** Each anchor shallow, but aliases putting each inside the next: as deep, as the constructor walks it. */
    @Test
    void collectionsNestedPastTheLimitThroughAliasesAreRefused() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i <= 30; i++) { // 30 aliases: under the library's limit of 50; 150 levels deep
            yaml.append("l").append(i).append(": &l").append(i).append(" [[[[[*l").append(i - 1).append("]]]]]\n");
        }
        MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class,
                () -> Yaml.load(yaml.toString(), "aliases.yml"));
        assertTrue(e.getProblem().contains("deeper than " + Yaml.MAX_DEPTH), e.getMessage());
    }

    @Test
    void aDocumentPastTheSizeLimitIsRefusedWithTheLine() {
        String big = "a: 1\nb: " + "x".repeat(Yaml.MAX_CHARS) + "\n";
        MarkedYamlEngineException e = assertThrows(MarkedYamlEngineException.class, () -> Yaml.load(big, "big.yml"));
        assertTrue(e.getProblem().contains("longer than " + Yaml.MAX_CHARS), e.getMessage());
        assertEquals(1, e.getProblemMark().orElseThrow().getLine());
    }
}
