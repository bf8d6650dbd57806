package io.github.dossier.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.brief.Corrections;
import io.github.dossier.knowledge.Knowledge;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDoubtsTest {

    private final NameDoubts doubts = new NameDoubts(Knowledge.shipped(), Set.of("en", "de", "fr", "es"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Rezept von Backen.de => Backen.de",
        "By linksc => linksc",
        "La Vie des idées => ",
        "Bundesagentur für Arbeit => ",
        "La Estrella de Panamá => ",
        "Día a Día => ",
    })
    void aPublicationsSmallWordsAreNoBylineUnlessAnAddressFollows(String name, String better) {
        Optional<NameDoubts.Doubt> d = doubts.of(Corrections.Kind.PUBLICATIONS, name, Optional.empty());
        assertEquals(better == null ? Optional.empty() : Optional.of(better), d.flatMap(NameDoubts.Doubt::better),
                d.toString());
    }
}
