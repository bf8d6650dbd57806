package io.github.dossier.site;

import io.github.dossier.internal.Bytes;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.site.model.PageInputs;
import io.github.dossier.site.pages.PageKind;
import io.github.dossier.site.state.SiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the last successful render left, kept in the cache directory (a binary file): the fingerprint of everything
 * its pages were made from (briefs, authors, settings, engine), of each page template and of the project's other
 * templates; every file it wrote, with what each page and citation was made from ({@link PageInputs}); and the stamp
 * of every folder of the site. When the content is the same, the next render renders only the pages of changed
 * templates; when the content differs, it renders the files whose inputs changed. Either way the site is updated in
 * place ({@link SiteOutput#patch}).
 *
 * <p>A site whose folders are not as the manifest left them — a file added, deleted or renamed anywhere in it, a
 * folder replaced — is rendered whole. A file edited in place by hand changes no folder: each file's stamp (size,
 * time, identity) as the build left it is recorded too, and a file whose stamp differs is rendered again
 * ({@link #edited}, {@link #without}).
 */
final class PreviousSite {

    private static final String FORMAT = "dossier-site-manifest 6";

    /** The name of every page template. */
    private static final Set<String> PAGE_TEMPLATES = java.util.Arrays.stream(PageKind.values()).map(PageKind::template)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final String settings;
    private final String content;
    private final String shared;
    private final Map<String, String> templates;
    private final Map<String, String> folders;
    private final List<String> files;
    private final Map<String, String> inputs;
    /** Each file's stamp as the build left it, by path. */
    private final Map<String, String> stamps;
    /** The kind of each page, by path, as the render that made it recorded it. */
    private final Map<String, PageKind> kinds;

    PreviousSite(String settings, String content, String shared, Map<String, String> templates,
            Map<String, String> folders, List<String> files, Map<String, String> inputs, Map<String, String> stamps,
            Map<String, PageKind> kinds) {
        this.kinds = java.util.Collections.unmodifiableMap(kinds);
        this.settings = settings;
        this.content = content;
        this.shared = shared;
        this.templates = Map.copyOf(templates);
        this.folders = Map.copyOf(folders);
        this.files = List.copyOf(files);
        this.inputs = java.util.Collections.unmodifiableMap(inputs);
        this.stamps = java.util.Collections.unmodifiableMap(stamps);
    }

    /** The kind of the page at {@code path}, as recorded when it was made; null for a file that is no page. */
    PageKind kindOf(String path) {
        return kinds.get(path);
    }

    /** How many pages the site has. */
    int pages() {
        return kinds.size();
    }

    /** What each page and citation file of the previous site was made from ({@link PageInputs}), by path. */
    Map<String, String> inputs() {
        return inputs;
    }

    /** The fingerprints of the page templates in {@code templates} (the project's; "theme" when it has none). */
    static Map<String, String> templateFingerprints(Path templates) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String name : new TreeSet<>(PAGE_TEMPLATES)) {
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

    /**
     * The manifest in {@code file}, if there is one, it can be read, and every folder of {@code output} is as the
     * manifest left it.
     */
    static Optional<PreviousSite> read(Path file, Path output) {
        return read(file).filter(p -> p.matches(output));
    }

    /** The manifest in {@code file}, if there is one and it can be read, whatever the site is now. */
    static Optional<PreviousSite> read(Path file) {
        return read(file, note -> { });
    }

    /**
     * The manifest in {@code file}, whatever settings and templates it was made with ({@link #madeWith} tells); a
     * damaged one is none, said to {@code notes}.
     */
    static Optional<PreviousSite> read(Path file, java.util.function.Consumer<String> notes) {
        return Bytes.read(file, FORMAT, in -> {
            String settings = in.string();
            String content = in.string();
            String shared = in.string();
            Map<String, String> templates = new TreeMap<>();
            for (int i = 0, n = in.varint(); i < n; i++) {
                templates.put(in.string(), in.string());
            }
            Map<String, String> folders = new HashMap<>();
            for (int i = 0, n = in.varint(); i < n; i++) {
                folders.put(in.string(), in.string());
            }
            int n = in.varint();
            List<String> files = new ArrayList<>(n);
            Map<String, String> inputs = new HashMap<>(n * 2);
            Map<String, String> stamps = new HashMap<>(n * 2);
            Map<String, PageKind> kinds = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.string();
                String input = in.string();
                files.add(path);
                if (!input.isEmpty()) {
                    inputs.put(path, input);
                }
                stamps.put(path, in.string());
                String kind = in.string(); // empty for a file that is no page
                if (!kind.isEmpty()) {
                    kinds.put(path, PageKind.valueOf(kind)); // another name: damaged, and no manifest
                }
            }
            return new PreviousSite(settings, content, shared, templates, folders, files, inputs, stamps, kinds);
        }, notes);
    }

    /** Whether the site at {@code output} is Dossier's and every folder of it is as this manifest left it. */
    boolean matches(Path output) {
        if (!Files.isRegularFile(output.resolve(SiteOutput.MARKER))) {
            return false;
        }
        for (Map.Entry<String, String> f : folders.entrySet()) {
            if (!stamp(output.resolve(f.getKey())).equals(f.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The files of the site at {@code output} that are not as the build left them (edited in place by hand, which
     * changes no folder), in order. One stat a file, in parallel: about 0.2 s for the 54,000 files of 10,000 briefs.
     */
    Set<String> edited(Path output) {
        return files.parallelStream().filter(f -> !stamps.getOrDefault(f, "").equals(fileStamp(output.resolve(f))))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /**
     * The stamps that still hold after an update in place that wrote {@code written}: those of the files kept, short of
     * the {@code edited} ones (an edited file can be kept, when its text is what the build makes).
     */
    Map<String, String> stampsKept(Set<String> written, Set<String> edited) {
        Map<String, String> out = new HashMap<>(stamps);
        out.keySet().removeAll(written);
        out.keySet().removeAll(edited);
        return out;
    }

    /** This site's record with nothing known of what the {@code edited} files were made from: they are made again. */
    PreviousSite without(Set<String> edited) {
        Map<String, String> kept = new HashMap<>(inputs);
        kept.keySet().removeAll(edited);
        return new PreviousSite(settings, content, shared, templates, folders, files, kept, stamps, kinds);
    }

    /** This site's files, with nothing known of what any was made from: every file is made again and compared. */
    PreviousSite withoutInputs() {
        return new PreviousSite("", "", "", templates, folders, files, Map.of(), stamps, kinds);
    }

    /**
     * The kinds of page that must be rendered again to make a site of {@code content} with these templates, or empty
     * when every file's inputs must be compared (the content or the shared templates changed).
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

    /**
     * Whether the previous site was made with these settings (title, base URL, engine…) and shared templates: if not,
     * nearly every page changes, and the site is better rendered whole than updated.
     */
    boolean madeWith(String settings, String shared) {
        return this.settings.equals(settings) && this.shared.equals(shared);
    }

    /** The files of the previous site, in order. */
    List<String> files() {
        return files;
    }

    /** Records the site just committed at {@code output}, with every file found in it. */
    static PreviousSite write(Path file, Path output, String settings, String content, String shared,
            Map<String, String> templates, Map<String, String> inputs) throws IOException {
        List<String> all;
        try (Stream<Path> walk = Files.walk(output)) {
            all = walk.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .filter(rel -> !rel.equals(SiteOutput.MARKER)).toList();
        }
        return write(file, output, settings, content, shared, templates, inputs, Map.of(), all, Map.of());
    }

    /**
     * Records the site just committed at {@code output}, whose files are {@code all}, the stamps of its folders, and
     * those of its files: {@code known} where they are known to hold (files updated in place kept as they were),
     * looked at for the others.
     */
    static PreviousSite write(Path file, Path output, String settings, String content, String shared,
            Map<String, String> templates, Map<String, String> inputs, Map<String, PageKind> kinds,
            Collection<String> all, Map<String, String> known) throws IOException {
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string(settings);
            out.string(content);
            out.string(shared);
            out.varint(templates.size());
            new TreeMap<>(templates).forEach((k, v) -> {
                out.string(k);
                out.string(v);
            });
            TreeSet<String> sorted = new TreeSet<>(all);
            TreeSet<String> dirs = new TreeSet<>();
            dirs.add("");
            for (String rel : sorted) {
                for (int slash = rel.lastIndexOf('/'); slash > 0; slash = rel.lastIndexOf('/', slash - 1)) {
                    if (!dirs.add(rel.substring(0, slash))) {
                        break;
                    }
                }
            }
            Map<String, String> folders = new HashMap<>();
            out.varint(dirs.size());
            for (String dir : dirs) {
                String stamp = stamp(output.resolve(dir));
                folders.put(dir, stamp);
                out.string(dir);
                out.string(stamp);
            }
            Map<String, String> kept = new HashMap<>(sorted.size() * 2);
            Map<String, String> stamps = new java.util.concurrent.ConcurrentHashMap<>(sorted.size() * 2);
            sorted.parallelStream().forEach(rel -> stamps.put(rel, known.containsKey(rel) ? known.get(rel)
                    : fileStamp(output.resolve(rel))));
            out.varint(sorted.size());
            for (String rel : sorted) {
                String input = inputs.getOrDefault(rel, "");
                out.string(rel);
                out.string(input);
                out.string(stamps.get(rel));
                PageKind kind = kinds.get(rel);
                out.string(kind == null ? "" : kind.name());
                if (!input.isEmpty()) {
                    kept.put(rel, input);
                }
            }
            out.finish();
            Map<String, PageKind> pages = new HashMap<>(kinds);
            pages.keySet().retainAll(sorted);
            return new PreviousSite(settings, content, shared, templates, folders, new ArrayList<>(sorted), kept,
                    stamps, pages);
        }
    }

    /**
     * A file's size, modification time and identity: changed by an edit in place (an editor that saves by rename
     * changes its folder too); empty when it is gone.
     */
    private static String fileStamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return a.size() + "@" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + "@"
                    + a.fileKey();
        } catch (IOException e) {
            return "";
        }
    }

    /** A folder's modification time and identity: changed by any file added, deleted or renamed in it. */
    private static String stamp(Path dir) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + "@" + a.fileKey()
                    : "";
        } catch (IOException e) {
            return "";
        }
    }
}
