package io.github.dossier.knowledge;

import io.github.dossier.internal.BoundedMemo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns that recognise boilerplate lines and metadata lines, read from {@code boilerplate.yml}.
 *
 * <p>A line is matched whole, case ignored. {@code keep} rules are tried first (a filled "Published: 3 May 2021"
 * is a dateline, an empty "Published:" is boilerplate), then {@code remove} rules, then the publication
 * mastheads supplied by the engine. Its rules are immutable and it is thread-safe: it remembers what lines it
 * matched, in a bounded memo.
 *
 * <pre>{@code
 * Boilerplate.defaults().match("Read more: NATO warns China")  // remove/teaser
 * Boilerplate.defaults().match("Topic | US-China relations")   // keep/section, value "US-China relations"
 * }</pre>
 */
public final class Boilerplate {

    /** What a rule does with a matching line. */
    public enum Action {
        /** Not article text. */
        REMOVE,
        /** Not article text, and what follows it is below the article (comments, related stories). */
        END,
        /** Not article text, but metadata to hand on. */
        KEEP
    }

    /** A rule that matched: its action, its name (the list it stands in) and the value it captured. */
    public record Match(Action action, String rule, String value) {
    }

    /** A pattern, and the literals one of which a line must contain to match it (null: no such test). */
    private record Rule(Action action, String name, Pattern pattern, Set<String> literals) {
        Rule(Action action, String name, Pattern pattern) {
            this(action, name, pattern, RequiredLiterals.of(pattern.pattern()).orElse(null));
        }
    }

    private static final String FILE = "boilerplate.yml";
    private static final Action[] ORDER = {Action.KEEP, Action.END, Action.REMOVE};
    private static final Pattern WRAPPER = Pattern.compile("^[\\[({<|•·*»›\\s]+|[\\])}>|•·*«‹\\s]+$");

    /** The rules in the order they are tried: {@code KEEP}, {@code END}, {@code REMOVE}, each in file order. */
    private final List<Rule> rules;
    /** Which rules' required literals a line contains, all rules read in one pass. */
    private final LiteralScanner scanner;
    /**
     * What lines already matched gave, as cleaning and then the summary ask of the same paragraphs, and a site's
     * template repeats its lines over its pages: emptied when it holds {@value #MEMO_CHARS} characters.
     */
    private final BoundedMemo<String, Optional<Match>> memo = new BoundedMemo<>(MEMO_CHARS, line -> line.length() + 32);
    private static final long MEMO_CHARS = 4_000_000;

    private Boilerplate(List<Rule> rules) {
        List<Rule> ordered = new ArrayList<>(rules.size());
        for (Action action : ORDER) {
            rules.stream().filter(r -> r.action() == action).forEach(ordered::add);
        }
        this.rules = List.copyOf(ordered);
        this.scanner = LiteralScanner.of(this.rules.stream().map(Rule::literals).toList());
    }

    /** The shipped patterns. */
    public static Boilerplate defaults() {
        return load(null);
    }

    /** The shipped patterns, followed by those of {@code dataDirectory/boilerplate.yml} when it exists. */
    public static Boilerplate load(Path dataDirectory) {
        List<Rule> rules = new ArrayList<>();
        parse(DataFile.resource(Boilerplate.class, FILE), "dossier:" + FILE, rules);
        DataFile.projectFile(dataDirectory, FILE)
                .ifPresent(text -> parse(text, dataDirectory.resolve(FILE).toString(), rules));
        return new Boilerplate(rules);
    }

    /** A copy that also removes lines naming exactly one of {@code mastheads} (a publication's banner). */
    public Boilerplate withMastheads(Collection<String> mastheads) {
        List<Rule> all = new ArrayList<>(rules);
        for (String name : mastheads) {
            all.add(new Rule(Action.REMOVE, "masthead",
                    Pattern.compile("(the\\s+)?" + Pattern.quote(name.strip()) + "(\\s*[|:·-].{0,40})?",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Set.of(RequiredLiterals.fold(name.strip()))));
        }
        return new Boilerplate(all);
    }

    /**
     * The first rule matching the whole of {@code line}: {@code KEEP} rules, then {@code END}, then {@code REMOVE}.
     * A line wrapped in brackets or bullets is tried as it is and without them.
     */
    public Optional<Match> match(String line) {
        return memo.get(line, this::matchNew);
    }

    private Optional<Match> matchNew(String line) {
        String text = line.strip();
        String unwrapped = WRAPPER.matcher(text).replaceAll("");
        String[] candidates = unwrapped.equals(text) || unwrapped.isEmpty()
                ? new String[] {text} : new String[] {text, unwrapped};
        long[] possible = scanner.candidates(RequiredLiterals.fold(text));
        for (int i = 0; i < rules.size(); i++) {
            if (!LiteralScanner.has(possible, i)) {
                continue;
            }
            Rule rule = rules.get(i);
            for (String candidate : candidates) {
                Matcher m = rule.pattern().matcher(candidate);
                if (m.matches()) {
                    return Optional.of(new Match(rule.action(), rule.name(), value(m, candidate)));
                }
            }
        }
        return Optional.empty();
    }

    private static String value(Matcher m, String text) {
        try {
            String v = m.group("value");
            return v == null ? text : v.strip();
        } catch (IllegalArgumentException noGroup) {
            return text;
        }
    }

    private static void parse(String text, String origin, List<Rule> into) {
        Map<String, Object> top = DataFile.yamlMap(text, origin);
        for (Map.Entry<String, Object> section : top.entrySet()) {
            Action action = switch (section.getKey()) {
                case "remove" -> Action.REMOVE;
                case "end" -> Action.END;
                case "keep" -> Action.KEEP;
                default -> throw new IllegalArgumentException(
                        origin + ": unknown section '" + section.getKey() + "' (expected remove, end or keep)");
            };
            for (Map.Entry<String, Object> list : DataFile.map(section.getValue(), origin).entrySet()) {
                String where = origin + ": " + section.getKey() + "." + list.getKey();
                List<String> regexes = DataFile.strings(list.getValue(), where);
                for (int i = 0; i < regexes.size(); i++) {
                    String regex = regexes.get(i);
                    try {
                        into.add(new Rule(action, list.getKey().toLowerCase(Locale.ROOT),
                                Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                    } catch (PatternSyntaxException e) {
                        int line = DataFile.lineOf(text, origin, section.getKey(), list.getKey(), i);
                        throw new IllegalArgumentException(DataFile.at(origin, line) + ": " + section.getKey() + "."
                                + list.getKey() + ": '" + regex + "' is not a valid pattern: " + e.getDescription(), e);
                    }
                }
            }
        }
    }
}
