package io.github.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "'end\u0001, author = \u0000mallory' => 'end, author = mallory' => 'end, author = mallory'",
        "'a\r\nb\rc\u0085d\u2028e\u2029f' => 'a b c d e f' => 'a\nb\nc\nd\ne\nf'",
        "'tab\there' => 'tab here' => 'tab\there'",
        "'rlo\u202Eexe.txt\u2066x\u2069' => 'rloexe.txtx' => 'rloexe.txtx'",
        "'lone \uD800 half, pair \uD83D\uDE00' => 'lone  half, pair \uD83D\uDE00' => 'lone  half, pair \uD83D\uDE00'",
        "'\uFFFE\uFFFF\u009b\u007f' => '' => ''",
    })
    void dropsWhatCanBreakAnOutputLine(String in, String line, String body) {
        assertEquals(line, InputText.line(in));
        assertEquals(body, InputText.body(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "'\u001b[31mred.txt' => '\\x1b[31mred.txt'",
        "'a\nwarning: forged' => 'a\\nwarning: forged'",
        "'\u202Etxt.exe' => '\\u202etxt.exe'",
        "'plain café.txt' => 'plain café.txt'",
    })
    void printableShowsControlsAsEscapes(String in, String shown) {
        assertEquals(shown, InputText.printable(in));
    }
}
