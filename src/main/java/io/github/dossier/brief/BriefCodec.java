package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import io.github.dossier.internal.InputText;
import io.github.dossier.internal.Words;
import io.github.dossier.internal.Yaml;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and writes brief files: YAML front matter between {@code ---} lines, then Markdown. Uses snakeyaml-engine
 * (YAML 1.2), so quotes, colons and non-Latin text round-trip. Short lists are written in flow style
 * ({@code [China, Russia]}), the summary one sentence a line. Immutable and thread-safe.
 *
 * <p>What is read is text from outside, however it was typed (a YAML escape {@code "\x01"} is a control again): every
 * field is read on one line without controls, the body, quotations and a curator's own fields without controls but
 * their tabs and line breaks ({@link InputText}).
 */
public final class BriefCodec {

    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("(?i)https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?");

    /** Whether {@code s} is a web address: http or https and a host, nothing a link could run ({@code javascript:}). */
    public static boolean isWebAddress(String s) {
        return WEB_ADDRESS.matcher(s).matches();
    }

    /** The v1 keys, in the order they are written. */
    public static final List<String> KEYS = BriefField.KEYS;
    private static final String FENCE = "---";

    private final DumpSettings dumpSettings = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(4096)
            .setSplitLines(true)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setDereferenceAliases(true)
            .build();

    /** The brief as file text. */
    public String write(Brief brief) {
        Map<String, Object> fm = new LinkedHashMap<>();
        Set<String> lines = new java.util.HashSet<>();
        for (BriefField<?> field : BriefField.ALL) {
            if (!field.absentIn(brief)) {
                fm.put(field.key(), yaml(field, brief));
            }
            if (field.kind() == BriefField.Kind.LINES || field.kind() == BriefField.Kind.QUOTES) {
                lines.add(field.key());
            }
        }
        new java.util.TreeMap<>(brief.extra()).forEach(fm::putIfAbsent);

        StandardRepresenter representer = new StandardRepresenter(dumpSettings) {
            // Text with line breaks double-quoted, its breaks escaped, never a block scalar: the library writes a
            // block scalar that starts with blank lines indented further than its first line, which it cannot read.
            @Override
            protected Node representScalar(Tag tag, String value, ScalarStyle style) {
                return super.representScalar(tag, value,
                        style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED ? ScalarStyle.DOUBLE_QUOTED : style);
            }
        };
        MappingNode root = (MappingNode) representer.represent(fm);
        for (NodeTuple t : root.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (t.getValueNode() instanceof SequenceNode seq) {
                seq.setFlowStyle(lines.contains(key) ? FlowStyle.BLOCK : FlowStyle.FLOW);
            } else if (t.getValueNode() instanceof MappingNode map) {
                map.setFlowStyle(FlowStyle.FLOW);
            }
        }
        StringWriter out = new StringWriter();
        new Dump(dumpSettings).dumpNode(root, new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.write(str, off, len);
            }
        });
        String body = brief.body().strip();
        return FENCE + "\n" + out + FENCE + "\n" + (body.isEmpty() ? "" : body + "\n");
    }

    /** A field's value as the YAML library writes it. */
    private static Object yaml(BriefField<?> field, Brief brief) {
        Object v = field.of(brief);
        return switch (field.kind()) {
            case OPTIONAL_TEXT, OPTIONAL_URL, OPTIONAL_DATE -> ((Optional<?>) v).map(Object::toString).orElseThrow();
            case QUOTES -> {
                List<Map<String, Object>> quotes = new ArrayList<>();
                for (Quote q : brief.quotes()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", q.text());
                    q.speaker().ifPresent(sp -> m.put("speaker", sp));
                    quotes.add(m);
                }
                yield quotes;
            }
            case TEXT, LIST, LINES, COUNTS, NUMBER, FLAG -> v;
        };
    }

    /**
     * The v1 key that {@code key}, which is not one, was probably meant to be: one or two letters off
     * ({@code titel}, {@code author}), or the same but for case and separators ({@code Country-Mentions}).
     */
    public static Optional<String> nearestKey(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        for (String known : KEYS) {
            String plain = known.replace("_", "");
            int allowed = Math.min(plain.length(), k.length()) >= 7 ? 2 : 1;
            if (!known.equals(key) && (plain.equals(k) || k.length() >= 4 && Words.editDistance(k, plain) <= allowed)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** Reads brief file text; {@code file} names it in errors and gives the slug. */
    public Brief read(Path file, String text) throws BriefFormatException {
        String name = file.getFileName().toString();
        String slug = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Split split = split(file, text);
        String yaml = split.yaml();
        String body = split.body();
        Object loaded;
        try {
            loaded = Yaml.load(yaml, file.toString());
        } catch (MarkedYamlEngineException e) {
            // Where the broken construct opened (an unclosed quote's line), else where the parser gave up.
            int line = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine() + 2).orElse(0);
            String context = e.getContext() == null ? "" : firstLine(e.getContext()) + ", ";
            throw new BriefFormatException(file, line, "broken YAML front matter: " + context + firstLine(e.getProblem()));
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException | NullPointerException
                | ClassCastException | StackOverflowError e) {
            // What the YAML library reports without a position: a key it cannot hold, nesting too deep.
            String why = e instanceof YamlEngineException && e.getCause() == null ? firstLine(e.getMessage())
                    : "the YAML library cannot read it (" + e.getClass().getSimpleName() + ")";
            throw new BriefFormatException(file, 0, "broken YAML front matter: " + why);
        }
        if (!(loaded instanceof Map<?, ?> raw)) {
            throw new BriefFormatException(file, 2, "front matter must be a mapping of keys to values");
        }
        Map<String, Object> fm = new LinkedHashMap<>();
        raw.forEach((k, v) -> fm.put(String.valueOf(k), v));
        FrontMatter f = new FrontMatter(file, fm, yaml);
        String title = f.string(BriefField.TITLE.key()).orElseThrow(() -> f.error("title", "a brief needs a title"));
        Brief.Builder b = Brief.builder(slug, title, "");
        for (BriefField<?> field : BriefField.ALL) {
            if (field != BriefField.TITLE) {
                field.setFrom(b, f.value(field));
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        fm.forEach((k, v) -> {
            if (!KEYS.contains(k)) {
                extra.put(InputText.line(k), withoutControls(v));
            }
        });
        return b.extra(extra).body(body).build();
    }

    /**
     * A curator's own value without what {@link InputText} drops: its text as body text (a note may have lines), the
     * keys of its mappings on one line.
     */
    private static Object withoutControls(Object v) {
        if (v instanceof String s) {
            return InputText.body(s);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(withoutControls(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k instanceof String ks ? InputText.line(ks) : k, withoutControls(x)));
            return out;
        }
        return v;
    }

    /**
     * Whether brief file text says {@code curated: false}, in any spelling YAML allows: the researcher hands the brief
     * back to Dossier, to be written again from its raw file. A brief that does not say {@code curated} at all does
     * not. The text must be one {@link #read} reads.
     */
    public boolean handsBack(Path file, String text) throws BriefFormatException {
        Object loaded = Yaml.load(split(file, text).yaml(), file.toString());
        if (loaded instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (BriefField.CURATED.key().equals(String.valueOf(e.getKey()))) {
                    return Boolean.FALSE.equals(e.getValue());
                }
            }
        }
        return false;
    }

    /** The body of brief file text, as {@link #read} reads it, without reading the front matter. */
    public String body(Path file, String text) throws BriefFormatException {
        return split(file, text).body();
    }

    /** Brief file text as its front matter (YAML, up to its closing fence) and its body. */
    private record Split(String yaml, String body) {
    }

    private static Split split(Path file, String text) throws BriefFormatException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (!t.startsWith(FENCE + "\n")) {
            throw new BriefFormatException(file, 1, "does not start with a '---' line opening the front matter");
        }
        int close = t.indexOf("\n" + FENCE + "\n", FENCE.length());
        int closeAtEnd = t.endsWith("\n" + FENCE) ? t.length() - FENCE.length() - 1 : -1;
        if (close < 0 && closeAtEnd < 0) {
            throw new BriefFormatException(file, 0, "front matter is not closed by a '---' line");
        }
        int end = close >= 0 ? close : closeAtEnd;
        return new Split(t.substring(FENCE.length() + 1, end + 1),
                close >= 0 ? InputText.body(t.substring(close + FENCE.length() + 2)).strip() : "");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
