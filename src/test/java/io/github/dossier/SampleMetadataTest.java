package io.github.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.eval.MetadataScore;
import io.github.dossier.extract.Metadata;
import io.github.dossier.raw.RawReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of every sample brief against what a reader writes down (golden/sample-metadata.yml). */
class SampleMetadataTest {

    @Test
    void everyFieldOfEverySampleIsRight() throws Exception {
        MetadataScore score = new MetadataScore();
        for (String file : score.files()) {
            CleanArticle a = SampleCorpusTest.CLEANER.clean(RawReader.DEFAULT.read(SampleCorpusTest.RAW,
                    SampleCorpusTest.RAW.resolve(file)));
            Metadata m = SampleCorpusTest.EXTRACTOR.extract(a);
            score.score(file, m);
            // Extractive summaries are verbatim sentences of the body.
            if (a.all(PartType.STANDFIRST).isEmpty()) {
                String body = String.join(" ", a.body().stream().map(Part::text).toList());
                m.summary().forEach(s -> assertTrue(body.contains(s), s));
            }
        }
        assertEquals(List.of(), score.failures());
    }
}
