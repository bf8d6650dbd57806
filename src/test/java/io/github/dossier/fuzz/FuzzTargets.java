package io.github.dossier.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefCodec;
import io.github.dossier.brief.BriefFormatException;
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
