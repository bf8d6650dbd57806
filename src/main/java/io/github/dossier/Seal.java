package io.github.dossier;

import io.github.dossier.internal.Bytes;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.knowledge.Knowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The early cutoff: what a whole build was made from, recorded once it has written everything, so that the next build
 * that finds the same ends before it cleans, writes or renders anything, and tells the last build's report again (as
 * Bazel's action cache skips an action whose inputs it has seen, and {@code make} a target newer than its sources).
 *
 * <p>A build is made from, and a seal tells each by:
 * <ul>
 * <li>the engine's code, the knowledge it loaded (what each data file said), the settings, the Java runtime, locale
 *     and file name encoding: by value ({@link #constant});</li>
 * <li>every raw file, in order: its cache key (its text, the template lines the corpus profile finds in it, what the
 *     researcher noted of it), or its stamp where it cannot be read, and the draft it gave; and the newest raw file's
 *     day, and what the listing said (its warnings, the records of archives that are no article)
 *     ({@link BriefsPhase.Listed#rows}). A raw file touched, or saved again with the same text, keeps its key; one
 *     whose key changed is cleaned and extracted again (writing its cache entry only), and holds when it gives the
 *     same draft (a paywall's counter ticked, a menu changed);</li>
 * <li>the data files every build reads afresh (corrections, provenance): by their bytes;</li>
 * <li>every file and folder under the briefs, authors, templates and site folders (a folder or file reached through a
 *     link, where it is): by its stamp (size, modification time, identity) as the build left it. A file of the briefs,
 *     authors or templates modified in the last seconds before the seal is told by its bytes as well: edited again
 *     within the file system's clock tick at the same size, it would keep its stamp (a "racy" file, as git calls
 *     it).</li>
 * </ul>
 *
 * <p>A seal is written only by a whole build that ended well, and only when nothing it reads changed while it ran but
 * what its briefs phase wrote (and the site, the render's): a brief edited by hand while the site is rendered leaves
 * no seal. A build that does not stop at the seal removes it before it writes anything. Damaged or of another format,
 * it is no seal. Not thread-safe: one build at a time runs per project.
 *
 * <p>Left open: on a file system whose clock ticks in seconds, a brief saved at the same size in the tick the build
 * read it is sealed with the saved bytes; a site file edited by hand between the render's check and the seal.
 */
final class Seal {

    /** The seal's name in the cache folder. */
    static final String FILE = "seal";
    private static final String FORMAT = "dossier seal 3";

    /** A raw file as a build read it: its cache key (or stamp), and what it gave ("none": no brief). */
    record Row(String source, String key, String draft) {
    }

    /** What a build reads, as it found it: its constant inputs, and the stamp of each file, by its {@link #key}. */
    record Inputs(String constant, Map<String, String> stamps) {
    }

    private final DossierConfig config;
    private final Path file;
    private final String constant;
    /** The folders a build reads by their files' stamps, by the name their files' keys begin with. */
    private final Map<String, Path> folders = new LinkedHashMap<>();

    /** The seal of {@code config}'s project (none without a cache folder), for an engine holding {@code knowledge}. */
    Seal(DossierConfig config, Knowledge knowledge) {
        this.config = config;
        this.file = config.cacheDirectory() == null ? null : config.cacheDirectory().resolve(FILE);
        this.constant = file == null ? "" : constant(config, knowledge);
        folders.put("briefs", config.briefsDirectory());
        folders.put("authors", config.authorsDirectory());
        if (config.templatesDirectory() != null) {
            folders.put("templates", config.templatesDirectory());
        }
        folders.put("site", config.outputDirectory());
    }

    /**
     * Whether there is a seal a build might stop at (so that it reads what it needs to tell), or something in its
     * place (read, to be told as damage).
     */
    boolean present() {
        return file != null && Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * What the build about to run reads, as it is now, but the site (walked only when the rest holds: {@link
     * #withSite}): taken before it reads anything. Null without a cache.
     */
    Inputs take() throws DossierException {
        return file == null ? null : take(Set.of("briefs", "authors", "templates", "data"));
    }

    /** {@code inputs} with the stamps of the site's files. */
    private Inputs withSite(Inputs inputs) throws DossierException {
        Map<String, String> stamps = new java.util.HashMap<>(inputs.stamps());
        stamp("site", folders.get("site"), stamps);
        return new Inputs(inputs.constant(), stamps);
    }

    /**
     * The briefs and authors folders as the briefs phase left them: the render must leave them so, or what it made is
     * not what they say ({@link #write}). Null without a cache.
     */
    Inputs takeContent() {
        try {
            return file == null ? null : take(Set.of("briefs", "authors"));
        } catch (DossierException e) {
            return null; // no seal then
        }
    }

    private Inputs take(Set<String> names) throws DossierException {
        Map<String, String> stamps = new java.util.HashMap<>();
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            if (names.contains(folder.getKey())) {
                stamp(folder.getKey(), folder.getValue(), stamps);
            }
        }
        if (config.dataDirectory() != null && names.contains("data")) {
            for (String name : DossierConfig.PER_BUILD_DATA_FILES.stream().sorted().toList()) {
                stamps.put("data/" + name, contents(config.dataDirectory().resolve(name)));
            }
        }
        return new Inputs(constant, stamps);
    }

    /** A seal as read: what its build was made from, and its report. */
    private record Sealed(String digest, String site, String newest, String listing, List<Row> rows, Map<String, String> told,
            BuildReport report) {
    }

    /**
     * The last build's report when {@code now}, and the raw files as {@code listed}, are what it was made from: the
     * build is then done. A raw file whose key changed still is, when it gives the same draft (cleaned again, in
     * parallel; nothing but its cache entry is written), and the seal then takes its new key. Empty when there is no
     * seal, or anything differs.
     */
    Optional<BuildReport> holds(Inputs now, BriefsPhase.Listed listed, java.util.function.Consumer<String> notes) {
        if (now == null || !present()) {
            return Optional.empty();
        }
        Sealed sealed = Bytes.read(file, FORMAT, Seal::read, notes).orElse(null);
        if (sealed == null || !sealed.digest().equals(digest(now, false)) || !sealed.newest().equals(listed.newest())
                || !sealed.listing().equals(listed.listing()) || sealed.rows().size() != listed.size()) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Row row = sealed.rows().get(i);
            if (!row.source().equals(listed.source(i))) {
                return Optional.empty();
            }
            if (!row.key().equals(listed.key(i))) {
                changed.add(i);
            }
        }
        for (Map.Entry<String, String> racy : sealed.told().entrySet()) {
            if (!racy.getValue().equals(contents(path(racy.getKey())))) {
                return Optional.empty();
            }
        }
        if (!changed.parallelStream().allMatch(i -> listed.gives(i, sealed.rows().get(i)))) {
            return Optional.empty();
        }
        // The site last, the most files: a build that goes on does not walk it.
        Inputs all;
        try {
            all = withSite(now);
        } catch (DossierException e) {
            return Optional.empty();
        }
        if (!sealed.site().equals(digest(all, true))) {
            return Optional.empty();
        }
        if (!changed.isEmpty() || !sealed.told().isEmpty()) {
            // Sealed again as it is now: the new keys (not cleaned again next time), the racy files settled.
            List<Row> rows = new ArrayList<>(sealed.rows());
            changed.forEach(i -> rows.set(i, new Row(rows.get(i).source(), listed.key(i), rows.get(i).draft())));
            seal(all, listed.newest(), listed.listing(), rows, sealed.report());
        }
        return Optional.of(sealed.report());
    }

    private static Sealed read(Bytes in) throws IOException {
        String digest = in.string();
        String site = in.string();
        String newest = in.string();
        String listing = in.string();
        int n = in.varint();
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(in.string(), in.string(), in.string()));
        }
        Map<String, String> told = new TreeMap<>();
        for (int i = 0, m = in.varint(); i < m; i++) {
            told.put(in.string(), in.string());
        }
        return new Sealed(digest, site, newest, listing, rows, told, readReport(in));
    }

    /**
     * Removes the seal: the build about to write makes it stale. Anything else in its place (a folder, a link) is
     * never read as a seal, and is left; a seal written later takes a link's place (never writing through it).
     */
    void clear() throws DossierException {
        if (file == null || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DossierException("cannot remove " + file + " (" + e.getMessage() + "), which would end the "
                    + "next build before it sees this one's changes; nothing was written", e);
        }
    }

    /**
     * Seals the build that took {@code before}, found the briefs and authors folders as {@code content} once its briefs
     * phase had run, made articles from the raw files as {@code listed} (its second pass run), wrote (or removed)
     * {@code written} in the briefs and authors folders, and reported {@code report}: unless anything it reads changed
     * while it ran but what it wrote itself, which the next build must see. Returns whether it sealed.
     */
    boolean write(Inputs before, Inputs content, BriefsPhase.Listed listed, BuildReport report,
            Collection<Path> written) {
        if (before == null || content == null) {
            return false;
        }
        Inputs after;
        try {
            after = withSite(take());
        } catch (DossierException e) {
            return false; // a folder gone while it was walked: the next build is whole
        }
        Set<String> wrote = new HashSet<>();
        for (Path p : written) {
            key(p).ifPresent(wrote::add);
        }
        key(config.briefsDirectory().resolve(io.github.dossier.brief.BriefStore.LEDGER)).ifPresent(wrote::add);
        Set<String> keys = new HashSet<>(before.stamps().keySet());
        keys.addAll(content.stamps().keySet());
        keys.addAll(after.stamps().keySet());
        for (String key : keys) {
            String folder = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            String now = stamp(after, key);
            boolean ours = folder.equals("briefs") || folder.equals("authors");
            // The site is the build's to write; the briefs and authors what its briefs phase wrote (and the folders
            // it made), and nothing since; anything else must be as the build found it.
            boolean changed = folder.equals("site") ? false
                    : ours && (wrote.contains(key) || key.equals(folder)) ? !stamp(content, key).equals(now)
                    : !stamp(before, key).equals(now) || ours && !stamp(content, key).equals(now);
            if (changed) {
                return false; // changed by someone else while the build ran: the next build sees it
            }
        }
        return seal(after, listed.newest(), listed.listing(), listed.rows(), report);
    }

    private static String stamp(Inputs inputs, String key) {
        return inputs.stamps().getOrDefault(key, "");
    }

    /** Writes the seal of {@code inputs}, the raw files' {@code rows} and {@code report}; returns whether it did. */
    private boolean seal(Inputs inputs, String newest, String listing, List<Row> rows, BuildReport report) {
        long racy = System.currentTimeMillis() * 1_000_000L - RawIndex.RACY_NANOS;
        Map<String, String> told = new TreeMap<>();
        inputs.stamps().forEach((key, stamp) -> {
            if (!key.startsWith("site/") && !key.startsWith("data/") && Fingerprint.stampNanos(stamp) >= racy) {
                told.put(key, contents(path(key)));
            }
        });
        try (Bytes out = Bytes.writer(FORMAT, file)) {
            out.string(digest(inputs, false));
            out.string(digest(inputs, true));
            out.string(newest);
            out.string(listing);
            out.varint(rows.size());
            for (Row row : rows) {
                out.string(row.source());
                out.string(row.key());
                out.string(row.draft());
            }
            out.varint(told.size());
            told.forEach((key, sha) -> {
                out.string(key);
                out.string(sha);
            });
            writeReport(out, report);
            return out.finish();
        } catch (IOException e) {
            return false; // written beside the seal's place, and never put there: the next build is whole
        }
    }

    /** The digest of {@code inputs}: of what is not the site's ({@code site} false), or of the site's files. */
    private static String digest(Inputs inputs, boolean site) {
        StringBuilder all = new StringBuilder(inputs.stamps().size() * 96).append(site ? "" : inputs.constant())
                .append('\n');
        List<String> keys = new ArrayList<>();
        for (String key : inputs.stamps().keySet()) {
            if (site == (key.equals("site") || key.startsWith("site/"))) {
                keys.add(key);
            }
        }
        keys.sort(null);
        for (String key : keys) {
            all.append(key).append('\t').append(inputs.stamps().get(key)).append('\n');
        }
        MessageDigest sha = Fingerprint.sha();
        sha.update(all.toString().getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The stamp of every file and folder under {@code root}, keyed {@code name/relative} (a folder's with a final
     * slash); a folder reached through a link is walked where it is, and named by its real path; a link is told by its
     * own stamp and its target's. Each folder right under the root is walked in parallel (a site's pages and search
     * shards are tens of thousands of files).
     */
    private static void stamp(String name, Path root, Map<String, String> stamps) throws DossierException {
        if (!Files.isDirectory(root)) {
            stamps.put(name, Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "not a folder" : "none");
            return;
        }
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new DossierException("cannot list " + root + ": " + e.getMessage(), e);
        }
        stamps.put(name, "folder " + real);
        String prefix = real.toString();
        int cut = prefix.endsWith(real.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1;
        Map<String, String> found = new java.util.concurrent.ConcurrentHashMap<>();
        SimpleFileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                found.put(name + "/" + dir.toString().substring(cut).replace('\\', '/') + "/", "folder");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                String stamp = Fingerprint.stamp(a);
                if (a.isSymbolicLink()) {
                    String target;
                    try {
                        target = Fingerprint.stamp(Files.readAttributes(f, BasicFileAttributes.class));
                    } catch (IOException e) {
                        target = "nothing";
                    }
                    stamp = "link " + stamp + " to " + target;
                } else if (!a.isRegularFile()) {
                    stamp = "other " + stamp;
                }
                found.put(name + "/" + f.toString().substring(cut).replace('\\', '/'), stamp);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                found.put(name + "/" + f.toString().substring(cut).replace('\\', '/'), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        };
        List<Path> folders = new ArrayList<>();
        try (java.util.stream.Stream<Path> top = Files.list(real)) {
            for (Path p : top.toList()) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(p);
                } else {
                    Files.walkFileTree(p, visitor);
                }
            }
            folders.parallelStream().forEach(folder -> {
                try {
                    Files.walkFileTree(folder, visitor);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DossierException("cannot list " + root + ": " + e.getMessage(), e);
        }
        stamps.putAll(found);
    }

    private static String relative(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    /** The key of {@code p} (a file in a folder the seal stamps), if it is in one. */
    private Optional<String> key(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            Path root = folder.getValue().toAbsolutePath().normalize();
            if (abs.startsWith(root) && !abs.equals(root)) {
                return Optional.of(folder.getKey() + "/" + relative(root, abs));
            }
        }
        return Optional.empty();
    }

    /** The file a key names. */
    private Path path(String key) {
        int slash = key.indexOf('/');
        String name = key.substring(0, slash);
        return name.equals("data") ? config.dataDirectory().resolve(key.substring(slash + 1))
                : folders.get(name).resolve(key.substring(slash + 1));
    }

    /** A file's bytes, as a fingerprint; "none" when there is no such file. */
    private static String contents(Path f) {
        try {
            return Fingerprint.of(Files.readAllBytes(f));
        } catch (java.nio.file.NoSuchFileException e) {
            return "none";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /**
     * What every build of this engine and project has in common: the engine's code, what its knowledge says, the
     * settings, and the runtime's version, locale, time zone and file name encoding.
     */
    private static String constant(DossierConfig config, Knowledge knowledge) {
        MessageDigest sha = Fingerprint.sha();
        StringBuilder sb = new StringBuilder();
        sb.append("engine ").append(Fingerprint.engine()).append('\n')
                .append("settings ").append(config).append('\n')
                .append("java ").append(Runtime.version()).append(' ').append(java.util.Locale.getDefault())
                .append(' ').append(java.time.ZoneId.systemDefault()).append(' ')
                .append(System.getProperty("sun.jnu.encoding")).append(' ').append(System.getProperty("file.encoding"))
                .append('\n');
        sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        knowledge.filesRead().forEach((name, said) -> {
            sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(Fingerprint.of(said).getBytes(StandardCharsets.UTF_8));
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    private static void writeReport(Bytes out, BuildReport r) {
        out.varint(r.articlesRead());
        strings(out, r.skipped());
        out.varint(r.briefsWritten() + r.briefsUnchanged());
        out.varint(r.briefsCurated());
        out.varint(r.briefsEdited());
        out.varint(r.briefsWithheld());
        out.varint(r.pages());
        out.varint(r.pagesSkipped());
        strings(out, r.warnings());
        out.varint(r.passed().size());
        r.passed().forEach((reason, n) -> {
            out.string(reason);
            out.varint(n);
        });
    }

    /** The report a build that stopped at the seal gives: the last build's, nothing written. */
    private static BuildReport readReport(Bytes in) throws IOException {
        int read = in.varint();
        List<String> skipped = strings(in);
        int unchanged = in.varint();
        int curated = in.varint();
        int edited = in.varint();
        int withheld = in.varint();
        int pages = in.varint();
        int pagesSkipped = in.varint();
        List<String> warnings = strings(in);
        Map<String, Integer> passed = new TreeMap<>();
        for (int i = 0, n = in.varint(); i < n; i++) {
            passed.put(in.string(), in.varint());
        }
        return new BuildReport(read, read, skipped, 0, unchanged, curated, edited, 0, withheld, pages, 0,
                pagesSkipped, warnings, Map.of(), List.of(), passed);
    }

    private static void strings(Bytes out, List<String> list) {
        out.varint(list.size());
        list.forEach(out::string);
    }

    private static List<String> strings(Bytes in) throws IOException {
        int n = in.varint();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.string());
        }
        return out;
    }
}
