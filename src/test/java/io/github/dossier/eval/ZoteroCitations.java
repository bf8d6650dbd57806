package io.github.dossier.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;

/**
 * Whether a brief's CSL-JSON cites its Zotero item as Zotero's own CSL-JSON export of the item does, field by field:
 * the authors (each name as CSL puts it together, and whether it is one literal name), title, container title, date
 * issued, URL and day accessed. The item type is not asked: a brief is always cited as a newspaper article. Dates are
 * compared by their parts as numbers (Zotero writes the year as a string).
 *
 * <pre>{@code
 * ZoteroCitations.faults(brief, zotero)   // ["issued: [2023] cited as nothing"]
 * }</pre>
 */
final class ZoteroCitations {

    /** The fields compared, in CSL-JSON's names. */
    static final List<String> FIELDS = List.of("author", "title", "container-title", "issued", "URL", "accessed");

    private ZoteroCitations() {
    }

    /** The items of a CSL-JSON file (an array of items). */
    static List<JsonObject> items(Path file) throws IOException {
        return items(Files.readString(file));
    }

    static List<JsonObject> items(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    /** The item of {@code zotero} whose title is {@code cited}'s, if any. */
    static Optional<JsonObject> sameTitle(JsonObject cited, List<JsonObject> zotero) {
        String title = normal(cited.getString("title", ""));
        return zotero.stream().filter(z -> normal(z.getString("title", "")).equals(title)).findFirst();
    }

    /** Each field of {@link #FIELDS} where {@code cited} (a brief's citation) and {@code zotero} differ. */
    static List<String> faults(JsonObject cited, JsonObject zotero) {
        List<String> faults = new ArrayList<>();
        for (String field : FIELDS) {
            String ours = value(cited, field);
            String theirs = value(zotero, field);
            if (!ours.equals(theirs)) {
                faults.add(field + ": " + theirs + " cited as " + ours);
            }
        }
        return faults;
    }

    /** A field as compared: names put together, dates as their parts, text composed and its spaces one. */
    private static String value(JsonObject item, String field) {
        JsonValue v = item.get(field);
        if (v == null) {
            return "nothing";
        }
        if (field.equals("author")) {
            List<String> names = new ArrayList<>();
            for (JsonObject n : ((JsonArray) v).getValuesAs(JsonObject.class)) {
                names.add(n.containsKey("literal") ? "literal '" + normal(n.getString("literal")) + "'" : "'" + person(n) + "'");
            }
            return names.toString();
        }
        if (v instanceof JsonObject date) {
            if (!date.containsKey("date-parts")) {
                return date.toString();
            }
            List<Integer> parts = new ArrayList<>();
            for (JsonValue p : date.getJsonArray("date-parts").getJsonArray(0)) {
                parts.add(p instanceof JsonString s ? Integer.parseInt(s.getString().strip()) : Integer.parseInt(p.toString()));
            }
            return parts.toString();
        }
        return v instanceof JsonString s ? "'" + normal(s.getString()) + "'" : v.toString();
    }

    /** A person's name as CSL puts it together: given name, particles, family name, suffix. */
    private static String person(JsonObject n) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix")) {
            String p = n.getString(part, "");
            if (!p.isBlank()) {
                parts.add(normal(p));
            }
        }
        return String.join(" ", parts);
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
