package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import io.github.dossier.internal.InputText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A brief file's front matter as YAML read it, each field's value of its kind's Java type, with errors that name the
 * key and its line. What is read is text from outside: every value on one line without controls, a quotation's text
 * without controls but its line breaks ({@link InputText}).
 *
 * @param file names the brief in errors
 * @param fm   the front matter's keys and values, as the YAML library read them
 * @param yaml the front matter's text, to find a key's line
 */
record FrontMatter(Path file, Map<String, Object> fm, String yaml) {

    /** The value of {@code field} in the front matter, of its kind's Java type; the kind's default if absent. */
    Object value(BriefField<?> field) throws BriefFormatException {
        String key = field.key();
        return switch (field.kind()) {
            case TEXT -> string(key).orElse("");
            case OPTIONAL_TEXT -> string(key);
            case OPTIONAL_URL -> url(key);
            case OPTIONAL_DATE -> date(key);
            case LIST, LINES -> list(key);
            case COUNTS -> counts(key);
            case QUOTES -> quotes(key);
            case NUMBER -> integer(key).orElse(0);
            case FLAG -> bool(key);
        };
    }

    BriefFormatException error(String key, String reason) {
        return new BriefFormatException(file, lineOf(key), "'" + key + "': " + reason);
    }

    int lineOf(String key) {
        String[] lines = yaml.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 0;
    }

    Optional<String> string(String key) throws BriefFormatException {
        Object v = fm.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map || v instanceof List) {
            throw error(key, "expected text, found a " + (v instanceof Map ? "mapping" : "list"));
        }
        String s = InputText.line(String.valueOf(v)).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A web address ({@link BriefCodec#isWebAddress}). */
    Optional<String> url(String key) throws BriefFormatException {
        Optional<String> s = string(key);
        if (s.isPresent() && !BriefCodec.isWebAddress(s.get())) {
            throw error(key, "expected a web address (http:// or https://), found '" + s.get() + "'");
        }
        return s;
    }

    List<String> list(String key) throws BriefFormatException {
        Object v = fm.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Map) {
            throw error(key, "expected a list, found a mapping");
        }
        if (!(v instanceof List<?> items)) {
            String s = InputText.line(String.valueOf(v)).strip();
            return s.isEmpty() ? List.of() : List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map || item instanceof List) {
                throw error(key, "expected a list of text, found a nested " + (item instanceof Map ? "mapping" : "list"));
            }
            String s = item == null ? "" : InputText.line(String.valueOf(item)).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    Map<String, Integer> counts(String key) throws BriefFormatException {
        Object v = fm.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw error(key, "expected a mapping of names to counts");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof Number n)) {
                throw error(key, "expected a whole number for '" + e.getKey() + "', found '" + e.getValue() + "'");
            }
            out.put(InputText.line(String.valueOf(e.getKey())).strip(), n.intValue());
        }
        return out;
    }

    List<Quote> quotes(String key) throws BriefFormatException {
        Object v = fm.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw error(key, "expected a list of quotations, each with text and an optional speaker");
        }
        List<Quote> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> m && m.get("text") != null && !(m.get("text") instanceof Map)
                    && !(m.get("text") instanceof List)) {
                Object sp = m.get("speaker");
                // A quotation may run over lines: its text is read as body text, its speaker on one line.
                out.add(new Quote(InputText.body(String.valueOf(m.get("text"))),
                        sp == null ? Optional.empty() : Optional.of(InputText.line(String.valueOf(sp)))));
            } else if (item instanceof String text) {
                out.add(new Quote(InputText.body(text), Optional.empty()));
            } else {
                throw error(key, "each quotation needs a 'text'");
            }
        }
        return out;
    }

    Optional<LocalDate> date(String key) throws BriefFormatException {
        Optional<String> s = string(key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            // Four digits of year: ISO's "+999999999-12-31" is a date, but no brief's, and no page's timeline's.
            if (!s.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", s.get(), 0);
            }
            return Optional.of(LocalDate.parse(s.get()));
        } catch (DateTimeParseException e) {
            throw error(key, "expected a date as YYYY-MM-DD, found '" + s.get() + "'");
        }
    }

    Optional<Integer> integer(String key) throws BriefFormatException {
        Object v = fm.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Number n) {
            return Optional.of(n.intValue());
        }
        try {
            return Optional.of(Integer.parseInt(String.valueOf(v).strip()));
        } catch (NumberFormatException e) {
            throw error(key, "expected a whole number, found '" + v + "'");
        }
    }

    boolean bool(String key) throws BriefFormatException {
        Object v = fm.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "expected true or false, found '" + v + "'");
    }
}
