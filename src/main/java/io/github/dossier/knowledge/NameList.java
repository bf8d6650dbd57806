package io.github.dossier.knowledge;

import io.github.dossier.knowledge.PhraseMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A curated list of named things (people, organisations, publications), each with the other names it goes by,
 * read from a YAML list of {@code {name, aliases}}. Finds them in text, case-sensitively, and maps any alias to
 * the name shown. Immutable and thread-safe.
 *
 * <pre>{@code
 * - name: NATO
 *   aliases: [Nato, North Atlantic Treaty Organization]
 * }</pre>
 */
public final class NameList {

    private final List<String> names;
    private final Map<String, String> canonical;
    private final PhraseMatcher<String> matcher;

    private NameList(List<String> names, Map<String, String> canonical) {
        this.names = List.copyOf(names);
        this.canonical = Map.copyOf(canonical);
        this.matcher = PhraseMatcher.of(canonical, false);
    }

    /** The shipped list {@code file}, extended by {@code dataDirectory/file} when it exists. */
    public static NameList load(String file, Path dataDirectory) {
        List<String> names = new ArrayList<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        parse(DataFile.resource(NameList.class, file), "dossier:" + file, names, canonical);
        DataFile.projectFile(dataDirectory, file)
                .ifPresent(text -> parse(text, dataDirectory.resolve(file).toString(), names, canonical));
        return new NameList(names, canonical);
    }

    private static void parse(String text, String origin, List<String> names, Map<String, String> canonical) {
        Object top = DataFile.yaml(text, origin, true);
        if (top == null) {
            return; // nothing but comments: nothing added
        }
        if (!(top instanceof List<?> entries)) {
            throw new IllegalArgumentException(origin + ": expected a list of {name, aliases}");
        }
        int i = 0;
        for (Object entry : entries) {
            i++;
            Map<String, Object> map = DataFile.map(entry, origin + " entry " + i);
            Object name = map.get("name");
            if (name == null || String.valueOf(name).isBlank()) {
                throw new IllegalArgumentException(origin + " entry " + i + ": missing name");
            }
            String shown = String.valueOf(name).strip();
            if (!names.contains(shown)) {
                names.add(shown);
            }
            canonical.put(shown, shown);
            for (String alias : DataFile.strings(map.get("aliases"), origin + " entry " + i + " aliases")) {
                canonical.putIfAbsent(alias.strip(), shown);
            }
        }
    }

    /** Every name shown, in file order. */
    public List<String> names() {
        return names;
    }

    /** The name shown for {@code nameOrAlias}, or null when unknown. */
    public String canonical(String nameOrAlias) {
        return canonical.get(nameOrAlias.strip());
    }

    /** Occurrences in {@code text}; each hit's value is the name shown. */
    public List<PhraseMatcher.Hit<String>> find(String text) {
        return matcher.find(text);
    }

    /** The names occurring in {@code text}, counted. */
    public Map<String, Integer> count(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PhraseMatcher.Hit<String> hit : matcher.find(text)) {
            out.merge(hit.value(), 1, Integer::sum);
        }
        return out;
    }

    /** Every name and alias, for callers that need to recognise them elsewhere. */
    public List<String> allForms() {
        return List.copyOf(canonical.keySet());
    }
}
