package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The policy of related briefs is what {@code related.yml} says, all of it: every value changed changes the settings
 * a related briefs' state is kept under, so a state computed under other weights is never taken; and a value the
 * policy does not know, or lacks, is an error rather than a default kept in silence.
 */
class RelatedPolicyTest {

    private static String shipped() throws Exception {
        try (InputStream in = RelatedPolicyTest.class.getResourceAsStream("/io/github/dossier/site/related.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyValueOfTheFileIsInTheSettingsAStateIsKeptUnder() throws Exception {
        String file = shipped();
        String settings = RelatedPolicy.SHIPPED.settings();
        assertEquals(settings, RelatedPolicy.parse(file, "related.yml").settings());
        Matcher value = Pattern.compile("(?m)^\\s*([\\w-]+): (\\d+(\\.\\d+)?)$").matcher(file);
        int values = 0;
        while (value.find()) {
            // A digit appended: another value of the same type.
            String changed = file.substring(0, value.end(2)) + "1" + file.substring(value.end(2));
            assertNotEquals(settings, RelatedPolicy.parse(changed, "related.yml").settings(), value.group(1));
            values++;
        }
        assertEquals(17, values, "the values of related.yml");
        assertNotEquals(settings, RelatedPolicy.SHIPPED.closeAt(0.05).settings());
    }

    @Test
    void aValueMisspeltOrMissingIsAnError() throws Exception {
        String file = shipped();
        assertThrows(IllegalStateException.class, () -> RelatedPolicy.parse(file.replace("shown:", "shwon:"), "r.yml"));
        assertThrows(IllegalStateException.class, () -> RelatedPolicy.parse(file.replace("  author: 2\n", ""), "r.yml"));
        assertThrows(IllegalStateException.class, () -> RelatedPolicy.parse(file.replace("shown: 5", "shown: 2.5"),
                "r.yml"));
    }
}
