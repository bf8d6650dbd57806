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
        ">> nor a quote in a quote => \\>> nor a quote in a quote",
        ">unspaced, still no quote => \\>unspaced, still no quote",
        "#hashtag => #hashtag",
        "*stars* and _unders_ => \\*stars\\* and \\_unders\\_",
        "[link](javascript:x) => \\[link\\](javascript:x)",
        "<script>alert(1)</script> => \\<script>alert(1)\\</script>",
        "AT&amp;T => AT&amp;amp;T",
        "plain text, 3.5% => plain text, 3.5%",
    })
    void escapesMarkdownSyntax(String in, String out) {
        assertEquals(out, MarkdownText.escape(in));
    }

    /** Whatever a scraped line starts with, Markdown shows it as one paragraph of the same text. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {">>>>>>>>>> deep", "> quoted", "# heading", "- item",
        "1) item", "+ item", "=== rule", "*emphasis*", "<b>bold</b>", ">" + "x"})
    void escapedTextRendersAsOneParagraphOfItself(String line) {
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().build()
                .render(org.commonmark.parser.Parser.builder().build().parse(MarkdownText.escape(line)));
        assertEquals("<p>" + line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>\n", html);
    }
}
