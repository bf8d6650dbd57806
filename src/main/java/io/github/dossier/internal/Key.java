package io.github.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A fingerprint made of values, each written so that no two different values write the same bytes: a string by its
 * length and text, a list by its size and items, a map by its entries, an optional by whether it holds one, a record by
 * its components, any other value by its type and text. So {@code ["a, b"]} and {@code ["a", "b"]}, or a title that
 * ends where a description begins, never share a key, as they would if they were joined as text. Not thread-safe: one
 * key, one thread.
 *
 * <pre>{@code
 * String key = new Key().add("settings").add(title).add(List.of(a, b)).digest();
 * }</pre>
 */
public final class Key {

    private final MessageDigest sha = Fingerprint.sha();

    /** Adds {@code value} (a string, number, flag, date, enum, optional, list, set, map, record or bytes; or null). */
    public Key add(Object value) {
        if (value == null) {
            raw("~");
        } else if (value instanceof String s) {
            text(s);
        } else if (value instanceof Optional<?> o) {
            raw(o.isPresent() ? "?" : "-");
            o.ifPresent(this::add);
        } else if (value instanceof Collection<?> c) {
            raw((c instanceof java.util.Set ? "set[" : "[") + c.size() + ":");
            c.forEach(this::add);
        } else if (value instanceof byte[] b) {
            raw("bytes" + b.length + ":");
            sha.update(b);
        } else if (value instanceof Map<?, ?> m) {
            raw("{" + m.size() + ":");
            m.forEach((k, v) -> add(k).add(v));
        } else if (value instanceof Record r) {
            raw("(" + r.getClass().getName() + ":");
            for (var component : r.getClass().getRecordComponents()) {
                try {
                    add(component.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    text(String.valueOf(component.getName()) + "=" + r); // a record not open to this module
                }
            }
        } else {
            // Numbers, flags, dates, enums: their type and their text, which is all they are.
            raw(value.getClass().getSimpleName() + ":");
            text(String.valueOf(value));
        }
        return this;
    }

    /** The hex SHA-256 of what was added. */
    public String digest() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void text(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        raw("\"" + bytes.length + ":");
        sha.update(bytes);
    }

    private void raw(String marker) {
        sha.update(marker.getBytes(StandardCharsets.US_ASCII));
    }
}
