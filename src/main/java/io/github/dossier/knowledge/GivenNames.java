package io.github.dossier.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forms of a given name ({@code given-name-forms.txt}): "Liz", "Beth" and "Elizabeth" are one name, its formal
 * form first. Immutable and thread-safe.
 */
public final class GivenNames {

    private static final class Shipped {
        static final GivenNames INSTANCE = new GivenNames(
                DataFile.lines(DataFile.resource(GivenNames.class, "given-name-forms.txt")));
    }

    private final Map<String, String> formal;

    private GivenNames(List<String> lines) {
        Map<String, String> m = new HashMap<>();
        for (String line : lines) {
            String[] forms = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
            for (String f : forms) {
                m.putIfAbsent(f, forms[0]);
            }
        }
        this.formal = Map.copyOf(m);
    }

    /** The forms Dossier ships. */
    public static GivenNames shipped() {
        return Shipped.INSTANCE;
    }

    /** The formal form of the given name {@code given} ("liz" → "elizabeth"), lower case; itself if unknown. */
    public String formal(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        return formal.getOrDefault(lower, lower);
    }
}
