package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Beijingâ€™s | Beijing’s",
        "â€œalliesâ€\u009d | “allies”",
        "cafÃ© | café",
        "a â€” b | a — b",
        "Â£5 | £5",
        "already fine: Kyiv’s | already fine: Kyiv’s",
        "Ã and Â alone stay | Ã and Â alone stay",
    })
    void repairsMojibake(String broken, String fixed) {
        assertEquals(fixed, TextNormalizer.DEFAULT.normalize(broken));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'a\r\nb\rc' | 'a\nb\nc'",
        "'a\u00a0b\u2009c\u202fd' | 'a b c d'",
        "'zero\u200bwidth\u00adsoft' | 'zerowidthsoft'",
        "'e\u0301' | 'é'",
        "'“quotes” and ‘single’ kept' | '“quotes” and ‘single’ kept'",
        "'NEL\u0085ends a line; C1\u009b and DEL\u007f go' | 'NEL\nends a line; C1 and DEL go'",
        "'an override\u202Egnirts\u202C and isolates\u2067x\u2069 go' | 'an overridegnirts and isolatesx go'",
        "'marks \u200F\u200E\u061C and joiners \u200D stay' | 'marks \u200F\u200E\u061C and joiners \u200D stay'",
        // The end of a file says nothing: saved again with a final newline more or less, it is the same text.
        "'last line\n \n\n\t' | 'last line'",
        "'last line\r\n\u00a0' | 'last line'",
        "'  an indented first line stays\n' | '  an indented first line stays'",
    })
    void unifiesLinesSpacesAndForms(String in, String out) {
        assertEquals(out, TextNormalizer.DEFAULT.normalize(in));
    }
}
