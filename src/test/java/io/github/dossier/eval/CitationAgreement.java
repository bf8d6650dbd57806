package io.github.dossier.eval;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.outputs.Citation;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.json.JsonArray;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;

/**
 * Where what citation-js read of one citation file (as CSL-JSON) disagrees with the brief it cites: its title, every
 * author and only the authors, in order, the publication, the date, the original address, the day it was read and
 * its language. Each author is read back as CSL puts a name together — given name, particles, family name, suffix, or
 * the one literal name — and must be the brief's author as written; a person's family name must keep its particles
 * (a given name ending in "von" or "La" lost them: "Rosa, Edilson La"), and an organisation the author register
 * names must come back as one name, not inverted.
 *
 * <p>A RIS file is written in the tags every reader maps alike, which citation-js reads by the RIS spec before 2011
 * (it has no tag for the day an article was read or its language), so a RIS file is not asked for those two.
 *
 * <pre>{@code
 * faults(brief, "bib", item, organisation)   // ["bib author 1: 'Edilson La Rosa' read with given name 'Edilson La'"]
 * }</pre>
 */
final class CitationAgreement {

    private final Set<String> particles;

    /** Agreement that knows the name particles of the lexicon ("von", "la"), lower-cased. */
    CitationAgreement(Set<String> particles) {
        this.particles = Set.copyOf(particles);
    }

    /** Every way {@code read}, what citation-js made of the brief's {@code format} file, disagrees with the brief. */
    List<String> faults(Brief brief, String format, JsonValue read, Predicate<String> organisation) {
        List<String> faults = new ArrayList<>();
        if (read instanceof JsonObject o) {
            faults.add(format + " unread: " + o.getString("error", "?"));
            return faults;
        }
        JsonArray items = (JsonArray) read;
        if (items.size() != 1) {
            faults.add(format + " read as " + items.size() + " items");
            return faults;
        }
        JsonObject item = items.getJsonObject(0);
        same(faults, format, "title", Optional.of(brief.title()), text(item, "title"));
        authors(faults, format, brief.authors(), item.getJsonArray("author"), organisation);
        same(faults, format, "publication", brief.publication(), text(item, "container-title"));
        same(faults, format, "date", brief.published().map(LocalDate::toString), date(item, "issued"));
        Optional<String> url = Citation.original(brief);
        // The same address however its letters beyond ASCII are written: citation-js percent-encodes a BibTeX url's.
        same(faults, format, "url", url.map(CitationAgreement::ascii), text(item, "URL").map(CitationAgreement::ascii));
        if (!format.equals("ris")) {
            // Cited only with the address it was read at.
            same(faults, format, "accessed", url.isPresent() ? brief.accessed().map(LocalDate::toString) : Optional.empty(),
                    date(item, "accessed"));
            Optional<String> language = text(item, "language");
            // biblatex's langid names the language ("german"), CSL-JSON gives its code.
            if (!brief.language().equals(language) && !brief.language().map(CitationAgreement::languageName)
                    .equals(language.map(l -> l.toLowerCase(Locale.ROOT)))) {
                faults.add(format + " language: " + show(brief.language()) + " read as " + show(language));
            }
        }
        return faults;
    }

    private void authors(List<String> faults, String format, List<String> expected, JsonArray read,
            Predicate<String> organisation) {
        List<JsonObject> names = read == null ? List.of() : read.getValuesAs(JsonObject.class);
        if (names.size() != expected.size()) {
            faults.add(format + " authors: " + expected.size() + " " + expected + " read as " + names.size() + " "
                    + names.stream().map(this::name).toList());
        }
        for (int i = 0; i < Math.min(names.size(), expected.size()); i++) {
            JsonObject n = names.get(i);
            String author = expected.get(i);
            String name = name(n);
            String given = n.getString("given", "");
            String[] givenWords = normal(given).split(" ");
            if (!normal(name).equals(normal(author))) {
                faults.add(format + " author " + (i + 1) + ": '" + author + "' read as '" + name + "'");
            } else if (organisation.test(author) && !given.isEmpty()) {
                faults.add(format + " author " + (i + 1) + ": the organisation '" + author + "' read as a person, family '"
                        + n.getString("family", "") + "'");
            } else if (givenWords.length > 1
                    && particles.contains(givenWords[givenWords.length - 1].toLowerCase(Locale.ROOT))) {
                faults.add(format + " author " + (i + 1) + ": '" + author + "' read with given name '" + given
                        + "', family '" + n.getString("family", "") + "'");
            }
        }
    }

    /** A CSL name as it is put together: its literal, or given name, particles, family name and suffix. */
    private String name(JsonObject n) {
        if (n.containsKey("literal")) {
            return n.getString("literal");
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix")) {
            String p = n.getString(part, "");
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join(" ", parts);
    }

    private static void same(List<String> faults, String format, String field, Optional<String> expected,
            Optional<String> read) {
        if (!expected.map(CitationAgreement::normal).equals(read.map(CitationAgreement::normal))) {
            faults.add(format + " " + field + ": " + show(expected) + " read as " + show(read));
        }
    }

    private static Optional<String> text(JsonObject item, String key) {
        JsonValue v = item.get(key);
        return v instanceof JsonString s ? Optional.of(s.getString()) : Optional.ofNullable(v).map(Object::toString);
    }

    /** A CSL date's first date as ISO "2021-12-20", or its parts as they are when they are fewer. */
    private static Optional<String> date(JsonObject item, String key) {
        JsonObject d = item.getJsonObject(key);
        if (d == null || !d.containsKey("date-parts")) {
            return Optional.ofNullable(d).map(Object::toString);
        }
        List<JsonNumber> parts = d.getJsonArray("date-parts").getJsonArray(0).getValuesAs(JsonNumber.class);
        return Optional.of(parts.size() == 3
                ? LocalDate.of(parts.get(0).intValue(), parts.get(1).intValue(), parts.get(2).intValue()).toString()
                : parts.toString());
    }

    /** A language's English name, lower-cased, as biblatex's langid names most: "de" → "german". */
    private static String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    /** An address with every character beyond ASCII percent-encoded as UTF-8, as a browser requests it. */
    private static String ascii(String url) {
        StringBuilder out = new StringBuilder();
        url.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }

    /** Text as compared: composed, its runs of spaces one space, no space at either end. */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static String show(Optional<String> v) {
        return v.map(s -> "'" + s + "'").orElse("nothing");
    }
}
