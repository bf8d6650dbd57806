package io.github.dossier.site.model;

import io.github.dossier.internal.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one page was made from, as a fingerprint: its template's and the shared templates' fingerprints and the
 * whole model the template saw (the briefs, terms, links and counts it shows). A page whose inputs are the same
 * as when the previous site was rendered is that page, byte for byte, and is taken from it instead of rendered:
 * so an edited brief renders again its own page and the pages whose models show it (term pages and lists it is
 * on, before and after the change; briefs that list it as related; the home page when it shows it), and no other.
 * The model is walked in a fixed order (a model's maps in the order they were built, any other map's keys sorted), so
 * the fingerprint does not depend on how a map happens to iterate. Stateless and thread-safe.
 */
public final class PageInputs {

    private PageInputs() {
    }

    /** The fingerprint of a page rendered with templates fingerprinted {@code templates} from {@code model}. */
    public static String of(String templates, Object model) {
        MessageDigest sha = Fingerprint.sha();
        StringBuilder sb = new StringBuilder(4096).append(templates).append('\u0000');
        walk(model, sb, sha);
        sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void walk(Object value, StringBuilder sb, MessageDigest sha) {
        if (sb.length() > 1 << 16) {
            sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
        if (value == null) {
            sb.append('\u0001');
        } else if (value instanceof ModelPart part) {
            // Shown by many pages and fingerprinted once: named by its fingerprint.
            sb.append('#').append(part.fingerprint());
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            // Models are built in insertion order, the same every time; other maps are read with their keys sorted.
            Map<?, ?> ordered = map instanceof java.util.LinkedHashMap<?, ?> || map instanceof java.util.SortedMap<?, ?>
                    ? map : sorted(map);
            for (Map.Entry<?, ?> e : ordered.entrySet()) {
                text(String.valueOf(e.getKey()), sb);
                sb.append('=');
                walk(e.getValue(), sb, sha);
            }
            sb.append('}');
        } else if (value instanceof Collection<?> list) {
            sb.append('[');
            for (Object o : list) {
                walk(o, sb, sha);
                sb.append(',');
            }
            sb.append(']');
        } else if (value instanceof String s) {
            text(s, sb);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            sb.append(value.getClass().getSimpleName()).append(':').append(value);
        } else {
            // Records and other values: their class and their text, which for records is every component.
            sb.append(value.getClass().getName()).append(':');
            text(String.valueOf(value), sb);
        }
    }

    private static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        return sorted;
    }

    /** A string with its length first, so that no two models run together into the same text. */
    private static void text(String s, StringBuilder sb) {
        sb.append('"').append(s.length()).append(':').append(s);
    }
}
