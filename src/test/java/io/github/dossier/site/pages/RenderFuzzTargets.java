package io.github.dossier.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.PhraseMatcher;
import io.github.dossier.site.outputs.Citation;
import io.github.dossier.site.outputs.CitationFormats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Fuzzing of the render path's text surgery, where real pages once crashed the build: the phrase matcher (offsets
 * after case folding: "İ") and the linker (a mention that ends its text node: "… said Obama&lt;/p&gt;"). Names and
 * text are arbitrary Unicode; the text is built from the names themselves (in any case), markup and noise, so that
 * mentions at every position of every kind of node are tried; for the linker, the text is Markdown rendered as
 * the site renders brief bodies. Properties, not just "no exception":
 * <ul>
 *   <li>a hit's offsets are in the text, in order, without overlap, and the text there is the phrase;</li>
 *   <li>linking changes no text, links each target at most once, never inside a link, heading or code, and each
 *       link's text is a name of its target.</li>
 * </ul>
 * Run like {@code io.github.dossier.fuzz.FuzzTargets}: saved inputs replayed in {@code mvn test}, a minute of fuzzing
 * each in {@code mvn verify}.
 */
class RenderFuzzTargets {

    /** Markdown a brief's body may hold: emphasis, code, links, headings, quotes, lists, raw HTML (shown as text). */
    private static final List<String> MARKUP = List.of("*", "_", "`", "**", "[", "](https://example.org/)", "\n\n## ",
            "\n\n> ", "\n\n- ", "\n\n", "\n", "<em>", "</em>", " ", "-", ", ", "’s ", "\u00A0", "İ", "ß", "&amp;");
    /** Separators and letters whose case folding is not one char for one ("İ", "ß"). */
    private static final List<String> PLAIN = List.of(" ", "-", ", ", "\u00A0", "İ", "ß", "ﬃ", "Σ");
    /** Brief bodies are rendered as the site renders them. */
    private static final org.commonmark.parser.Parser MARKDOWN = org.commonmark.parser.Parser.builder().build();
    private static final org.commonmark.renderer.html.HtmlRenderer HTML = org.commonmark.renderer.html.HtmlRenderer
            .builder().escapeHtml(true).sanitizeUrls(true).build();

    @FuzzTest(maxDuration = "60s")
    void phraseMatcher(FuzzedDataProvider data) {
        boolean ignoreCase = data.consumeBoolean();
        List<String> names = names(data);
        String text = text(data, names, false);
        Map<String, String> phrases = new LinkedHashMap<>();
        names.forEach(n -> phrases.putIfAbsent(n, n));
        int previousEnd = 0;
        for (PhraseMatcher.Hit<String> hit : PhraseMatcher.of(phrases, ignoreCase).find(text)) {
            assertTrue(hit.start() >= previousEnd && hit.start() < hit.end() && hit.end() <= text.length(),
                    () -> "hit " + hit + " out of order or out of " + text.length() + " chars");
            assertEquals(text.substring(hit.start(), hit.end()), hit.text());
            String phrase = hit.value().strip();
            String written = phrase.endsWith("-") && phrase.length() > 1 ? phrase.substring(0, phrase.length() - 1) : phrase;
            assertEquals(ignoreCase ? Words.foldCase(written) : written, ignoreCase ? Words.foldCase(hit.text()) : hit.text(),
                    "the text at a hit is the phrase");
            previousEnd = hit.end();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void linker(FuzzedDataProvider data) {
        List<String> names = names(data);
        String html = HTML.render(MARKDOWN.parse(text(data, names, true)));
        Map<String, Linker.Target> targets = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            targets.putIfAbsent(names.get(i), new Linker.Target("people/p" + (i % 2) + ".html", "Person " + (i % 2)));
        }
        String linked = Linker.link(html, targets, "../");
        Element before = Jsoup.parseBodyFragment(html).body();
        Element after = Jsoup.parseBodyFragment(linked).body();
        assertEquals(before.text(), after.text(), () -> "linking changes no text: " + esc(html) + " => " + esc(linked));
        Set<String> hrefs = new HashSet<>();
        for (Element a : after.select("a.mention")) {
            assertTrue(hrefs.add(a.attr("href")), () -> "one link per target: " + esc(linked));
            // A prefix name ("Sino-") is linked without its hyphen ("Sino" in "Sino-Russian").
            assertTrue(java.util.stream.Stream.of(a.wholeText(), a.wholeText() + "-").map(targets::get)
                    .anyMatch(t -> t != null && a.attr("href").equals("../" + t.path())),
                    () -> "a link's text is a name of its target: " + esc(linked) + " names " + esc(names.toString()));
            assertTrue(a.parents().stream().noneMatch(p -> p.normalName().matches("a|h[1-6]|code|pre")),
                    () -> "no link inside a link, heading or code: " + esc(linked));
        }
    }

    /**
     * The citation writers with arbitrary title, authors, publication and address (any Unicode: controls, Dossier's
     * own U+0000 and U+0001, braces, backslashes, line breaks), each author a person or an organisation: the BibTeX is
     * one entry with exactly the fields the brief has, its braces paired as BibTeX counts them; the RIS is one record
     * of tag lines; the CSL-JSON is JSON with the expected members.
     */
    @FuzzTest(maxDuration = "60s")
    void citations(FuzzedDataProvider data) {
        String title = data.consumeString(60);
        List<String> authors = new ArrayList<>();
        Set<String> organisations = new HashSet<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            String a = data.consumeString(24);
            authors.add(a);
            if (data.consumeBoolean()) {
                organisations.add(a);
            }
        }
        String publication = data.consumeString(24);
        String url = "https://" + data.consumeString(40);
        if (title.isBlank()) {
            return; // a brief needs a title: the reader refuses one without
        }
        io.github.dossier.brief.Brief brief = io.github.dossier.brief.Brief.builder("fuzz", title, "fuzz.txt")
                .authors(authors).publication(java.util.Optional.of(publication))
                .published(java.util.Optional.of(java.time.LocalDate.of(2024, 5, 2)))
                .url(java.util.Optional.of(url)).accessed(java.util.Optional.of(java.time.LocalDate.of(2024, 5, 3))).build();
        Citation c = new Citation(brief, organisations::contains);
        // Cited only as a web page's address: no space, quote, angle bracket or control (Citation#original).
        boolean cited = url.matches("(?i)https?://[^\\s\"'<>\\p{Cntrl}]+");
        Set<String> expected = new HashSet<>(Set.of("entrysubtype", "title", "journaltitle", "date"));
        if (!authors.isEmpty()) {
            expected.add("author");
        }
        if (cited) {
            expected.addAll(Set.of("url", "urldate"));
        }
        String bib = c.bibtex();
        assertEquals(expected, CitationFormats.bibtexFields(bib).keySet(), () -> "BibTeX fields: " + esc(bib));
        String ris = c.ris();
        List<String> lines = CitationFormats.risRecord(ris);
        assertEquals(authors.size(), lines.stream().filter(l -> l.startsWith("A1  - ")).count(), () -> esc(ris));
        String csl = c.cslJson();
        javax.json.JsonObject item = CitationFormats.cslItem(csl);
        // The title as it is; an unpaired surrogate, which no UTF-8 file can hold, as U+FFFD.
        String expectedTitle = new String(title.codePoints().map(cp -> Character.isSurrogate((char) cp) && cp <= 0xFFFF
                ? 0xFFFD : cp).toArray(), 0, title.codePointCount(0, title.length()));
        assertEquals(expectedTitle, item.getString("title"), () -> "CSL title: " + esc(csl));
        assertEquals(authors.size(), authors.isEmpty() ? 0 : item.getJsonArray("author").size(), () -> esc(csl));
        assertEquals(cited, item.containsKey("URL"), () -> esc(csl));
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }

    /**
     * What the oracle cannot read back the way a browser does, and a body never holds: control characters (the raw
     * reader drops them; jsoup reads their references back differently) and U+FFFF (jsoup's end-of-input sentinel:
     * after a tag, its parser stops there).
     */
    private static final java.util.regex.Pattern UNREADABLE =
            java.util.regex.Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFFFF]");

    private static String readable(String s) {
        return UNREADABLE.matcher(s).replaceAll("\uFFFD");
    }

    /** One to four names: arbitrary text, now and then a prefix ("Sino-"). */
    private static List<String> names(FuzzedDataProvider data) {
        List<String> names = new ArrayList<>();
        int n = data.consumeInt(1, 4);
        for (int i = 0; i < n; i++) {
            String name = readable(data.consumeString(16)).strip();
            if (!name.isEmpty()) {
                names.add(data.consumeBoolean() && data.consumeBoolean() ? name + "-" : name);
            }
        }
        return names;
    }

    /** Text made of the names (as written, in upper or lower case), Markdown (when asked) and arbitrary strings. */
    private static String text(FuzzedDataProvider data, List<String> names, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        int pieces = data.consumeInt(0, 40);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> {
                    if (!names.isEmpty()) {
                        String name = names.get(data.consumeInt(0, names.size() - 1));
                        sb.append(switch (data.consumeInt(0, 2)) {
                            case 0 -> name.toUpperCase(Locale.ROOT);
                            case 1 -> name.toLowerCase(Locale.ROOT);
                            default -> name;
                        });
                    }
                }
                case 1 -> {
                    List<String> choices = markdown ? MARKUP : PLAIN;
                    sb.append(choices.get(data.consumeInt(0, choices.size() - 1)));
                }
                default -> sb.append(readable(data.consumeString(12)));
            }
        }
        return sb.toString();
    }
}
