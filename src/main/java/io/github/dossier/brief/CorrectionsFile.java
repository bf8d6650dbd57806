package io.github.dossier.brief;

import io.github.dossier.brief.Corrections.Fix;
import io.github.dossier.brief.Corrections.Kind;
import io.github.dossier.brief.Corrections.Rule;
import io.github.dossier.internal.Utf8;
import io.github.dossier.internal.Yaml;
import java.io.IOException;
import java.nio.file.Files;
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
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The file {@code corrections.yml} read into {@link Corrections}: its YAML's nodes made rules and fixed fields, and
 * the renames followed through each other, with errors that name the file and line at fault: YAML that cannot be
 * read, a kind or a field that does not exist, a value of the wrong type, a rule that contradicts another.
 */
final class CorrectionsFile {

    /**
     * The fields of a brief that {@code briefs:} may fix, by key: every field of a kind the file states as text, a
     * date or a list ({@link #value}), but the raw file.
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

    private final Path file;

    private CorrectionsFile(Path file) {
        this.file = file;
    }

    /** The corrections in {@code dataDirectory}'s {@value Corrections#FILE}, or none when there is no such file. */
    static Corrections read(Path dataDirectory) throws IOException {
        Path file = dataDirectory == null ? null : dataDirectory.resolve(Corrections.FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return Corrections.none();
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
    static Corrections parse(Path file, String text) throws BriefFormatException {
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
        CorrectionsFile r = new CorrectionsFile(file);
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
                    String scope = Corrections.key(publication);
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
        resolve(global, file);
        for (Map<Kind, Map<String, Rule>> rules : scoped.values()) {
            resolve(rules, file);
        }
        return new Corrections(file, Collections.unmodifiableMap(global), Collections.unmodifiableMap(scoped),
                Map.copyOf(scopeLines), Map.copyOf(scopeNames), Collections.unmodifiableMap(fixes));
    }

    /** Follows renames through the rules of the same set ({@code A: B}, {@code B: C} is {@code A: C}); a loop is an error. */
    private static void resolve(Map<Kind, Map<String, Rule>> rules, Path file) throws BriefFormatException {
        for (Map.Entry<Kind, Map<String, Rule>> e : rules.entrySet()) {
            Map<String, Rule> byKey = e.getValue();
            Map<String, Rule> stated = new LinkedHashMap<>(byKey);
            for (Map.Entry<String, Rule> r : byKey.entrySet()) {
                Rule rule = r.getValue();
                Optional<String> to = rule.to();
                Set<String> seen = new LinkedHashSet<>(List.of(r.getKey()));
                while (to.isPresent()) {
                    String k = Corrections.key(to.get());
                    Rule next = stated.get(k);
                    if (next == null || k.equals(r.getKey()) && seen.size() == 1) {
                        break; // the end, or a new spelling of the same name ("Nato: NATO")
                    }
                    if (!seen.add(k)) {
                        throw new BriefFormatException(file, rule.line(), e.getKey().key() + ": renames go round in a "
                                + "loop from '" + rule.from() + "'");
                    }
                    to = next.to();
                    if (to.isPresent() && Corrections.key(to.get()).equals(k)) {
                        break; // the next rule only spells the name anew
                    }
                }
                r.setValue(new Rule(rule.kind(), rule.scope(), rule.from(), to, rule.line()));
            }
        }
    }

    private int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private BriefFormatException error(Node node, String reason) {
        return new BriefFormatException(file, line(node), reason);
    }

    private MappingNode mapping(Node node, String what) throws BriefFormatException {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, "expected a mapping here: " + what);
    }

    private String text(Node node) throws BriefFormatException {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw error(node, "expected a name here");
    }

    private void rules(Kind kind, String scope, Node node, Map<String, Rule> out) throws BriefFormatException {
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

    private void add(Map<String, Rule> rules, Rule rule, Node at) throws BriefFormatException {
        String k = Corrections.key(rule.from());
        Rule before = rules.putIfAbsent(k, rule);
        // A rule that only spells a name anew ("Nato: NATO") gives way to a later one for the same name: the
        // review's line for "NATO", pasted below it, then holds.
        if (before != null && before.to().map(t -> Corrections.key(t).equals(k)).orElse(false)) {
            rules.put(k, rule);
            return;
        }
        if (before != null) {
            throw error(at, rule.kind().key() + ": '" + rule.from() + "' has another rule on line " + before.line()
                    + " (" + (before.to().isPresent() ? "rename" : "drop") + ")");
        }
    }

    private Fix fix(String brief, Node node) throws BriefFormatException {
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

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
