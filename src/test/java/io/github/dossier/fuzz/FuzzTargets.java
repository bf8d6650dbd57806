package io.github.dossier.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefFormatException;
import io.github.dossier.brief.Slugs;
import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawInputException;
import io.github.dossier.raw.RawReader;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing with Jazzer of the stages that read untrusted text: the raw reader and text cleaner (and
 * the extractor behind it), the HTML cleaner, and the brief front-matter reader. The only exceptions allowed are
 * the ones that report bad input ({@link RawInputException}, {@link BriefFormatException}); anything else is a bug.
 *
 * <p>A plain {@code mvn test} runs each target on its saved inputs ({@code src/test/resources/io/github/dossier/
 * fuzz/FuzzTargetsInputs/}), crashes found earlier included, as regression tests. {@code mvn verify} also fuzzes
 * each target for a minute (the {@code fuzz-*} executions in the POM, with {@code JAZZER_FUZZ=1}); an input that
 * fails is saved beside the others and becomes a regression test.
 */
class FuzzTargets {

    private static final RawReader READER = RawReader.DEFAULT;
    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(EXTRACTOR.knowledge()).build();
    private static final BriefCodec CODEC = new BriefCodec();

    @FuzzTest(maxDuration = "60s")
    void textCleaner(FuzzedDataProvider data) {
        clean(RawDocument.Format.TEXT, data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "60s")
    void htmlCleaner(FuzzedDataProvider data) {
        clean(RawDocument.Format.HTML, data.consumeRemainingAsBytes());
    }

    /**
     * A slug is a brief's file name, its page's address and its citation files' names, for a generated brief and
     * (checked the same way) a curated one: letters, marks, digits and single hyphens only, never a reserved name,
     * within the byte limit, and a slug of itself, so that a name Dossier wrote always passes its own check.
     */
    @FuzzTest(maxDuration = "60s")
    void slugs(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String slug = Slugs.of(text);
        assertTrue(SAFE_SLUG.matcher(slug).matches(), () -> "not a safe slug: '" + slug + "' of '" + text + "'");
        assertTrue(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200, slug);
        assertFalse(RESERVED.contains(slug), slug);
        assertTrue(Slugs.isSafe(slug), () -> "a brief could not have this name: '" + slug + "'");
        assertTrue(Slugs.isSafe(Slugs.numbered(slug, 2)) && Slugs.isSafe(Slugs.numbered(slug, 123456)),
                () -> "its numbered twin is not safe: '" + slug + "'");
        assertEquals(slug, Slugs.of(slug), () -> "not a slug of itself: '" + slug + "' of '" + text + "'");
        assertEquals(slug, slug.toLowerCase(java.util.Locale.ROOT), "one case only: no twin on a case-blind disk");
    }

    private static final java.util.regex.Pattern SAFE_SLUG =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(-[\\p{L}\\p{M}\\p{N}]+)*");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("index", "con", "prn", "aux", "nul",
            "com1", "lpt1");

    @FuzzTest(maxDuration = "60s")
    void frontMatterReader(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Brief brief;
        try {
            brief = CODEC.read(Path.of("fuzz.md"), text);
        } catch (BriefFormatException expected) {
            // The message is for a person: no Java exception names, unless the brief itself holds them.
            assertFalse(expected.getMessage().contains("java.lang.") && !text.contains("java.lang."), expected.getMessage());
            return;
        }
        // What was read, written back, reads the same: the writer never produces a brief the reader refuses.
        Brief again;
        try {
            again = CODEC.read(Path.of("fuzz.md"), CODEC.write(brief));
        } catch (BriefFormatException e) {
            throw new AssertionError("a written brief does not read back: " + e.getMessage(), e);
        }
        assertEquals(CODEC.write(brief), CODEC.write(again));
    }

    private static void clean(RawDocument.Format format, byte[] bytes) {
        RawDocument doc;
        try {
            doc = READER.decode("fuzz." + format.name().toLowerCase(java.util.Locale.ROOT), format, bytes);
        } catch (RawInputException expected) {
            return;
        }
        CleanArticle article = CLEANER.clean(doc);
        if (!article.body().isEmpty()) {
            EXTRACTOR.extract(article);
        }
    }
}
