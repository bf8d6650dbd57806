package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The researcher's corrections to the whole corpus, in one file ({@code content/corrections.yml}): a name renamed
 * or dropped in every brief that carries it, generated or curated, for one publication's briefs or for all, and a
 * field of one brief fixed without touching the brief. They are applied between the briefs and the site, so every
 * page, index, chart, search entry and citation shows the corrected names, and a rule taken out of the file takes
 * its correction out of the site.
 *
 * <pre>{@code
 * people:        {rename: {Zelenskiy: Volodymyr Zelensky}, drop: [While Hamas]}
 * organisations: {rename: {UN Security Council: United Nations Security Council}}
 * authors:       {drop: [FAIL, Artikel von]}
 * publications:  {rename: {financialpost: Financial Post}}
 * by-publication:                       # rules for one publication's briefs (its name as corrected)
 *   Der Standard: {authors: {rename: {Redaktion: Der Standard}}}
 * briefs:                               # one brief's fields, by slug (or by raw file)
 *   some-brief-slug: {published: 2019-10-16, authors: [Jane Doe]}
 * }</pre>
 *
 * A name matches whatever its case, accents and punctuation (as its page's slug does). Renaming into a name that
 * exists merges the two; renames follow each other ({@code A: B}, {@code B: C} renames A to C). The rules of a brief's
 * publication apply before the rules for all, and a brief's own fields last. Immutable and thread-safe; what a build
 * used of it is told by its {@link Use}.
 */
public final class Corrections {

    /** The file's name in a project's data directory. */
    public static final String FILE = "corrections.yml";

    /** The kinds of name a rule renames or drops, each a field of a brief. */
    public enum Kind {
        AUTHORS("authors", BriefField.AUTHORS),
        /** A brief's one publication, when it has one. */
        PUBLICATIONS("publications", null),
        PEOPLE("people", BriefField.PEOPLE),
        ORGANISATIONS("organisations", BriefField.ORGANISATIONS),
        COUNTRIES("countries", BriefField.COUNTRIES),
        THEMES("themes", BriefField.THEMES);

        private final String key;
        private final BriefField<List<String>> field; // null for the publication, a field of one name

        Kind(String key, BriefField<List<String>> field) {
            this.key = key;
            this.field = field;
        }

        /** The kind's key in the file, as in a brief's front matter ({@code people}). */
        public String key() {
            return key;
        }

        /** The names of this kind {@code b} carries. */
        public List<String> namesOf(Brief b) {
            return field == null ? b.publication().map(List::of).orElse(List.of()) : field.of(b);
        }

        static Optional<Kind> of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One rule: {@code from} renamed to {@code to}, or dropped (no {@code to}), stated on {@code line}.
     *
     * @param to the name the rule gives, after following the renames it leads to; empty to drop
     */
    public record Rule(Kind kind, String scope, String from, Optional<String> to, int line) {
    }

    /** One brief's fixed fields, stated on {@code line}. */
    record Fix(String key, Map<BriefField<?>, Object> fields, int line) {
    }

    private static final Corrections NONE = new Corrections(null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private final Path file;
    /** Rules for all briefs, by kind, by the key of the name they match. */
    private final Map<Kind, Map<String, Rule>> global;
    /** Rules for one publication's briefs, by the publication's key. */
    private final Map<String, Map<Kind, Map<String, Rule>>> scoped;
    private final Map<String, Integer> scopeLines;
    private final Map<String, String> scopeNames;
    /** Fixed fields by slug or raw file name. */
    private final Map<String, Fix> fixes;

    /** The rules and fixes of {@code file}, as {@link CorrectionsFile} reads them. */
    Corrections(Path file, Map<Kind, Map<String, Rule>> global, Map<String, Map<Kind, Map<String, Rule>>> scoped,
            Map<String, Integer> scopeLines, Map<String, String> scopeNames, Map<String, Fix> fixes) {
        this.file = file;
        this.scopeNames = scopeNames;
        this.global = global;
        this.scoped = scoped;
        this.scopeLines = scopeLines;
        this.fixes = fixes;
    }

    /** No corrections. */
    public static Corrections none() {
        return NONE;
    }

    /** The file the corrections were read from (null when there is none). */
    public Path file() {
        return file;
    }

    /** Whether any of one brief's own fields is fixed ({@code briefs:}). */
    public boolean fixesBriefs() {
        return !fixes.isEmpty();
    }

    /** Whether there is nothing to correct. */
    public boolean isEmpty() {
        return global.isEmpty() && scoped.isEmpty() && fixes.isEmpty();
    }

    /**
     * The corrections in {@code dataDirectory}'s {@value #FILE}, or none when there is no such file.
     *
     * @throws BriefFormatException naming the file and the line at fault: YAML that cannot be read, a kind or a field
     *                              that does not exist, a value of the wrong type, a rule that contradicts another
     */
    public static Corrections read(Path dataDirectory) throws IOException {
        return CorrectionsFile.read(dataDirectory);
    }

    /** The corrections in {@code text}, read as the file {@code file}. */
    public static Corrections parse(Path file, String text) throws BriefFormatException {
        return CorrectionsFile.parse(file, text);
    }

    /** The key a name is matched by: its page's slug, so a rule holds for every spelling one page gathers. */
    static String key(String name) {
        return Slugs.of(name.strip());
    }

    /** What one build made of the corrections: which rules matched something. Thread-safe. */
    public final class Use {
        private final Set<String> used = ConcurrentHashMap.newKeySet();

        private Use() {
        }

        /** {@code b} corrected. */
        public Brief apply(Brief b) {
            return Corrections.this.apply(b, this);
        }

        /**
         * One warning line for each rule that matched nothing in the briefs this use corrected, naming the file and
         * line: a misspelt name, or a correction the corpus no longer needs.
         */
        public List<String> unused() {
            List<String> out = new ArrayList<>();
            // By line, and in the file's order within a line (a flow mapping holds several rules).
            List<Map.Entry<Integer, String>> byLine = new ArrayList<>();
            for (Map<String, Rule> rules : global.values()) {
                rules.values().forEach(r -> unused(r, byLine));
            }
            scoped.forEach((scope, kinds) -> {
                if (!used.contains("scope\u0000" + scope)) {
                    byLine.add(Map.entry(scopeLines.get(scope), "by-publication: no brief's publication is '"
                            + scopeNames.get(scope) + "'"));
                } else {
                    kinds.values().forEach(rules -> rules.values().forEach(r -> unused(r, byLine)));
                }
            });
            fixes.forEach((k, fix) -> {
                if (!used.contains("brief\u0000" + k)) {
                    byLine.add(Map.entry(fix.line(), "no brief has the slug or raw file '" + k + "'"));
                }
            });
            byLine.sort(Map.Entry.comparingByKey()); // stable: rules of one line stay in the file's order
            byLine.forEach(e -> out.add(file + ":" + e.getKey() + ": " + e.getValue() + "; the correction does nothing"));
            return out;
        }

        private void unused(Rule r, List<Map.Entry<Integer, String>> byLine) {
            if (!used.contains(id(r))) {
                byLine.add(Map.entry(r.line(), r.kind().key() + ": no brief" + (r.scope().isEmpty() ? "" : " of "
                        + r.scope()) + " carries '" + r.from() + "'"));
            }
        }
    }

    /** A use of these corrections, for one build. */
    public Use use() {
        return new Use();
    }

    private static String id(Rule r) {
        return r.kind() + "\u0000" + r.scope() + "\u0000" + key(r.from());
    }

    /** {@code name} of {@code kind} through the rules of {@code publication}, then those for all; empty when dropped. */
    private Optional<String> name(Kind kind, String name, Map<String, Rule> scopedRules, Use use) {
        Optional<String> out = Optional.of(name);
        if (scopedRules != null) {
            out = through(scopedRules, name, use);
        }
        Map<String, Rule> rules = global.get(kind);
        return rules == null ? out : out.flatMap(n -> through(rules, n, use));
    }

    private static Optional<String> through(Map<String, Rule> rules, String name, Use use) {
        Rule r = rules.get(key(name));
        if (r == null) {
            return Optional.of(name);
        }
        use.used.add(id(r));
        return r.to();
    }

    /**
     * The name of kind {@code kind} a brief of {@code publication} (as corrected) shows for {@code name}; empty when a
     * rule drops it. For the author register, which names authors as the site does.
     */
    public Optional<String> name(Kind kind, String name, Optional<String> publication) {
        Map<Kind, Map<String, Rule>> rules = scoped.isEmpty() ? null
                : publication.map(p -> scoped.get(key(p))).orElse(null);
        return name(kind, name, rules == null ? null : rules.get(kind), new Use());
    }

    private Brief apply(Brief b, Use use) {
        if (isEmpty()) {
            return b;
        }
        Fix fix = fixes.get(b.slug());
        String fixKey = b.slug();
        if (fix == null && !b.source().isEmpty()) {
            fix = fixes.get(b.source());
            fixKey = b.source();
        }
        if (fix != null) {
            use.used.add("brief\u0000" + fixKey);
        }
        Brief.Builder out = b.toBuilder();
        Optional<String> publication = b.publication().flatMap(p -> name(Kind.PUBLICATIONS, p, null, use));
        if (fix != null && fix.fields().containsKey(BriefField.PUBLICATION)) {
            publication = cast(fix.fields().get(BriefField.PUBLICATION));
        }
        out.publication(publication);
        Map<Kind, Map<String, Rule>> mine = scoped.isEmpty() ? null
                : publication.map(p -> scoped.get(key(p))).orElse(null);
        if (mine != null) {
            use.used.add("scope\u0000" + key(publication.get()));
        }
        for (Kind kind : List.of(Kind.AUTHORS, Kind.PEOPLE, Kind.ORGANISATIONS, Kind.COUNTRIES, Kind.THEMES)) {
            Map<String, Rule> kindRules = mine == null ? null : mine.get(kind);
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (String n : kind.namesOf(b)) {
                name(kind, n, kindRules, use).ifPresent(names::add);
            }
            out.set(kind.field, List.copyOf(names));
        }
        // Who said a quotation, and how often each country is named, follow the names.
        Map<String, Rule> peopleRules = mine == null ? null : mine.get(Kind.PEOPLE);
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : b.quotes()) {
            quotes.add(new Quote(q.text(), q.speaker().flatMap(s -> name(Kind.PEOPLE, s, peopleRules, use))));
        }
        out.quotes(quotes);
        Map<String, Rule> countryRules = mine == null ? null : mine.get(Kind.COUNTRIES);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        b.countryMentions().forEach((c, n) -> name(Kind.COUNTRIES, c, countryRules, use)
                .ifPresent(to -> mentions.merge(to, n, Integer::sum)));
        out.countryMentions(mentions);
        if (fix != null) {
            for (Map.Entry<BriefField<?>, Object> f : fix.fields().entrySet()) {
                f.getKey().setFrom(out, f.getValue());
            }
        }
        Brief corrected = out.build();
        if (fix != null && fix.fields().containsKey(BriefField.COUNTRIES)) {
            Map<String, Integer> kept = new LinkedHashMap<>();
            for (String c : corrected.countries()) {
                Integer n = corrected.countryMentions().get(c);
                if (n != null) {
                    kept.put(c, n);
                }
            }
            corrected = corrected.toBuilder().countryMentions(kept).build();
        }
        return corrected.equals(b) ? b : corrected;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    /**
     * What the rules for all briefs make of {@code name} of {@code kind}: the name itself, another (renamed), or empty
     * (dropped). For names the site knows from elsewhere (the knowledge's aliases' targets).
     */
    public Optional<String> forAll(Kind kind, String name) {
        Map<String, Rule> rules = global.get(kind);
        Rule r = rules == null ? null : rules.get(key(name));
        return r == null ? Optional.of(name) : r.to();
    }

    /**
     * Every rename, as other forms of the names the site shows, by kind: so that the body's mention of the old name
     * ("Zelenskiy") links the page of the new one.
     */
    public Map<Kind, Map<String, String>> renamedForms() {
        Map<Kind, Map<String, String>> out = new EnumMap<>(Kind.class);
        List<Map<Kind, Map<String, Rule>>> sets = new ArrayList<>(List.of(global));
        sets.addAll(scoped.values());
        for (Map<Kind, Map<String, Rule>> set : sets) {
            set.forEach((kind, rules) -> rules.values().forEach(r -> r.to().ifPresent(to -> {
                String shown = global.containsKey(kind) && global.get(kind).containsKey(key(to))
                        ? global.get(kind).get(key(to)).to().orElse(null) : to;
                if (shown != null && !key(r.from()).equals(key(shown))) {
                    out.computeIfAbsent(kind, k -> new TreeMap<>()).putIfAbsent(r.from(), shown);
                }
            })));
        }
        return out;
    }
}
