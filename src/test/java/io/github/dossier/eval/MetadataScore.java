package io.github.dossier.eval;

import io.github.dossier.extract.Author;
import io.github.dossier.knowledge.CountryMention;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Scores extracted metadata against the golden expectations in {@code golden/sample-metadata.yml}: per field,
 * how many articles Dossier got right, wrong (a value that is not the article's) or missing (nothing where the
 * article states something).
 */
public final class MetadataScore {

    /** The fields scored, in the order reported. */
    public static final List<String> FIELDS = List.of("title", "authors", "affiliations", "publication", "published",
            "section", "tags", "summary", "countries", "people", "organisations", "themes", "quotes");

    /** One field's tally. */
    public static final class Tally {
        int correct;
        int wrong;
        int missing;

        public int correct() {
            return correct;
        }

        public int wrong() {
            return wrong;
        }

        public int missing() {
            return missing;
        }
    }

    private final Map<String, Map<String, Object>> golden = new TreeMap<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public MetadataScore() throws IOException {
        try (InputStream in = MetadataScore.class.getResourceAsStream("/golden/sample-metadata.yml")) {
            Object loaded = new Load(LoadSettings.builder().build())
                    .loadFromString(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
            ((Map<String, Object>) loaded).forEach((k, v) -> golden.put(k, (Map<String, Object>) v));
        }
        FIELDS.forEach(f -> tallies.put(f, new Tally()));
    }

    /** The sample files the expectations cover. */
    public List<String> files() {
        return List.copyOf(golden.keySet());
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    /** Every field that was wrong or missing, as "file field: expected … got …". */
    public List<String> failures() {
        return failures;
    }

    private enum Verdict { CORRECT, WRONG, MISSING }

    private void record(String file, String field, Verdict v, Object expected, Object got) {
        Tally t = tallies.get(field);
        switch (v) {
            case CORRECT -> t.correct++;
            case WRONG -> t.wrong++;
            case MISSING -> t.missing++;
        }
        if (v != Verdict.CORRECT) {
            failures.add(file + " " + field + " " + v.name().toLowerCase() + ": expected " + expected + ", got " + got);
        }
    }

    /** Scores one article's metadata. */
    @SuppressWarnings("unchecked")
    public void score(String file, Metadata m) {
        Map<String, Object> g = golden.get(file);
        scalar(file, "title", g.get("title"), m.title());
        record(file, "authors", exact(g.get("authors"), m.authors().stream().map(Author::name).toList()),
                g.get("authors"), m.authors().stream().map(Author::name).toList());
        affiliations(file, (Map<String, Object>) g.get("affiliations"), m.authors());
        scalar(file, "publication", g.get("publication"), m.publication().orElse(null));
        scalar(file, "published", g.get("published"), m.published().map(LocalDate::toString).orElse(null));
        scalar(file, "section", g.get("section"), m.section().orElse(null));
        record(file, "tags", exact(g.get("tags"), m.tags()), g.get("tags"), m.tags());
        summary(file, (List<String>) g.get("summary"), m.summary());
        entities(file, "countries", (Map<String, Object>) g.get("countries"),
                m.countries().stream().map(CountryMention::country).map(c -> c.name()).toList());
        entities(file, "people", (Map<String, Object>) g.get("people"), m.people());
        entities(file, "organisations", (Map<String, Object>) g.get("organisations"), m.organisations());
        entities(file, "themes", (Map<String, Object>) g.get("themes"), m.themes());
        quotes(file, (List<Map<String, Object>>) g.get("quotes"), m.quotes());
    }

    private void scalar(String file, String field, Object expected, String got) {
        Verdict v;
        if (expected == null) {
            v = got == null ? Verdict.CORRECT : Verdict.WRONG;
        } else if (got == null) {
            v = Verdict.MISSING;
        } else {
            v = String.valueOf(expected).equals(got) ? Verdict.CORRECT : Verdict.WRONG;
        }
        record(file, field, v, expected, got);
    }

    private static Verdict exact(Object expected, List<String> got) {
        List<?> want = expected == null ? List.of() : (List<?>) expected;
        if (want.equals(got)) {
            return Verdict.CORRECT;
        }
        return got.isEmpty() ? Verdict.MISSING : Verdict.WRONG;
    }

    private void affiliations(String file, Map<String, Object> expected, List<Author> authors) {
        Verdict v = Verdict.CORRECT;
        Map<String, String> got = new LinkedHashMap<>();
        authors.forEach(a -> got.put(a.name(), a.affiliation().orElse(null)));
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String g = got.get(e.getKey());
            String want = String.valueOf(e.getValue());
            if (g == null) {
                v = v == Verdict.WRONG ? v : Verdict.MISSING;
            } else if (!want.startsWith(g) && !g.startsWith(want)) {
                v = Verdict.WRONG;
            }
        }
        record(file, "affiliations", v, expected, got);
    }

    private void summary(String file, List<String> starts, List<String> got) {
        Verdict v = Verdict.CORRECT;
        if (got.isEmpty() || got.size() > 3) {
            v = got.isEmpty() ? Verdict.MISSING : Verdict.WRONG;
        }
        for (int i = 0; i < starts.size() && v == Verdict.CORRECT; i++) {
            if (i >= got.size() || !got.get(i).startsWith(starts.get(i))) {
                v = Verdict.WRONG;
            }
        }
        record(file, "summary", v, starts, got);
    }

    @SuppressWarnings("unchecked")
    private void entities(String file, String field, Map<String, Object> expected, List<String> got) {
        List<String> first = (List<String>) expected.getOrDefault("first", List.of());
        List<String> include = (List<String>) expected.getOrDefault("include", List.of());
        List<String> exclude = (List<String>) expected.getOrDefault("exclude", List.of());
        Verdict v = Verdict.CORRECT;
        if (exclude.stream().anyMatch(got::contains)) {
            v = Verdict.WRONG;
        } else if (!first.isEmpty() && !got.subList(0, Math.min(first.size(), got.size())).equals(first)) {
            v = got.containsAll(first) ? Verdict.WRONG : Verdict.MISSING;
        } else if (!got.containsAll(include)) {
            v = Verdict.MISSING;
        }
        record(file, field, v, expected, got);
    }

    private void quotes(String file, List<Map<String, Object>> expected, List<Quote> got) {
        Verdict v = Verdict.CORRECT;
        for (Map<String, Object> q : expected) {
            Optional<Quote> found = got.stream().filter(x -> x.text().equals(q.get("text"))).findFirst();
            if (found.isEmpty()) {
                v = v == Verdict.WRONG ? v : Verdict.MISSING;
            } else if (!found.get().speaker().equals(Optional.ofNullable((String) q.get("speaker")))) {
                v = Verdict.WRONG;
            }
        }
        record(file, "quotes", v, expected, got);
    }
}
