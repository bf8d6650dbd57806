package io.github.dossier.site;

import io.github.dossier.internal.AtomicFile;
import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last successful render left, kept in the cache directory: the fingerprint of everything its pages were
 * made from (briefs, authors, settings, engine), of each page template and of the project's other templates, and
 * the size of every file it wrote. When the content is the same, the next render takes each page whose template is
 * unchanged from the previous site (a hard link, or a copy) and renders only the pages of changed templates; when
 * the content differs, everything is rendered. A site that no longer matches its manifest (a file gone, resized or
 * written since) is rendered in full. It also records what each page was made from ({@link PageInputs}), so that a
 * render of changed content takes from it every page whose inputs did not change.
 */
final class PreviousSite {

    /** The name of every page template. */
    private static final Set<String> PAGE_TEMPLATES = java.util.Arrays.stream(PageKind.values()).map(PageKind::template)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final String content;
    private final String shared;
    private final Map<String, String> templates;
    private final Map<String, String> files;
    private final Map<String, String> inputs;

    PreviousSite(String content, String shared, Map<String, String> templates, Map<String, String> files,
            Map<String, String> inputs) {
        this.content = content;
        this.shared = shared;
        this.templates = Map.copyOf(templates);
        this.files = Map.copyOf(files);
        this.inputs = Map.copyOf(inputs);
    }

    /** What each page and citation file of the previous site was made from ({@link PageInputs}), by path. */
    Map<String, String> inputs() {
        return inputs;
    }

    /** The fingerprints of the page templates in {@code templates} (the project's; "theme" when it has none). */
    static Map<String, String> templateFingerprints(Path templates) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String name : new java.util.TreeSet<>(PAGE_TEMPLATES)) {
            Path file = templates == null ? null : templates.resolve(name);
            out.put(name, file != null && Files.isRegularFile(file)
                    ? Fingerprint.of(Files.readString(file, StandardCharsets.UTF_8)) : "theme");
        }
        return out;
    }

    /** The fingerprint of the project's other templates (layouts, macros, assets), which any page may use. */
    static String sharedFingerprint(Path templates) throws IOException {
        StringBuilder sb = new StringBuilder(Fingerprint.engine());
        if (templates != null && Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = templates.relativize(f).toString().replace('\\', '/');
                    if (!PAGE_TEMPLATES.contains(name)) {
                        sb.append('\n').append(name).append(' ').append(Fingerprint.of(
                                new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)));
                    }
                }
            }
        }
        return Fingerprint.of(sb.toString());
    }

    /** The manifest in {@code file}, if there is one, it matches {@code output} file for file, and it can be read. */
    static Optional<PreviousSite> read(Path file, Path output) {
        if (file == null || !Files.isRegularFile(file) || !Files.isRegularFile(output.resolve(SiteOutput.MARKER))) {
            return Optional.empty();
        }
        try {
            String content = null;
            String shared = null;
            Map<String, String> templates = new TreeMap<>();
            Map<String, String> files = new TreeMap<>();
            Map<String, String> inputs = new java.util.HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split(" ", 3);
                switch (f[0]) {
                    case "content" -> content = f[1];
                    case "shared" -> shared = f[1];
                    case "template" -> templates.put(f[1], f[2]);
                    case "file" -> files.put(f[2], f[1]);
                    case "input" -> inputs.put(f[2], f[1]);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                if (!Fingerprint.stamp(output.resolve(e.getKey())).equals(e.getValue())) {
                    return Optional.empty();
                }
            }
            return content == null || shared == null ? Optional.empty()
                    : Optional.of(new PreviousSite(content, shared, templates, files, inputs));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * The kinds of page that must be rendered again to make a site of {@code content} with these templates, or empty
     * when the previous site cannot be reused at all.
     */
    Optional<Set<PageKind>> changedTemplates(String content, String shared, Map<String, String> templates) {
        if (!this.content.equals(content) || !this.shared.equals(shared)) {
            return Optional.empty();
        }
        Set<PageKind> changed = java.util.EnumSet.noneOf(PageKind.class);
        for (PageKind kind : PageKind.values()) {
            if (!templates.get(kind.template()).equals(this.templates.get(kind.template()))) {
                changed.add(kind);
            }
        }
        return Optional.of(changed);
    }

    /** The files of the previous site, in order. */
    List<String> files() {
        return new ArrayList<>(new TreeMap<>(files).keySet());
    }

    /** The stamp the previous site's file at {@code path} had ({@link Fingerprint#stamp}), or null. */
    String stamp(String path) {
        return files.get(path);
    }

    /** Records the site just committed at {@code output}. */
    static void write(Path file, Path output, String content, String shared, Map<String, String> templates,
            Map<String, String> inputs) throws IOException {
        List<String> all;
        try (Stream<Path> walk = Files.walk(output)) {
            all = walk.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .filter(rel -> !rel.equals(SiteOutput.MARKER)).toList();
        }
        write(file, output, content, shared, templates, inputs, all, Map.of());
    }

    /**
     * Records the site just committed at {@code output}, whose files are {@code all}; those in {@code known} are
     * hard links to the previous site's files, whose stamps they keep, and are not looked at again.
     */
    static void write(Path file, Path output, String content, String shared, Map<String, String> templates,
            Map<String, String> inputs, java.util.Collection<String> all, Map<String, String> known) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("content ").append(content).append('\n').append("shared ").append(shared).append('\n');
        new TreeMap<>(templates).forEach((k, v) -> sb.append("template ").append(k).append(' ').append(v).append('\n'));
        for (String rel : new java.util.TreeSet<>(all)) {
            String stamp = known.get(rel);
            sb.append("file ").append(stamp != null ? stamp : Fingerprint.stamp(output.resolve(rel))).append(' ')
                    .append(rel).append('\n');
            String input = inputs.get(rel);
            if (input != null) {
                sb.append("input ").append(input).append(' ').append(rel).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, sb.toString());
    }
}
