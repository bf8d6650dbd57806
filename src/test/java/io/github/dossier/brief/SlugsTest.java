package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "China, Russia have to forge closer ties => china-russia-have-to-forge-closer-ties",
        "Beijing’s “reunification” — café => beijings-reunification-cafe",
        "Россия и Китай => rossiya-i-kitay",
        ".. => x-5ec1f7e7",
        "CON => con-1",
        "index => index-1",
        "/etc/passwd => etc-passwd",
        "../../etc/passwd => etc-passwd",
        "NUL => nul-1",
        "中俄关系的新时代 => 中俄关系的新时代",
        "US–China 关系: a “new era”? => us-china-关系-a-new-era",
        "हिंदी समाचार => हिंदी-समाचार",
        "a<b>c:d\"e|f?g*h\\i => a-b-c-d-e-f-g-h-i",
    })
    void makesSafeReadableSlugs(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "", "…—…", "🙂🙂"})
    void textWithNoLetterGetsAStableHash(String title) {
        assertTrue(Slugs.of(title).matches("x-[0-9a-f]{8}"));
        assertEquals(Slugs.of(title), Slugs.of(title));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 2000})
    void longTitlesAreCutAtAWord(int length) {
        String slug = Slugs.of("word ".repeat(length / 5));
        assertTrue(slug.length() <= 80 && !slug.endsWith("-"), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"关", "Россия ", "ü", "🙂a"})
    void longNonLatinTitlesFitAFileName(String unit) {
        String slug = Slugs.of(unit.repeat(2000));
        assertTrue(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200, slug);
        assertTrue(slug.codePointCount(0, slug.length()) <= 80, slug);
        assertEquals(slug, Slugs.of(unit.repeat(2000)));
    }

    /** The second of two briefs of a slug at the byte limit is a safe name too (it was 202 bytes, refused). */
    @org.junit.jupiter.api.Test
    void aNumberedSlugStaysWithinTheLimits() {
        String slug = Slugs.of("中".repeat(66) + "ab");
        for (int n : new int[] {2, 10, 12345}) {
            String numbered = Slugs.numbered(slug, n);
            assertTrue(Slugs.isSafe(numbered), numbered);
            assertTrue(numbered.endsWith("-" + n), numbered);
        }
        assertEquals("china-2", Slugs.numbered("china", 2));
    }

    /** Dropping an apostrophe can join what composes: the slug is composed after it (jazzer found this). */
    @org.junit.jupiter.api.Test
    void aDroppedApostropheLeavesAComposedSlug() {
        String slug = Slugs.of("\u314A'\u1161 x"); // ㅊ ' ㅏ: NFKC gives two jamo, the apostrophe parts them
        assertEquals("\uCC28-x", slug);
        assertTrue(Slugs.isSafe(slug), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)", "index", "Index", "My Notes", "what?", "100%", "a#b",
        "Upper", "caf\u0065\u0301", "a/b", "..", ""})
    void unsafeNamesAreRefused(String name) {
        assertTrue(!Slugs.isSafe(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"china-russia-ties", "中美关系的未来", "rossiya-i-kitay", "title-2", "x-1a2b3c4d"})
    void slugsAreSafe(String name) {
        assertTrue(Slugs.isSafe(name), name);
    }
}
