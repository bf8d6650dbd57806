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
 * it, and which of them are organisations signing. A name the page prints twice is one author: cut short in one
 * place ("Will Knigh" beside "Will Knight", the fuller kept) or with a middle initial in one place only ("Troy L.
 * Smith" beside "Troy Smith", the first kept). One per article; not thread-safe.
 */
final class FoundAuthors {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> bios = new LinkedHashMap<>();
    private final Set<String> organisations = new java.util.HashSet<>();

    void add(String name) {
        land(name);
    }

    /** Adds {@code name} unless the page named its author already; returns the key it is found under. */
    private String land(String name) {
        String key = Words.nameKey(name);
        if (names.containsKey(key)) {
            return key;
        }
        for (String known : List.copyOf(names.keySet())) {
            if (cutShort(known, key)) {
                rename(known, key, name); // the page printed it whole after all
                return key;
            }
            if (cutShort(key, known) || initialsAside(key).equals(initialsAside(known))) {
                return known;
            }
        }
        names.put(key, name);
        return key;
    }

    /** The key {@code name} is found under: its own, or that of the author it is another printing of. */
    private String found(String name) {
        String key = Words.nameKey(name);
        for (String known : names.keySet()) {
            if (cutShort(key, known) || initialsAside(key).equals(initialsAside(known))) {
                return known;
            }
        }
        return key;
    }

    /** Whether {@code shorter} is {@code longer} with its last word cut short: "will knigh" of "will knight". */
    private static boolean cutShort(String shorter, String longer) {
        List<String> s = Words.of(shorter);
        List<String> l = Words.of(longer);
        if (s.size() != l.size() || s.size() < 2 || !s.subList(0, s.size() - 1).equals(l.subList(0, l.size() - 1))) {
            return false;
        }
        String last = s.get(s.size() - 1);
        String whole = l.get(l.size() - 1);
        return last.length() >= 2 && whole.length() > last.length() && whole.length() - last.length() <= 2
                && whole.startsWith(last);
    }

    /** A name's key without its one-letter words: "troy l smith" is "troy smith". */
    private static String initialsAside(String key) {
        List<String> words = Words.of(key).stream().filter(w -> w.length() > 1).toList();
        return words.size() >= 2 ? String.join(" ", words) : key;
    }

    /** {@code from} becomes {@code name} (key {@code to}) where it stood, with its bio and kind. */
    private void rename(String from, String to, String name) {
        Map<String, String> renamed = new LinkedHashMap<>();
        names.forEach((k, v) -> {
            if (k.equals(from)) {
                renamed.putIfAbsent(to, name);
            } else {
                renamed.putIfAbsent(k, v);
            }
        });
        names.clear();
        names.putAll(renamed);
        Optional.ofNullable(bios.remove(from)).ifPresent(b -> bios.putIfAbsent(to, b));
        if (organisations.remove(from)) {
            organisations.add(to);
        }
    }

    void addOrganisation(String name) {
        organisations.add(land(name));
    }

    /**
     * The organisation {@code name} signs as {@code signing} instead ("Redaktion" as its publication), or goes when
     * empty; merged with an author of that name already found.
     */
    void resign(String name, Optional<String> signing) {
        String key = Words.nameKey(name);
        if (signing.isEmpty()) {
            remove(name);
        } else if (!signing.get().equals(name)) {
            String to = Words.nameKey(signing.get());
            boolean person = names.containsKey(to) && !organisations.contains(to);
            rename(key, to, to.equals(key) ? signing.get() : names.getOrDefault(to, signing.get()));
            if (!person) {
                organisations.add(to);
            }
        }
    }

    List<String> names() {
        return List.copyOf(names.values());
    }

    /** The organisations among the names. */
    List<String> organisationNames() {
        return names.entrySet().stream().filter(e -> organisations.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    void addBio(String name, String bio) {
        bios.putIfAbsent(found(name), bio);
    }

    void remove(String name) {
        String key = found(name);
        names.remove(key);
        organisations.remove(key);
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
