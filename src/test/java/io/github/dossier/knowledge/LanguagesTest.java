package io.github.dossier.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.internal.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagesTest {

    private final Languages languages = Lexicon.shipped().languages();

    private String detect(String text) {
        return languages.detect(Words.of(text));
    }

    @Test
    void tellsAPageLanguageByItsStopwords() {
        assertEquals("en", detect("The minister said on Tuesday that the talks would resume in the spring."));
        assertEquals("de", detect("Der Minister sagte am Dienstag, dass die Gespräche im Frühjahr wieder aufgenommen werden."));
        assertEquals("fr", detect("Le ministre a déclaré mardi que les négociations reprendraient au printemps avec les"
                + " partenaires."));
        assertEquals("es", detect("El ministro dijo el martes que las conversaciones se reanudarán en la primavera con"
                + " los socios."));
        assertEquals("pl", detect("Minister powiedział we wtorek, że rozmowy zostaną wznowione wiosną, ale nie wiadomo"
                + " kiedy dokładnie."));
        assertEquals("ru", detect("Министр заявил во вторник, что переговоры возобновятся весной, но пока не ясно, когда"
                + " именно это будет."));
    }

    @Test
    void knowsNoLanguageWhereNoListCoversTheWords() {
        assertEquals(Languages.UNKNOWN, detect("外交部发言人周二表示，谈判将于春季恢复。"), "Chinese does not space its words");
        assertEquals(Languages.UNKNOWN, detect("Home Sports Weather Traffic Login Podcasts Newsletters"));
        assertEquals(Languages.UNKNOWN, languages.detect(List.of()));
        assertEquals(Languages.UNKNOWN, detect("1:0 2:1 3:3 4:2"));
    }

    @Test
    void everyListedLanguageHasItsStopwords() {
        assertTrue(languages.codes().size() >= 30, languages.codes().toString());
        for (String code : languages.codes()) {
            assertTrue(languages.stopwords(code).size() >= 40, code + " has a stopword list");
        }
    }

    @Test
    void aProjectAddsALanguage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lexicon.yml"), "words:\n  languages: [sw]\n");
        Files.writeString(dir.resolve("stopwords-sw.txt"), "na\nya\nkwa\nwa\nni\nkatika\nhiyo\n");
        Languages withSwahili = Lexicon.load(dir).languages();
        assertEquals("sw", withSwahili.detect(Words.of("Waziri wa mambo ya nje alisema kwa waandishi wa habari kwamba"
                + " mazungumzo ni katika hatua hiyo")));
        assertEquals("de", withSwahili.detect(Words.of("Der Minister sagte, dass die Gespräche beginnen.")));
    }
}
