package io.github.dossier.site.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where a render writes. Two ways, both leaving either the previous site or the new one, never half of each:
 *
 * <ul>
 *   <li><b>Whole</b> ({@link #begin}): every file into a staging directory beside the output, swapped into place by
 *       {@link #commit()} with two renames: the output to {@code .<site>.dossier-old}, then the staging directory to
 *       the output. A build killed between them leaves no output; the next build puts one back before it does
 *       anything else: the staged site when it was complete (the marker is written last, just before the swap), else
 *       the old one.</li>
 *   <li><b>In place</b> ({@link #patch}), over a previous site that is as its manifest says: only the files that
 *       change are written, into {@code .<site>.dossier-patch}; a file the render keeps ({@link #keep}) is not touched.
 *       {@link #commit()} writes a journal of the files to put and to delete, then renames each into place, the file
 *       it replaces moved to {@code .<site>.dossier-old} until the end. A rename that fails puts back every file
 *       already replaced and fails the commit, and the caller renders the whole site instead; a build killed
 *       mid-commit is finished by the next one from the journal (which then renders the whole site, since the site
 *       no longer matches the manifest). So an edit costs the files it changes, not a copy of the whole site.</li>
 * </ul>
 *
 * A directory is only ever replaced if Dossier made it (it holds the marker file), so a mistyped
 * {@code outputDirectory} cannot wipe a folder of someone's work. What cannot be deleted afterwards (a folder made
 * read-only by hand) is moved aside and reported, never a reason to fail a build whose site is already in place.
 * Every such step is told to the render's notes.
 */
public final class SiteOutput {

    /** The file that says Dossier made a directory, and may replace it. */
    public static final String MARKER = ".dossier-site";

    /** Deletes a file or an empty directory; a seam for tests that need deletion to fail. */
    public interface Deleter {
        void delete(Path path) throws IOException;
    }

    public static final Deleter FILES = Files::delete;

    private final Path target;
    /** The staging directory (whole) or the patch directory (in place): where written files go until the commit. */
    private final Path staging;
    private final Path old;
    private final Siblings siblings;
    private final Consumer<String> notes;
    /** In place: the files of the site being updated, as paths; null for a whole render. */
    private final Set<String> previous;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    private SiteOutput(Path target, Deleter deleter, Consumer<String> notes, Set<String> previous) {
        this.target = target;
        this.siblings = new Siblings(target, deleter, notes);
        this.staging = siblings.of(previous == null ? "tmp" : "patch");
        this.old = siblings.of("old");
        this.notes = notes;
        this.previous = previous;
    }

    public static SiteOutput begin(Path target) throws IOException, OutputException {
        return begin(target, FILES, note -> { });
    }

    /**
     * Starts a whole render into {@code target}, first putting back what an interrupted build left; {@code notes}
     * hears of every such step as it is taken.
     */
    public static SiteOutput begin(Path target, Deleter deleter, Consumer<String> notes)
            throws IOException, OutputException {
        Path abs = checked(target);
        SiteOutput out = new SiteOutput(abs, deleter, notes, null);
        out.recover();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputException(abs + " exists and is not a directory");
        }
        if (Files.isDirectory(abs) && !Siblings.isEmpty(abs) && !Files.exists(abs.resolve(MARKER))) {
            throw new OutputException("refusing to replace " + abs + ": it was not made by Dossier (no " + MARKER
                    + " file); empty it or choose another output directory");
        }
        Files.createDirectories(abs.getParent());
        out.siblings.clear(out.staging);
        Files.createDirectories(out.staging);
        return out;
    }

    /**
     * Starts a render that updates the site at {@code target} in place; {@code files} are its files now (as its
     * manifest lists them, checked by the caller), every other file of the new site is written.
     */
    public static SiteOutput patch(Path target, Collection<String> files, Deleter deleter, Consumer<String> notes)
            throws IOException, OutputException {
        Path abs = checked(target);
        if (!Files.isRegularFile(abs.resolve(MARKER))) {
            throw new OutputException("refusing to update " + abs + " in place: it was not made by Dossier (no " + MARKER
                    + " file)");
        }
        SiteOutput out = new SiteOutput(abs, deleter, notes, Set.copyOf(files));
        out.recover();
        out.siblings.clear(out.staging);
        Files.createDirectories(out.staging);
        return out;
    }

    private static Path checked(Path target) throws OutputException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new OutputException("refusing to write a site to the file-system root " + abs);
        }
        return abs;
    }

    /**
     * Puts back what an interrupted build left at {@code target} before anything reads it: an output that a swap left
     * missing, an update in place that was committed but not finished. Called before a render reads its previous
     * site, so that a site finished this way (which no longer matches its manifest) is rendered whole.
     */
    public static void recover(Path target, Deleter deleter, Consumer<String> notes)
            throws IOException, OutputException {
        Path abs = checked(target);
        new SiteOutput(abs, deleter, notes, null).recover();
    }

    /**
     * Puts back an output that an interrupted swap left missing, finishes an update in place whose journal was
     * written, and clears what an earlier build left beside it. Only directories Dossier made (with the marker) are
     * ever moved into place.
     */
    private void recover() throws IOException {
        Path patch = siblings.of("patch");
        Journal journal = new Journal(patch, target, old, notes);
        if (journal.written() && Files.isRegularFile(target.resolve(MARKER))) {
            try {
                journal.finish();
                notes.accept("an earlier build was interrupted while updating " + target + "; its update was finished");
            } catch (IOException e) {
                notes.accept("an earlier build was interrupted while updating " + target + " and its update could not"
                        + " be finished (" + e.getMessage() + "); the whole site is rendered again");
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path staged = siblings.of("tmp");
            if (Files.isRegularFile(staged.resolve(MARKER))) {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                notes.accept("an earlier build was interrupted while replacing " + target + "; the site it had"
                        + " finished rendering was moved into place");
            } else if (Files.isRegularFile(old.resolve(MARKER))) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                notes.accept("an earlier build was interrupted while replacing " + target + "; the previous site was"
                        + " put back from " + old.getFileName());
            }
        }
        siblings.clear(patch);
        siblings.clear(siblings.of("tmp"));
        siblings.clear(old);
    }

    /** Whether this render updates the site in place ({@link #patch}) rather than replacing it whole. */
    public boolean inPlace() {
        return previous != null;
    }

    /** The files written (not kept from the previous site) so far, as paths from the root. */
    public Set<String> written() {
        return Collections.unmodifiableSet(written);
    }

    /** Every file of the new site but the marker, written or kept from the previous site, as paths. */
    public Set<String> files() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object path) {
                return !MARKER.equals(path) && (written.contains(path) || kept.contains(path));
            }

            @Override
            public Iterator<String> iterator() {
                return Stream.concat(written.stream(), kept.stream().filter(p -> !written.contains(p)))
                        .filter(p -> !p.equals(MARKER)).iterator();
            }

            @Override
            public int size() {
                int n = written.size() + (int) kept.stream().filter(p -> !written.contains(p)).count();
                return written.contains(MARKER) ? n - 1 : n;
            }
        };
    }

    /** In place: the files of the previous site that the new one does not have (none for a whole render). */
    Set<String> removed() {
        if (previous == null) {
            return Set.of();
        }
        Set<String> gone = new TreeSet<>();
        for (String path : previous) {
            if (!written.contains(path) && !kept.contains(path) && !path.equals(MARKER)) {
                gone.add(path);
            }
        }
        return gone;
    }

    /** The site being replaced or updated. */
    Path target() {
        return target;
    }

    /** Where the new site's file at {@code path} can be read before the commit: written, or kept in place. */
    Path source(String path) {
        return previous != null && !written.contains(path) ? target.resolve(path) : staging.resolve(path);
    }

    /**
     * Writes the file at {@code path}. In place, a file the site already has with exactly this text is kept instead:
     * what an update rewrites is exactly what changes, and a file made again the same keeps its date.
     */
    public void write(String path, String text) throws IOException {
        if (previous != null && previous.contains(path) && same(path, text.getBytes(StandardCharsets.UTF_8))) {
            keep(path);
            return;
        }
        written.add(path);
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Whether the previous site's file at {@code path} holds exactly {@code bytes}. */
    private boolean same(String path, byte[] bytes) throws IOException {
        Path file = target.resolve(path);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** Keeps the previous site's file at {@code path} as it is (in place only: a whole render writes every file). */
    public void keep(String path) {
        if (previous == null) {
            throw new IllegalStateException("a whole render cannot keep " + path);
        }
        kept.add(path);
    }

    private Path resolve(String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("page path escapes the site: " + path);
        }
        return file;
    }

    /**
     * Puts the new site in place. Once it is, nothing fails the build: what is left of the old one is deleted if it
     * can be, and otherwise moved aside with a note. In place, a failure before that puts every file back as it
     * was and is thrown: the site is then the previous one, and the caller renders the whole site instead.
     */
    public void commit() throws IOException {
        if (previous != null) {
            commitInPlace();
            return;
        }
        write(MARKER, "This directory is generated by Dossier and replaced on every build.\n");
        siblings.clear(old);
        boolean hadSite = Files.exists(target);
        if (hadSite) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadSite) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        siblings.clear(old);
    }

    /** In place: the journal of the files written and removed, carried out; the patch and what it replaced cleared. */
    private void commitInPlace() throws IOException {
        Journal journal = new Journal(staging, target, old, notes);
        siblings.clear(old);
        journal.write(new TreeSet<>(written), removed());
        try {
            journal.commit();
        } catch (IOException e) {
            siblings.clear(staging);
            siblings.clear(old);
            throw e;
        }
        siblings.clear(staging);
        siblings.clear(old);
    }

    /** Leaves the site as it was: what was written for it is cleared. */
    public void abandon() {
        try {
            siblings.clear(staging);
        } catch (IOException ignored) {
            // the staging directory is hidden and cleared by the next build
        }
    }
}
