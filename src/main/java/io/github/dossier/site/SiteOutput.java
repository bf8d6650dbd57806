package io.github.dossier.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
final class SiteOutput {

    static final String MARKER = ".dossier-site";
    private static final String JOURNAL = ".dossier-journal";

    /** Deletes a file or an empty directory; a seam for tests that need deletion to fail. */
    interface Deleter {
        void delete(Path path) throws IOException;
    }

    static final Deleter FILES = Files::delete;

    private final Path target;
    /** The staging directory (whole) or the patch directory (in place): where written files go until the commit. */
    private final Path staging;
    private final Path old;
    private final Deleter deleter;
    private final Consumer<String> notes;
    /** In place: the files of the site being updated, as paths; null for a whole render. */
    private final Set<String> previous;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    private SiteOutput(Path target, Deleter deleter, Consumer<String> notes, Set<String> previous) {
        this.target = target;
        this.staging = sibling(target, previous == null ? "tmp" : "patch");
        this.old = sibling(target, "old");
        this.deleter = deleter;
        this.notes = notes;
        this.previous = previous;
    }

    private static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + ".dossier-" + what);
    }

    static SiteOutput begin(Path target) throws IOException, SiteException {
        return begin(target, FILES, note -> { });
    }

    /**
     * Starts a whole render into {@code target}, first putting back what an interrupted build left; {@code notes}
     * hears of every such step as it is taken.
     */
    static SiteOutput begin(Path target, Deleter deleter, Consumer<String> notes) throws IOException, SiteException {
        Path abs = checked(target);
        SiteOutput out = new SiteOutput(abs, deleter, notes, null);
        out.recover();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new SiteException(abs + " exists and is not a directory");
        }
        if (Files.isDirectory(abs) && !isEmpty(abs) && !Files.exists(abs.resolve(MARKER))) {
            throw new SiteException("refusing to replace " + abs + ": it was not made by Dossier (no " + MARKER
                    + " file); empty it or choose another output directory");
        }
        Files.createDirectories(abs.getParent());
        out.clear(out.staging);
        Files.createDirectories(out.staging);
        return out;
    }

    /**
     * Starts a render that updates the site at {@code target} in place; {@code files} are its files now (as its
     * manifest lists them, checked by the caller), every other file of the new site is written.
     */
    static SiteOutput patch(Path target, Collection<String> files, Deleter deleter, Consumer<String> notes)
            throws IOException, SiteException {
        Path abs = checked(target);
        if (!Files.isRegularFile(abs.resolve(MARKER))) {
            throw new SiteException("refusing to update " + abs + " in place: it was not made by Dossier (no " + MARKER
                    + " file)");
        }
        SiteOutput out = new SiteOutput(abs, deleter, notes, Set.copyOf(files));
        out.recover();
        out.clear(out.staging);
        Files.createDirectories(out.staging);
        return out;
    }

    private static Path checked(Path target) throws SiteException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new SiteException("refusing to write a site to the file-system root " + abs);
        }
        return abs;
    }

    /**
     * Puts back what an interrupted build left at {@code target} before anything reads it: an output that a swap left
     * missing, an update in place that was committed but not finished. Called before a render reads its previous
     * site, so that a site finished this way (which no longer matches its manifest) is rendered whole.
     */
    static void recover(Path target, Deleter deleter, Consumer<String> notes) throws IOException, SiteException {
        Path abs = checked(target);
        new SiteOutput(abs, deleter, notes, null).recover();
    }

    /**
     * Puts back an output that an interrupted swap left missing, finishes an update in place whose journal was
     * written, and clears what an earlier build left beside it. Only directories Dossier made (with the marker) are
     * ever moved into place.
     */
    private void recover() throws IOException {
        Path patch = sibling(target, "patch");
        if (Files.isRegularFile(patch.resolve(JOURNAL)) && Files.isRegularFile(target.resolve(MARKER))) {
            try {
                apply(patch, journal(patch), new ArrayList<>());
                notes.accept("an earlier build was interrupted while updating " + target + "; its update was finished");
            } catch (IOException e) {
                notes.accept("an earlier build was interrupted while updating " + target + " and its update could not"
                        + " be finished (" + e.getMessage() + "); the whole site is rendered again");
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path staged = sibling(target, "tmp");
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
        clear(patch);
        clear(sibling(target, "tmp"));
        clear(old);
    }

    /** Whether this render updates the site in place ({@link #patch}) rather than replacing it whole. */
    boolean inPlace() {
        return previous != null;
    }

    /** The files written (not kept from the previous site) so far, as paths from the root. */
    Set<String> written() {
        return java.util.Collections.unmodifiableSet(written);
    }

    /** Every file of the new site but the marker, written or kept from the previous site, as paths. */
    Set<String> files() {
        return new java.util.AbstractSet<>() {
            @Override
            public boolean contains(Object path) {
                return !MARKER.equals(path) && (written.contains(path) || kept.contains(path));
            }

            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.stream.Stream.concat(written.stream(), kept.stream().filter(p -> !written.contains(p)))
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
    void write(String path, String text) throws IOException {
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
                && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** Keeps the previous site's file at {@code path} as it is (in place only: a whole render writes every file). */
    void keep(String path) {
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
    void commit() throws IOException {
        if (previous != null) {
            commitInPlace();
            return;
        }
        write(MARKER, "This directory is generated by Dossier and replaced on every build.\n");
        clear(old);
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
        clear(old);
    }

    /** The journal: the files to put in place (from the patch directory) and to delete, one per line. */
    private void commitInPlace() throws IOException {
        StringBuilder journal = new StringBuilder();
        new TreeSet<>(written).forEach(p -> journal.append("put ").append(p).append('\n'));
        removed().forEach(p -> journal.append("delete ").append(p).append('\n'));
        journal.append("end\n");
        clear(old);
        io.github.dossier.internal.AtomicFile.write(staging.resolve(JOURNAL), journal.toString());
        List<String[]> done = new ArrayList<>();
        try {
            apply(staging, journal(staging), done);
        } catch (IOException e) {
            undo(done);
            clear(staging);
            clear(old);
            throw e;
        }
        clear(staging);
        clear(old);
    }

    /** The operations of the journal in {@code patch}: {put|delete, path}; a journal without its end is none. */
    private static List<String[]> journal(Path patch) throws IOException {
        List<String> lines = Files.readAllLines(patch.resolve(JOURNAL), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("end")) {
            throw new IOException("incomplete journal " + patch.resolve(JOURNAL));
        }
        List<String[]> ops = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            ops.add(line.split(" ", 2));
        }
        return ops;
    }

    /**
     * Carries out {@code ops}: each file of the site that is replaced or deleted is first moved to the old directory,
     * then the new one moved into place. An operation already carried out (its new file no longer in the patch, the
     * file to delete already gone) is skipped, so that a journal can be finished by a later build. Each operation
     * carried out is added to {@code done}.
     */
    private void apply(Path patch, List<String[]> ops, List<String[]> done) throws IOException {
        Set<Path> emptied = new HashSet<>();
        for (String[] op : ops) {
            Path file = target.resolve(op[1]).normalize();
            Path from = patch.resolve(op[1]).normalize();
            Path aside = old.resolve(op[1]).normalize();
            if (!file.startsWith(target) || !from.startsWith(patch) || !aside.startsWith(old)) {
                throw new IOException("journal path escapes the site: " + op[1]);
            }
            boolean put = op[0].equals("put");
            if (put ? !Files.exists(from, LinkOption.NOFOLLOW_LINKS) : !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(aside.getParent());
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            done.add(op);
            if (put) {
                Files.createDirectories(file.getParent());
                Files.move(from, file, StandardCopyOption.ATOMIC_MOVE);
            } else {
                emptied.add(file.getParent());
            }
        }
        // Folders a deletion left empty (the last page of a shorter list) go too, as a whole render would not make them.
        for (Path dir : emptied) {
            for (Path d = dir; d != null && d.startsWith(target) && !d.equals(target); d = d.getParent()) {
                try {
                    Files.delete(d);
                } catch (DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                    break;
                }
            }
        }
    }

    /** Puts back the files {@code done} replaced or deleted, newest first; what cannot be put back is told. */
    private void undo(List<String[]> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            String[] op = done.get(i);
            Path file = target.resolve(op[1]);
            Path aside = old.resolve(op[1]);
            try {
                if (op[0].equals("put")) {
                    Files.deleteIfExists(file);
                }
                if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(file.getParent());
                    Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                notes.accept("could not put back " + file + " (" + e.getMessage() + ")");
            }
        }
    }

    void abandon() {
        try {
            clear(staging);
        } catch (IOException ignored) {
            // the staging directory is hidden and cleared by the next build
        }
    }

    /**
     * Makes {@code dir} not exist: deleted, or when something in it cannot be deleted, renamed to a free
     * {@code .<site>.dossier-trash-N} name with a note saying so, so that it never stands in a later build's way.
     */
    private void clear(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            deleteTree(dir);
        } catch (IOException e) {
            Path aside;
            int n = 1;
            do {
                aside = sibling(target, "trash-" + n++);
            } while (Files.exists(aside, LinkOption.NOFOLLOW_LINKS));
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            notes.accept("could not delete " + dir + " (" + e.getMessage() + "); it was moved to " + aside
                    + ", delete it by hand");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        }
    }

    /** Deletes a tree Dossier made, making its folders writable for their owner where one was made read-only. */
    private void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void delete(Path path) throws IOException {
        try {
            deleter.delete(path);
        } catch (AccessDeniedException e) {
            PosixFileAttributeView view = Files.getFileAttributeView(path.getParent(), PosixFileAttributeView.class);
            if (view == null) {
                throw e;
            }
            Set<PosixFilePermission> perms = EnumSet.copyOf(view.readAttributes().permissions());
            if (!perms.addAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE))) {
                throw e;
            }
            view.setPermissions(perms);
            deleter.delete(path);
        }
    }
}
