package io.github.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "# not a heading => \\# not a heading",
        "1. not a list => 1\\. not a list",
        "- not a list => \\- not a list",
        "> not a quote => \\> not a quote",
        "*stars* and _unders_ => \\*stars\\* and \\_unders\\_",
        "[link](javascript:x) => \\[link\\](javascript:x)",
        "<script>alert(1)</script> => \\<script>alert(1)\\</script>",
        "AT&amp;T => AT&amp;amp;T",
        "plain text, 3.5% => plain text, 3.5%",
    })
    void escapesMarkdownSyntax(String in, String out) {
        assertEquals(out, MarkdownText.escape(in));
    }
}
