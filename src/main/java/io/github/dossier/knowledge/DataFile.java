package io.github.dossier.knowledge;

import io.github.dossier.internal.Key;
import io.github.dossier.internal.Utf8;
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
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

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
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new IllegalArgumentException(at(origin, line) + ": broken YAML: "
                    + (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    /**
     * The 1-based line of the value at {@code path} in YAML {@code text} (keys of mappings, indexes of lists; an index
     * into a single value is the value), or 0 when there is none: for an error that names the line of one entry.
     */
    public static int lineOf(String text, String origin, Object... path) {
        Optional<Node> node;
        try {
            node = Yaml.compose(text, origin);
        } catch (YamlEngineException e) {
            return 0;
        }
        for (Object step : path) {
            if (node.isEmpty()) {
                return 0;
            }
            Node n = node.get();
            if (n instanceof MappingNode map) {
                node = map.getValue().stream()
                        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(String.valueOf(step)))
                        .map(NodeTuple::getValueNode).reduce((first, second) -> second);
            } else if (n instanceof SequenceNode seq && step instanceof Integer i) {
                node = i < seq.getValue().size() ? Optional.of(seq.getValue().get(i)) : Optional.empty();
            } else if (!(n instanceof ScalarNode && step instanceof Integer i && i == 0)) {
                return 0;
            }
        }
        return node.flatMap(Node::getStartMark).map(m -> m.getLine() + 1).orElse(0);
    }

    /**
     * What the data file {@code name} says, as text that changes with what it means and not with its layout: a YAML
     * file's value (its {@link Key}: mappings in their order, each scalar with its type), a one-entry-a-line file's entries, a TSV
     * file's rows; comments, blank lines and indentation left out, as their readers leave them out. A file that cannot
     * be read so (not UTF-8, broken YAML, which fails its load with its own error) is its bytes as they are; one that
     * says nothing (comments only, or empty) is no bytes, as no file says nothing.
     */
    static byte[] said(String name, byte[] bytes) {
        String text;
        try {
            text = Utf8.decode(Path.of(name), bytes);
        } catch (Utf8.NotUtf8Exception e) {
            return bytes;
        }
        StringBuilder out = new StringBuilder();
        if (name.endsWith(".yml")) {
            try {
                // Duplicate keys allowed, the last one standing, as the lists that allow them read them.
                Object value = Yaml.load(text, name, true);
                if (value == null) {
                    return new byte[0]; // nothing but comments: as if there were no file
                }
                out.append("yaml ").append(new Key().add(value).digest());
            } catch (RuntimeException | StackOverflowError e) {
                return bytes;
            }
        } else if (name.endsWith(".tsv")) {
            out.append("rows");
            for (String line : text.split("\n")) {
                // As the gazetteer reads it: a row's columns are stripped, a line that begins with # is a comment.
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.append('\n').append(line.strip());
                }
            }
        } else {
            out.append("lines");
            lines(text).forEach(l -> out.append('\n').append(l));
        }
        // A file of no rows or lines says nothing: as if there were none.
        return out.indexOf("\n") < 0 && !out.toString().startsWith("yaml") ? new byte[0]
                : out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code origin} and {@code line} as an error names them: {@code content/lexicon.yml:3} ({@code origin} at 0). */
    public static String at(String origin, int line) {
        return origin + (line > 0 ? ":" + line : "");
    }

    /**
     * While knowledge loads in this thread: what each project file it reads says ({@link #said}), by name, so that
     * what a cache is keyed by is what was read, not the files read again later.
     */
    static final ThreadLocal<Map<String, byte[]>> READING = new ThreadLocal<>();

    /** Reads a project's override file when it exists. */
    public static Optional<String> projectFile(Path dataDirectory, String name) {
        if (!Knowledge.declares(name)) {
            // What a build reads of a project is what keys its cache: a file read but not declared would not be.
            throw new IllegalStateException("the data file " + name + " is read but not declared (Knowledge.declares)");
        }
        if (dataDirectory == null) {
            return Optional.empty();
        }
        Path file = dataDirectory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Utf8.read(file);
            Map<String, byte[]> reading = READING.get();
            if (reading != null) {
                reading.put(name, said(name, text.getBytes(StandardCharsets.UTF_8)));
            }
            return Optional.of(text);
        } catch (Utf8.NotUtf8Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
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
