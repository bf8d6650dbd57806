package io.github.dossier.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.ConstructorException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML (and JSON, which is YAML) that Dossier did not write: briefs, author files, data files, the JSON-LD of
 * saved pages. snakeyaml-engine with its default limits, plus one it lacks: aliases may not expand the document by
 * more than {@link #MAX_ALIAS_EXPANSION} values. Its own alias limit counts aliases, not what they expand to, so
 * 48 aliases nested two by two (a "billion laughs") pass it and expand into 2<sup>24</sup> copies, which the first
 * walk over the loaded value (printing it, comparing it) turns into an {@link OutOfMemoryError}. Stateless.
 *
 * <pre>{@code
 * Object value = Yaml.load("title: A\ntags: [x, y]\n", "brief.md");
 * }</pre>
 */
public final class Yaml {

    /** How many values aliases may add to a document: far more than any brief or data file repeats by alias. */
    public static final int MAX_ALIAS_EXPANSION = 10_000;

    private Yaml() {
    }

    /** The value of a YAML document whose duplicate keys are errors; null for an empty document. */
    public static Object load(String text, String label) {
        return load(text, label, false);
    }

    /**
     * The value of a YAML document.
     *
     * @throws YamlEngineException when it is not YAML, or its aliases expand too far (with the line that does it)
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
     * @throws YamlEngineException when it is not YAML, or its aliases expand too far
     */
    public static Optional<Node> compose(String text, String label) {
        return compose(text, settings(text, label, false));
    }

    private static LoadSettings settings(String text, String label, boolean allowDuplicateKeys) {
        // The whole text in the reader's window: snakeyaml-engine 2.9 overruns its window when a character outside
        // the BMP (an emoji) straddles the window's end (its issue, fixed in 3.1), which a brief it wrote could hit.
        return LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(allowDuplicateKeys)
                .setCodePointLimit(16 * 1024 * 1024).setBufferSize(Math.max(1024, text.length() + 1)).build();
    }

    private static Optional<Node> compose(String text, LoadSettings settings) {
        String label = settings.getLabel();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
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

    /** Counts what the node graph expands to, each shared node once per reference, and stops past the limit. */
    private static final class Expansion {
        /** Expanded size of each node already counted; -1 while a node is being counted (a recursive alias). */
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private long distinct;

        long size(Node node) {
            Long known = sizes.get(node);
            if (known != null) {
                if (known < 0) {
                    throw refused(node, "an alias refers to the collection that contains it");
                }
                return known;
            }
            sizes.put(node, -1L);
            distinct++;
            long size = 1;
            if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    size += size(item);
                }
            } else if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    size += size(t.getKeyNode()) + size(t.getValueNode());
                }
            }
            if (size - distinct > MAX_ALIAS_EXPANSION) {
                throw refused(node, "anchors and aliases here expand to over " + MAX_ALIAS_EXPANSION
                        + " values (an alias bomb?)");
            }
            sizes.put(node, size);
            return size;
        }

        private static ConstructorException refused(Node node, String problem) {
            return new ConstructorException(null, Optional.empty(), problem, node.getStartMark());
        }
    }
}
