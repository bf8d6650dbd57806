package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import io.github.dossier.internal.Utf8;
import io.github.dossier.internal.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

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

    /**
     * The fields of a brief that {@code briefs:} may fix, by key: every field of a kind the file states as text, a
     * date or a list ({@link Reader#value}), but the raw file.
     */
    private static final Map<String, BriefField<?>> FIXABLE = new LinkedHashMap<>();

    static {
        for (BriefField<?> f : BriefField.ALL) {
            boolean stated = switch (f.kind()) {
                case TEXT, OPTIONAL_TEXT, OPTIONAL_URL, OPTIONAL_DATE, LIST, LINES -> true;
                case COUNTS, QUOTES, NUMBER, FLAG -> false;
            };
            if (stated && f != BriefField.SOURCE) {
                FIXABLE.put(f.key(), f);
            }
        }
    }

    /** One brief's fixed fields, stated on {@code line}. */
    private record Fix(String key, Map<BriefField<?>, Object> fields, int line) {
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

    private Corrections(Path file, Map<Kind, Map<String, Rule>> global, Map<String, Map<Kind, Map<String, Rule>>> scoped,
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
        Path file = dataDirectory == null ? null : dataDirectory.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return NONE;
        }
        if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(dataDirectory.toRealPath())) {
            throw new BriefFormatException(file, 0, "is a link to a file outside " + dataDirectory + "; refused");
        }
        try {
            return parse(file, Utf8.read(file));
        } catch (Utf8.NotUtf8Exception e) {
            throw new BriefFormatException(file, e.line(), e.reason());
        }
    }

    /** The corrections in {@code text}, read as the file {@code file}. */
    public static Corrections parse(Path file, String text) throws BriefFormatException {
        Optional<Node> root;
        try {
            root = Yaml.compose(text, file.toString());
        } catch (MarkedYamlEngineException e) {
            int line = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine() + 1).orElse(0);
            throw new BriefFormatException(file, line, "broken YAML: " + firstLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new BriefFormatException(file, 0, "broken YAML: " + firstLine(e.getMessage()));
        }
        if (root.isEmpty() || root.get() instanceof ScalarNode s && s.getValue().isBlank()) {
            return new Corrections(file, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        }
        Reader r = new Reader(file);
        MappingNode top = r.mapping(root.get(), "the top level: kinds of name (people, organisations, authors, "
                + "publications, countries, themes), by-publication and briefs");
        Map<Kind, Map<String, Rule>> global = new EnumMap<>(Kind.class);
        // Kinds, publications and briefs may each come more than once; what a second one says adds to the first.
        Map<String, Map<Kind, Map<String, Rule>>> scoped = new TreeMap<>();
        Map<String, Integer> scopeLines = new TreeMap<>();
        Map<String, String> scopeNames = new TreeMap<>();
        Map<String, Fix> fixes = new TreeMap<>();
        for (NodeTuple t : top.getValue()) {
            String key = r.text(t.getKeyNode());
            Optional<Kind> kind = Kind.of(key);
            if (kind.isPresent()) {
                // A kind may come again (a line pasted from the review at the end of the file): its rules add up.
                r.rules(kind.get(), "", t.getValueNode(), global.computeIfAbsent(kind.get(), k -> new LinkedHashMap<>()));
            } else if (key.equals("by-publication")) {
                for (NodeTuple p : r.mapping(t.getValueNode(), "publications, each with its rules").getValue()) {
                    String publication = r.text(p.getKeyNode());
                    Map<Kind, Map<String, Rule>> rules = new EnumMap<>(Kind.class);
                    for (NodeTuple k : r.mapping(p.getValueNode(), "kinds of name, each with rename and drop")
                            .getValue()) {
                        String kindKey = r.text(k.getKeyNode());
                        Kind of = Kind.of(kindKey).filter(x -> x != Kind.PUBLICATIONS).orElseThrow(() -> r.error(
                                k.getKeyNode(), "'" + kindKey + "': not a kind of name a publication's rules correct "
                                        + "(authors, people, organisations, countries, themes)"));
                        r.rules(of, publication, k.getValueNode(), rules.computeIfAbsent(of, x -> new LinkedHashMap<>()));
                    }
                    String scope = key(publication);
                    Map<Kind, Map<String, Rule>> before = scoped.get(scope);
                    if (before != null) {
                        for (Map.Entry<Kind, Map<String, Rule>> e : rules.entrySet()) {
                            Map<String, Rule> into = before.computeIfAbsent(e.getKey(), x -> new LinkedHashMap<>());
                            for (Rule rule : e.getValue().values()) {
                                r.add(into, rule, p.getKeyNode());
                            }
                        }
                        continue;
                    }
                    scoped.put(scope, rules);
                    scopeLines.put(scope, r.line(p.getKeyNode()));
                    scopeNames.put(scope, publication);
                }
            } else if (key.equals("briefs")) {
                for (NodeTuple b : r.mapping(t.getValueNode(), "briefs (by slug or raw file), each with its fields")
                        .getValue()) {
                    String brief = r.text(b.getKeyNode());
                    Fix fix = r.fix(brief, b.getValueNode());
                    Fix before = fixes.get(brief);
                    if (before != null) {
                        for (BriefField<?> f : fix.fields().keySet()) {
                            if (before.fields().containsKey(f)) {
                                throw r.error(b.getKeyNode(), "briefs: " + brief + ": '" + f.key() + "' is fixed on line "
                                        + before.line() + " too");
                            }
                        }
                        Map<BriefField<?>, Object> fields = new LinkedHashMap<>(before.fields());
                        fields.putAll(fix.fields());
                        fix = new Fix(brief, fields, before.line());
                    }
                    fixes.put(brief, fix);
                }
            } else {
                throw r.error(t.getKeyNode(), "'" + key + "': not a kind of name (people, organisations, authors, "
                        + "publications, countries, themes), by-publication or briefs");
            }
        }
        resolve(global, file, text);
        for (Map<Kind, Map<String, Rule>> rules : scoped.values()) {
            resolve(rules, file, text);
        }
        return new Corrections(file, Collections.unmodifiableMap(global), Collections.unmodifiableMap(scoped),
                Map.copyOf(scopeLines), Map.copyOf(scopeNames), Collections.unmodifiableMap(fixes));
    }

    /** Follows renames through the rules of the same set ({@code A: B}, {@code B: C} is {@code A: C}); a loop is an error. */
    private static void resolve(Map<Kind, Map<String, Rule>> rules, Path file, String text) throws BriefFormatException {
        for (Map.Entry<Kind, Map<String, Rule>> e : rules.entrySet()) {
            Map<String, Rule> byKey = e.getValue();
            Map<String, Rule> stated = new LinkedHashMap<>(byKey);
            for (Map.Entry<String, Rule> r : byKey.entrySet()) {
                Rule rule = r.getValue();
                Optional<String> to = rule.to();
                Set<String> seen = new LinkedHashSet<>(List.of(r.getKey()));
                while (to.isPresent()) {
                    String k = key(to.get());
                    Rule next = stated.get(k);
                    if (next == null || k.equals(r.getKey()) && seen.size() == 1) {
                        break; // the end, or a new spelling of the same name ("Nato: NATO")
                    }
                    if (!seen.add(k)) {
                        throw new BriefFormatException(file, rule.line(), e.getKey().key() + ": renames go round in a "
                                + "loop from '" + rule.from() + "'");
                    }
                    to = next.to();
                    if (to.isPresent() && key(to.get()).equals(k)) {
                        break; // the next rule only spells the name anew
                    }
                }
                r.setValue(new Rule(rule.kind(), rule.scope(), rule.from(), to, rule.line()));
            }
        }
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
        Map<Kind, Map<String, Rule>> rules = publication.map(p -> scoped.get(key(p))).orElse(null);
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
        Map<Kind, Map<String, Rule>> mine = publication.map(p -> scoped.get(key(p))).orElse(null);
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

    /** Reads the file's nodes, with errors that name its lines. */
    private static final class Reader {
        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        int line(Node node) {
            return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        }

        BriefFormatException error(Node node, String reason) {
            return new BriefFormatException(file, line(node), reason);
        }

        MappingNode mapping(Node node, String what) throws BriefFormatException {
            if (node instanceof MappingNode m) {
                return m;
            }
            throw error(node, "expected a mapping here: " + what);
        }

        String text(Node node) throws BriefFormatException {
            if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
                return s.getValue().strip();
            }
            throw error(node, "expected a name here");
        }

        void rules(Kind kind, String scope, Node node, Map<String, Rule> out) throws BriefFormatException {
            for (NodeTuple t : mapping(node, kind.key() + ": rename (a mapping of old name to new) and drop (a list)")
                    .getValue()) {
                String op = text(t.getKeyNode());
                switch (op) {
                    case "rename" -> {
                        for (NodeTuple r : mapping(t.getValueNode(), "rename: old name: new name").getValue()) {
                            String from = text(r.getKeyNode());
                            String to = text(r.getValueNode());
                            add(out, new Rule(kind, scope, from, Optional.of(to), line(r.getKeyNode())), r.getKeyNode());
                        }
                    }
                    case "drop" -> {
                        Node v = t.getValueNode();
                        List<Node> items = v instanceof SequenceNode seq ? seq.getValue() : List.of(v);
                        for (Node item : items) {
                            add(out, new Rule(kind, scope, text(item), Optional.empty(), line(item)), item);
                        }
                    }
                    default -> throw error(t.getKeyNode(), kind.key() + ": '" + op + "': expected rename or drop");
                }
            }
        }

        void add(Map<String, Rule> rules, Rule rule, Node at) throws BriefFormatException {
            String k = key(rule.from());
            Rule before = rules.putIfAbsent(k, rule);
            // A rule that only spells a name anew ("Nato: NATO") gives way to a later one for the same name: the
            // review's line for "NATO", pasted below it, then holds.
            if (before != null && before.to().map(t -> key(t).equals(k)).orElse(false)) {
                rules.put(k, rule);
                return;
            }
            if (before != null) {
                throw error(at, rule.kind().key() + ": '" + rule.from() + "' has another rule on line " + before.line()
                        + " (" + (before.to().isPresent() ? "rename" : "drop") + ")");
            }
        }

        Fix fix(String brief, Node node) throws BriefFormatException {
            Map<BriefField<?>, Object> fields = new LinkedHashMap<>();
            for (NodeTuple t : mapping(node, "the brief's fields to fix (title, authors, published …)").getValue()) {
                String key = text(t.getKeyNode());
                BriefField<?> field = FIXABLE.get(key);
                if (field == null) {
                    throw error(t.getKeyNode(), "briefs: " + brief + ": '" + key + "': not a field corrections fix "
                            + "(" + String.join(", ", FIXABLE.keySet()) + "); edit the brief for others");
                }
                fields.put(field, value(field, t.getValueNode()));
            }
            return new Fix(brief, fields, line(node));
        }

        /** A field's value of its kind's Java type, as {@link BriefCodec} reads it from a brief. */
        private Object value(BriefField<?> field, Node node) throws BriefFormatException {
            String where = "briefs: " + field.key() + ": ";
            boolean none = node instanceof ScalarNode s && (s.getValue().isBlank() || s.getValue().equals("null")
                    || s.getValue().equals("~"));
            switch (field.kind()) {
                case TEXT -> {
                    return text(node);
                }
                case OPTIONAL_TEXT -> {
                    return none ? Optional.empty() : Optional.of(text(node));
                }
                case OPTIONAL_URL -> {
                    if (none) {
                        return Optional.empty();
                    }
                    String url = text(node);
                    if (!BriefCodec.isWebAddress(url)) {
                        throw error(node, where + "expected a web address (http:// or https://), found '" + url + "'");
                    }
                    return Optional.of(url);
                }
                case OPTIONAL_DATE -> {
                    if (none) {
                        return Optional.empty();
                    }
                    String day = text(node);
                    try {
                        return Optional.of(LocalDate.parse(day));
                    } catch (DateTimeParseException e) {
                        throw error(node, where + "expected a date as YYYY-MM-DD, found '" + day + "'");
                    }
                }
                case LIST, LINES -> {
                    if (none) {
                        return List.of();
                    }
                    List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
                    List<String> out = new ArrayList<>();
                    for (Node item : items) {
                        out.add(text(item));
                    }
                    return List.copyOf(new LinkedHashSet<>(out));
                }
                default -> throw error(node, where + "cannot be fixed here");
            }
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
