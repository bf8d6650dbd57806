package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The authors {@link Bylines} found so far in an article, each once (its first spelling kept), with the bio found for
 * it, and which of them are organisations signing. One per article; not thread-safe.
 */
final class FoundAuthors {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> bios = new LinkedHashMap<>();
    private final Set<String> organisations = new java.util.HashSet<>();

    void add(String name) {
        names.putIfAbsent(Words.nameKey(name), name);
    }

    void addOrganisation(String name) {
        add(name);
        organisations.add(Words.nameKey(name));
    }

    List<String> names() {
        return List.copyOf(names.values());
    }

    void addBio(String name, String bio) {
        bios.putIfAbsent(Words.nameKey(name), bio);
    }

    void remove(String name) {
        names.remove(Words.nameKey(name));
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    List<Author> authors(Function<String, Optional<String>> affiliation) {
        List<Author> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (organisations.contains(e.getKey())) {
                out.add(Author.organisation(e.getValue()));
                continue;
            }
            Optional<String> bio = Optional.ofNullable(bios.get(e.getKey()));
            out.add(new Author(e.getValue(), bio, bio.flatMap(affiliation)));
        }
        return out;
    }
}
