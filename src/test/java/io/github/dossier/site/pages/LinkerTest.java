package io.github.dossier.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkerTest {

    private static final Map<String, Linker.Target> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Obama", new Linker.Target("people/barack-obama.html", "Barack Obama"));
        NAMES.put("China", new Linker.Target("countries/china.html", "China"));
        NAMES.put("Beijing", new Linker.Target("countries/china.html", "China"));
    }

    /** A mention may open or close a text node, or be all of it: only the text around it that exists is split off. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "<p>… said Obama</p> => <p>… said <a>Obama</a></p>",
        "<p>Obama said</p> => <p><a>Obama</a> said</p>",
        "<p>Obama</p> => <p><a>Obama</a></p>",
        "<p>said Obama<em>, twice</em></p> => <p>said <a>Obama</a><em>, twice</em></p>",
        "<p>China and Obama</p> => <p><a>China</a> and <a>Obama</a></p>",
        "<p>Beijing, China, Obama</p> => <p><a>Beijing</a>, China, <a>Obama</a></p>",
        "<p><em>China</em>Obama</p> => <p><em><a>China</a></em><a>Obama</a></p>",
        "<h2>Obama</h2><p>Obama</p> => <h2>Obama</h2><p><a>Obama</a></p>",
    })
    void linksTheFirstMentionOfEachNameWhereverItStandsInItsTextNode(String html, String linked) {
        String out = Linker.link(html, NAMES, "../").replaceAll("<a [^>]*>", "<a>");
        assertEquals(linked, out);
    }
}
