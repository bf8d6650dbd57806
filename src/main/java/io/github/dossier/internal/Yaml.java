package io.github.dossier.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ConstructorException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML (and JSON, which is YAML) that Dossier did not write: briefs, author files, data files, the JSON-LD of
 * saved pages. snakeyaml-engine with its default limits, plus three it lacks, each an error with the line at fault:
 * <ul>
 * <li>aliases may not expand the document by more than {@link #MAX_ALIAS_EXPANSION} values. Its own alias limit
 * counts aliases, not what they expand to, so 48 aliases nested two by two (a "billion laughs") pass it and expand
 * into 2<sup>24</sup> copies, which the first walk over the loaded value (printing it, comparing it) turns into an
 * {@link OutOfMemoryError};
 * <li>collections may not nest deeper than {@link #MAX_DEPTH}: its composer recurses once a level, so
 * {@code [[[[…} 20,000 deep overflows the stack, which no caller can tell from a bug (and which kills Maven's JVM);
 * the depth is counted on the parser's events, before anything recurses;
 * <li>a document may not be longer than {@link #MAX_CHARS} characters.
 * </ul>
 * Stateless.
 *
 * <pre>{@code
 * Object value = Yaml.load("title: A\ntags: [x, y]\n", "brief.md");
 * }</pre>
 */
public final class Yaml {

    /** How many values aliases may add to a document: far more than any brief or data file repeats by alias. */
    public static final int MAX_ALIAS_EXPANSION = 10_000;

    /** How deep collections may nest: far deeper than any brief, data file or page's JSON-LD goes. */
    public static final int MAX_DEPTH = 100;

    /** How long a document may be, in chars (16 MiB): far longer than any brief or data file. */
    public static final int MAX_CHARS = 16 * 1024 * 1024;

    private Yaml() {
    }

    /** The value of a YAML document whose duplicate keys are errors; null for an empty document. */
    public static Object load(String text, String label) {
        return load(text, label, false);
    }

    /**
     * The value of a YAML document.
     *
     * @throws YamlEngineException when it is not YAML, or is too long, too deep or its aliases expand too far (with the
     *                             line that does it)
     */
    public static Object load(String text, String label, boolean allowDuplicateKeys) {
        LoadSettings settings = settings(text, label, allowDuplicateKeys);
        return new StandardConstructor(settings).constructSingleDocument(compose(text, settings));
    }

    /**
     * The node tree of a YAML document (empty for an empty document), each node with its place in the text: for a data
     * file whose errors name the line of the value at fault. Composing keeps a key said twice as two entries: what they
     * mean is the caller's to say (corrections.yml adds them up).
     *
     * @throws YamlEngineException when it is not YAML, or is too long, too deep or its aliases expand too far
     */
    public static Optional<Node> compose(String text, String label) {
        return compose(text, settings(text, label, false));
    }

    private static LoadSettings settings(String text, String label, boolean allowDuplicateKeys) {
        // The whole text in the reader's window: snakeyaml-engine 2.9 overruns its window when a character outside
        // the BMP (an emoji) straddles the window's end (its issue, fixed in 3.1), which a brief it wrote could hit.
        return LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(allowDuplicateKeys)
                .setCodePointLimit(MAX_CHARS + 1).setBufferSize(Math.max(1024, text.length() + 1)).build();
    }

    private static Optional<Node> compose(String text, LoadSettings settings) {
        String label = settings.getLabel();
        if (text.length() > MAX_CHARS) {
            throw refused(markAt(label, text, MAX_CHARS), "the document is longer than " + MAX_CHARS
                    + " characters (the limit)");
        }
        Optional<Node> root;
        try {
            Parser events = new DepthLimit(new ParserImpl(settings, new StreamReader(settings, text)));
            root = new Composer(settings, events).getSingleNode();
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine's reader can overrun its own buffer on some malformed input (found by fuzzing the
            // front matter: a flow scalar across the 1,024-character boundary): the text is not YAML it can read.
            throw new YamlEngineException(label + ": not YAML that can be read (" + e.getMessage() + ")");
        }
        if (root.isPresent()) {
            new Expansion().size(root.get());
        }
        return root;
    }

    private static ConstructorException refused(Mark mark, String problem) {
        return new ConstructorException(null, Optional.empty(), problem, Optional.of(mark));
    }

    /** A mark at char {@code index} of {@code text}: its line and column, and its line for the snippet. */
    private static Mark markAt(String label, String text, int index) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        int[] shown = text.substring(start, Math.min(index, start + 80)).codePoints().toArray();
        return new Mark(label, index, line, index - start, shown, Math.min(index - start, shown.length));
    }

    /**
     * The parser's events, refused past {@link #MAX_DEPTH} nested collections, at the mark of the one that opens too
     * deep: what the composer, which recurses once a level, is handed is never deeper.
     */
    private static final class DepthLimit implements Parser {
        private final Parser parser;
        private int depth;

        DepthLimit(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new ConstructorException(null, Optional.empty(), "collections nested deeper than "
                                + MAX_DEPTH + " levels (the limit)", event.getStartMark());
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> { }
            }
            return event;
        }
    }

    /**
     * Counts what the node graph expands to, each shared node once per reference, and stops past the limit; and how
     * deep it nests through its aliases (each collection nests at most {@link #MAX_DEPTH} deep in the text, but an
     * alias can put one inside another).
     */
    private static final class Expansion {
        /** Expanded size of each node already counted; -1 while a node is being counted (a recursive alias). */
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        /** How many collections deep each node counted goes, itself included. */
        private final Map<Node, Integer> heights = new IdentityHashMap<>();
        private long distinct;

        void size(Node root) {
            size(root, 0);
        }

        /** The expanded size of {@code node}, found inside {@code depth} collections. */
        private long size(Node node, int depth) {
            Long known = sizes.get(node);
            if (known != null) {
                if (known < 0) {
                    throw refused(node, "an alias refers to the collection that contains it");
                }
                if (depth + heights.get(node) > MAX_DEPTH) {
                    throw deep(node);
                }
                return known;
            }
            boolean collection = node instanceof SequenceNode || node instanceof MappingNode;
            int level = depth + (collection ? 1 : 0);
            if (level > MAX_DEPTH) {
                throw deep(node);
            }
            sizes.put(node, -1L);
            distinct++;
            long size = 1;
            int height = 0;
            if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    size += size(item, level);
                    height = Math.max(height, heights.get(item));
                }
            } else if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    size += size(t.getKeyNode(), level) + size(t.getValueNode(), level);
                    height = Math.max(height, Math.max(heights.get(t.getKeyNode()), heights.get(t.getValueNode())));
                }
            }
            if (size - distinct > MAX_ALIAS_EXPANSION) {
                throw refused(node, "anchors and aliases here expand to over " + MAX_ALIAS_EXPANSION
                        + " values (an alias bomb?)");
            }
            sizes.put(node, size);
            heights.put(node, height + (collection ? 1 : 0));
            return size;
        }

        private static ConstructorException deep(Node node) {
            return refused(node, "collections nested (through aliases) deeper than " + MAX_DEPTH + " levels (the limit)");
        }

        private static ConstructorException refused(Node node, String problem) {
            return new ConstructorException(null, Optional.empty(), problem, node.getStartMark());
        }
    }
}
