package io.github.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.internal.Words;
import io.github.dossier.raw.RawDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusProfileTest {

    private static final String TEMPLATE = "Expand your view of the world with our unique perspective on the region and its politics.";
    private static final String BIO = "Jane Doe is a senior fellow at the Institute of Regional Studies.";
    private static final String P = "Moscow and Beijing have coordinated closely on global issues, including deepening "
            + "defence cooperation in joint military and naval drills over the past year, officials said on Monday.";

    private static RawDocument doc(int n) {
        String text = String.join("\n", "Headline number " + n + " about the region",
                P.replace("Monday", "day " + n), TEMPLATE, P.replace("Moscow", "Kyiv " + n),
                P.replace("Beijing", "Delhi " + n), BIO);
        return new RawDocument("doc" + n + ".txt", RawDocument.Format.TEXT, text);
    }

    @Test
    void linesInManyFilesAreTemplateButBiosAreNot() {
        CorpusProfile.Builder builder = CorpusProfile.builder();
        for (int i = 0; i < 4; i++) {
            builder.add(doc(i));
        }
        CorpusProfile profile = builder.build();
        assertEquals(4, profile.documents());
        assertTrue(profile.isTemplate(Words.key(TEMPLATE)));

        TextCleaner cleaner = new TextCleaner(BlockCleaner.defaults());
        CleanArticle alone = cleaner.clean("doc0.txt", doc(0).text());
        CleanArticle inCorpus = cleaner.clean("doc0.txt", doc(0).text(), profile);
        assertTrue(alone.bodyText().contains(TEMPLATE), "on its own, the line reads as article text");
        assertFalse(inCorpus.bodyText().contains(TEMPLATE));
        assertEquals(3, inCorpus.body().size());
        assertEquals(List.of(BIO), inCorpus.all(PartType.BIO));
    }

    @Test
    void fewFilesMakeNoTemplate() {
        CorpusProfile profile = CorpusProfile.builder().add(doc(1)).add(doc(2)).build();
        assertEquals(0, profile.templateLines());
    }
}
