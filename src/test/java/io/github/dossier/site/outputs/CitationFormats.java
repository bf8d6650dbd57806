package io.github.dossier.site.outputs;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;

/**
 * Strict readers of the three citation formats, for tests: each reads what a reference manager would and fails on
 * anything it could read two ways.
 *
 * <pre>{@code
 * CitationFormats.bibtexFields("@article{k,\n  title = {A {NASA} probe},\n}\n")   // {title=A {NASA} probe}
 * }</pre>
 */
public final class CitationFormats {

    private CitationFormats() {
    }

    /**
     * The fields of the one BibTeX entry {@code bib} holds, by name, each value as written between its braces.
     * Braces are counted as BibTeX counts them, a backslash escaping none; the entry must be all there is.
     */
    public static Map<String, String> bibtexFields(String bib) {
        int at = 0;
        if (!bib.startsWith("@article{")) {
            throw new AssertionError("not one @article entry: " + bib);
        }
        at = bib.indexOf(",\n");
        if (at < 0 || !bib.substring(9, at).matches("[a-z0-9_]+")) {
            throw new AssertionError("a citation key of letters and digits: " + bib);
        }
        at += 2;
        Map<String, String> fields = new LinkedHashMap<>();
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("  ([a-z]+) = \\{").matcher(bib);
        while (name.find(at) && name.start() == at) {
            int depth = 1;
            int i = name.end();
            for (; i < bib.length() && depth > 0; i++) {
                char c = bib.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (c == '\n' || c < 0x20) {
                    throw new AssertionError("a line break or control in the field " + name.group(1) + ": " + bib);
                }
            }
            if (depth > 0 || !bib.startsWith(",\n", i)) {
                throw new AssertionError("the field " + name.group(1) + " does not close where it should: " + bib);
            }
            if (fields.put(name.group(1), bib.substring(name.end(), i - 1)) != null) {
                throw new AssertionError("the field " + name.group(1) + " twice: " + bib);
            }
            at = i + 2;
        }
        if (!bib.substring(at).equals("}\n")) {
            throw new AssertionError("something after the fields: " + bib.substring(at));
        }
        return fields;
    }

    /** The RIS record {@code ris} as its tag lines, {@code TY} first and {@code ER} last; fails if it is not one. */
    public static List<String> risRecord(String ris) {
        List<String> lines = ris.lines().toList();
        if (!ris.endsWith("\n") || ris.contains("\r")) {
            throw new AssertionError("RIS lines end in one line feed: " + ris);
        }
        for (String line : lines) {
            if (!line.matches("[A-Z][A-Z0-9]  - [^\\p{Cntrl}\\u0085\\u2028\\u2029]*")) {
                throw new AssertionError("not a tag line: " + line);
            }
        }
        long ty = lines.stream().filter(l -> l.startsWith("TY  - ")).count();
        long er = lines.stream().filter(l -> l.startsWith("ER  - ")).count();
        if (ty != 1 || er != 1 || !lines.get(0).startsWith("TY  - ") || !lines.get(lines.size() - 1).startsWith("ER  - ")) {
            throw new AssertionError("not one record: " + ris);
        }
        return lines;
    }

    /** The one item of a CSL-JSON list, read by a strict JSON reader. */
    public static JsonObject cslItem(String json) {
        JsonArray items = Json.createReader(new StringReader(json)).readArray();
        if (items.size() != 1) {
            throw new AssertionError("not one item: " + json);
        }
        return items.getJsonObject(0);
    }
}
