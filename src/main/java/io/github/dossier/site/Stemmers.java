package io.github.dossier.site;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.danishStemmer;
import org.tartarus.snowball.ext.dutchStemmer;
import org.tartarus.snowball.ext.englishStemmer;
import org.tartarus.snowball.ext.finnishStemmer;
import org.tartarus.snowball.ext.frenchStemmer;
import org.tartarus.snowball.ext.germanStemmer;
import org.tartarus.snowball.ext.hungarianStemmer;
import org.tartarus.snowball.ext.italianStemmer;
import org.tartarus.snowball.ext.norwegianStemmer;
import org.tartarus.snowball.ext.portugueseStemmer;
import org.tartarus.snowball.ext.romanianStemmer;
import org.tartarus.snowball.ext.russianStemmer;
import org.tartarus.snowball.ext.spanishStemmer;
import org.tartarus.snowball.ext.swedishStemmer;
import org.tartarus.snowball.ext.turkishStemmer;

/** The Snowball stemmer of a language, by its ISO 639-1 code; a new one each call, as a stemmer keeps state. */
final class Stemmers {

    private static final Map<String, Supplier<SnowballStemmer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", englishStemmer::new), Map.entry("de", germanStemmer::new),
            Map.entry("fr", frenchStemmer::new), Map.entry("es", spanishStemmer::new),
            Map.entry("it", italianStemmer::new), Map.entry("pt", portugueseStemmer::new),
            Map.entry("nl", dutchStemmer::new), Map.entry("da", danishStemmer::new),
            Map.entry("sv", swedishStemmer::new), Map.entry("no", norwegianStemmer::new),
            Map.entry("fi", finnishStemmer::new), Map.entry("hu", hungarianStemmer::new),
            Map.entry("ro", romanianStemmer::new), Map.entry("ru", russianStemmer::new),
            Map.entry("tr", turkishStemmer::new));

    private Stemmers() {
    }

    /** A stemmer for {@code language}, or empty where Snowball has none. */
    static Optional<SnowballStemmer> of(String language) {
        return Optional.ofNullable(BY_LANGUAGE.get(language)).map(Supplier::get);
    }
}
