package io.github.dossier.review;

import io.github.dossier.brief.Corrections;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of {@code corrections.yml}, one rule each, in YAML's flow style: each can be pasted at the end of the file as
 * it is (a kind that comes again adds its rules to the first). Names are always double-quoted, so that no name (one
 * with a colon, a hash, a bracket) can break the line or mean anything but itself.
 */
public final class Fix {

    private Fix() {
    }

    /** {@code kind: {rename: {"from": "to"}}} */
    public static String rename(Corrections.Kind kind, String from, String to) {
        return kind.key() + ": {rename: {" + quote(from) + ": " + quote(to) + "}}";
    }

    /** {@code kind: {rename: {"a": "to", "b": "to"}}} */
    public static String rename(Corrections.Kind kind, List<String> from, String to) {
        return kind.key() + ": {rename: {" + from.stream().map(f -> quote(f) + ": " + quote(to))
                .collect(Collectors.joining(", ")) + "}}";
    }

    /** {@code kind: {drop: ["name"]}} */
    public static String drop(Corrections.Kind kind, String name) {
        return kind.key() + ": {drop: [" + quote(name) + "]}";
    }

    /** {@code by-publication: {"publication": {kind: {rename: {"from": "to"}}}}} */
    public static String renameIn(String publication, Corrections.Kind kind, String from, String to) {
        return "by-publication: {" + quote(publication) + ": {" + kind.key() + ": {rename: {" + quote(from) + ": "
                + quote(to) + "}}}}";
    }

    /** {@code briefs: {"slug": {field: value}}}, a value being text, a date, a list of text, or null to clear. */
    public static String brief(String slug, String field, Object value) {
        return "briefs: {" + quote(slug) + ": {" + field + ": " + value(value) + "}}";
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof List<?> list) {
            return "[" + list.stream().map(x -> quote(String.valueOf(x))).collect(Collectors.joining(", ")) + "]";
        }
        return quote(String.valueOf(v));
    }

    /** {@code s} as a YAML double-quoted scalar (JSON's escapes, which YAML reads the same). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
