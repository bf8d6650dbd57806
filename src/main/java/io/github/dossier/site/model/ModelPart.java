package io.github.dossier.site.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A part of page models that many pages show — a brief's card or link, a term's link — made once per render:
 * an immutable map for templates, fingerprinted once ({@link PageInputs}), so that the inputs of every page that
 * shows it name it by that fingerprint instead of walking it again. Thread-safe.
 */
public final class ModelPart extends AbstractMap<String, Object> {

    private final Map<String, Object> map;
    private final String fingerprint;

    ModelPart(LinkedHashMap<String, Object> map) {
        this(map, PageInputs.of("", map));
    }

    /** A part whose fingerprint ({@code PageInputs.of("", map)}) is already known. */
    ModelPart(LinkedHashMap<String, Object> map, String fingerprint) {
        this.map = Collections.unmodifiableMap(map);
        this.fingerprint = fingerprint;
    }

    /** The fingerprint of the part's content, as {@link PageInputs#of} walks it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A copy to add to (a brief's page adds its own fields to its card). */
    public LinkedHashMap<String, Object> copy() {
        return new LinkedHashMap<>(map);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map.entrySet();
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }
}
