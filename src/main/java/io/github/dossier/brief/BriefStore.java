package io.github.dossier.brief;

import io.github.dossier.internal.FileMemo;
import io.github.dossier.internal.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The briefs directory: reads every brief, and replaces the generated ones while leaving curated ones alone.
 *
 * <p>Slugs are made unique in source order ({@code title}, {@code title-2}, …), so the same raw files always give
 * the same file names. A file is rewritten only when its text changes, atomically. Generated briefs whose raw
 * file is gone are removed; curated briefs never are.
 */
public final class BriefStore {

    /**
     * What {@link #sync} did.
     *
     * @param curated  the researcher's briefs left alone: curated, edited by hand, or not written by Dossier
     * @param edited   of those, the briefs that are the researcher's because they were edited (or made) by hand
     * @param withheld raw files that give no brief because the researcher deleted it
     * @param briefs   the briefs the directory now holds, by slug (as {@link #readAll} would read them)
     * @param skipped  one line for each generated brief not written (its raw file's source, and why)
     * @param kept     one line for each stale brief not removed because it changed while the sync ran
     * @param notes    one line for each brief this sync found edited, deleted or restored by hand, once
     * @param changed  the files written or removed: briefs, and the ledger
     */
    public record SyncResult(int written, int unchanged, int curated, int removed, int edited, int withheld,
            List<Brief> briefs, List<String> skipped, List<String> kept, List<String> notes, List<Path> changed,
            Map<Brief, String> fingerprints) {

        /**
         * The {@link Brief#fingerprint()} of each generated brief in {@link #briefs()} (the very objects), as the sync
         * computed it to compare each with what it last wrote.
         */
        public SyncResult {
            fingerprints = java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(fingerprints));
        }
    }

    /** The ledger's name in the briefs folder: what Dossier wrote there ({@link Ledger}). */
    public static final String LEDGER = Ledger.FILE;

    private final Path directory;
    private final Path index;
    private final BriefCodec codec = new BriefCodec();
    /** The slugs the ledger records, while it is as it was read. */
    private final FileMemo<Set<String>> recorded = new FileMemo<>();

    public BriefStore(Path directory) {
        this(directory, null);
    }

    /**
     * A store that remembers, in {@code index} (a file outside the briefs, in a cache), what it last wrote: a brief
     * whose content and file are both as they were then is known unchanged without writing its text out again.
     */
    public BriefStore(Path directory, Path index) {
        this.directory = directory;
        this.index = index;
    }

    /** Every brief on disk, by slug. A file that cannot be read fails the whole read, naming it. */
    public List<Brief> readAll() throws IOException {
        List<Brief> out = new ArrayList<>();
        for (Path file : files()) {
            out.add(read(file));
        }
        out.sort(Comparator.comparing(Brief::slug));
        return out;
    }

    /** The brief in {@code file}, its body left there and read again when asked ({@link Body#stored}). */
    public Brief read(Path file) throws IOException {
        return read(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The brief in {@code file}, read as {@code text}, its body left there and read again when asked. */
    Brief read(Path file, String text) throws IOException {
        Brief b = codec.read(file, text);
        return b.toBuilder().markdown(Body.stored(b.markdown().fingerprint(), b.markdown().isBlank(), file::toString,
                () -> codec.body(file, Files.readString(file, StandardCharsets.UTF_8)))).build();
    }

    /** The raw files of the briefs Dossier wrote and still keeps (as its ledger says), for the build's guard. */
    public Set<String> writtenSources() throws IOException {
        Set<String> out = new HashSet<>();
        for (Ledger.Entry e : Ledger.read(directory).briefs()) {
            if (e.state() == Ledger.State.WRITTEN && !e.removing() && !e.source().isEmpty()) {
                out.add(e.source());
            }
        }
        return out;
    }

    /** The raw files whose briefs the researcher deleted: they give no brief. */
    public Set<String> deletedSources() throws IOException {
        return Ledger.read(directory).deletedSources();
    }

    private List<Path> files() throws IOException {
        return new ArrayList<>(stamps().keySet());
    }

    /** Every brief file, in order, with its {@link Fingerprint#stamp}: one look at each. */
    TreeMap<Path, String> stamps() throws IOException {
        TreeMap<Path, String> out = new TreeMap<>(Comparator.comparing(Path::toString));
        if (!Files.isDirectory(directory)) {
            return out;
        }
        Set<String> recorded = recordedSlugs();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.md")) {
            for (Path p : ds) {
                // one look at the file: what it is, and its stamp
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue;
                }
                if (!a.isRegularFile() || slugRefusal(p, recorded).isPresent()) {
                    continue;
                }
                out.put(p, Fingerprint.stamp(a));
            }
        }
        return out;
    }

    /**
     * Makes the directory hold {@code generated} (one brief per raw file) beside the briefs that are the researcher's,
     * which it never writes or removes: a curated brief ({@code curated: true}, whatever the spelling of the key), a
     * brief edited by hand since Dossier wrote it, a brief Dossier did not write. What Dossier wrote is in the
     * {@link Ledger} beside the briefs; a brief it wrote that is gone was deleted by hand, and its raw file gives no
     * brief from then on. Briefs whose source has one of the researcher's are not written.
     *
     * <p>A file that cannot be read fails the sync, naming it, and is never replaced. A file that changes while the
     * sync runs is left as it is, with a failure line, for the next build.
     */
    public SyncResult sync(List<Brief> generated) throws IOException {
        return new BriefSync(this, directory, index, codec).run(generated);
    }

    /**
     * The brief files this store leaves out, each with the reason and what to do, for the build's warnings: a file
     * whose name is not a safe slug ({@link Slugs#isSafe}), since a brief's file name becomes
     * its page's address and the name of its citation files ({@code javascript:alert(1).md}, {@code My Notes.md},
     * {@code Index.md}, a reserved name such as {@code index.md}, a name that differs from another only in case); and
     * a link, which could publish a file from outside the project. They are never read, written or removed.
     */
    public List<String> refused() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.md")) {
            ds.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        Set<String> recorded = recordedSlugs();
        for (Path p : files) {
            refusal(p, recorded).ifPresent(why -> out.add(p + ": " + why + "; not published"));
        }
        return out;
    }

    /**
     * The slugs of the briefs the ledger says Dossier wrote (and which may have been edited since): names it gave (an
     * earlier version's too, whose slugs could hold a capital or run long), never refused, so that its own brief is
     * never taken for one deleted by hand; none holds a character an address reads specially.
     */
    private Set<String> recordedSlugs() throws IOException {
        try {
            // read once while the ledger is as it was (a build asks three times)
            return recorded.read(directory.resolve(Ledger.FILE), file -> {
                Set<String> out = new HashSet<>();
                try {
                    Ledger.read(directory).briefs().stream()
                            .filter(e -> e.state() != Ledger.State.DELETED
                                    && SLUG_CHARACTERS.matcher(e.slug()).matches())
                            .forEach(e -> out.add(e.slug()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return Optional.of(Set.copyOf(out));
            }).orElseThrow();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final java.util.regex.Pattern SLUG_CHARACTERS =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}-]+");

    private Optional<String> refusal(Path file, Set<String> recorded) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(Files.isSymbolicLink(file) ? "a link: a brief must be a file in the briefs folder"
                    : "not a file");
        }
        return slugRefusal(file, recorded);
    }

    /** Why a regular file's name is refused as a brief's: it is no slug, and not one Dossier wrote. */
    private Optional<String> slugRefusal(Path file, Set<String> recorded) {
        String slug = slugOf(file);
        if (Slugs.isSafe(slug) || recorded.contains(slug)) {
            return Optional.empty();
        }
        String to = Slugs.of(slug);
        for (int n = 2; Files.exists(directory.resolve(to + ".md"), LinkOption.NOFOLLOW_LINKS); n++) {
            to = Slugs.numbered(Slugs.of(slug), n);
        }
        return Slugs.isSafe(slug) ? Optional.empty()
                : Optional.of("its name becomes the page's address, so it must be a slug (lower-case letters, digits "
                        + "and hyphens, not a reserved name); rename it to " + to + ".md");
    }

    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    /**
     * Doubts about hand-edited briefs that do not stop a build, one line each: a key that is not Dossier's but is
     * close to one (a typo would otherwise be kept silently as a template parameter), a curated brief with no body.
     */
    public List<String> doubts(List<Brief> briefs) {
        List<String> out = new ArrayList<>();
        for (Brief b : briefs) {
            String file = directory.resolve(b.slug() + ".md").toString();
            for (String key : b.extra().keySet()) {
                BriefCodec.nearestKey(key).ifPresent(known -> out.add(file + ": unknown key '" + key
                        + "' (did you mean '" + known + "'?); kept as a template parameter"));
            }
            if (b.curated() && b.markdown().isBlank()) {
                out.add(file + ": curated brief has no body below its front matter; its page shows the summary only");
            }
        }
        return out;
    }
}
