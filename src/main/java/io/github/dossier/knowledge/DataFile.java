package io.github.dossier.knowledge;

import io.github.dossier.internal.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads Dossier's knowledge files: YAML or one-entry-a-line text shipped in the jar, optionally extended by a
 * file of the same name in a project's data directory.
 */
final class DataFile {

    private DataFile() {
    }

    /** The shipped resource {@code name} beside {@code anchor}, as text. */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + anchor.getPackageName() + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-blank, non-comment lines of a one-entry-a-line resource. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Parses YAML text whose top level is a mapping; {@code origin} names it in errors. */
    public static Map<String, Object> yamlMap(String text, String origin) {
        Object loaded = yaml(text, origin, false);
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(origin + ": expected a mapping at the top level");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Parses a YAML data file; {@code origin} names it in errors, which are {@link IllegalArgumentException}s. */
    public static Object yaml(String text, String origin, boolean allowDuplicateKeys) {
        try {
            return Yaml.load(text, origin, allowDuplicateKeys);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    /** Reads a project's override file when it exists. */
    public static Optional<String> projectFile(Path dataDirectory, String name) {
        if (dataDirectory == null) {
            return Optional.empty();
        }
        Path file = dataDirectory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A mapping value as a map of strings to objects (empty when absent). */
    public static Map<String, Object> map(Object value, String origin) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(origin + ": expected a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** A value as a list of strings: a single string is a list of one (empty when absent). */
    public static List<String> strings(Object value, String origin) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (o instanceof Map || o instanceof List) {
                    throw new IllegalArgumentException(origin + ": expected a list of strings");
                }
                out.add(String.valueOf(o));
            }
            return out;
        }
        if (value instanceof Map) {
            throw new IllegalArgumentException(origin + ": expected a string or a list of strings");
        }
        return List.of(String.valueOf(value));
    }
}
