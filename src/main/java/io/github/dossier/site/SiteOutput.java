package io.github.dossier.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a render writes: a staging directory beside the output, swapped into place by {@link #commit()}.
 * A directory is only ever replaced if Dossier made it (it holds the marker file), so a mistyped
 * {@code outputDirectory} cannot wipe a folder of someone's work.
 *
 * <p>The swap is two renames: the output to {@code .<site>.dossier-old}, then the staging directory to the output.
 * A build killed between them leaves no output; the next build puts one back before it does anything else: the
 * staged site when it was complete (the marker is written last, just before the swap), else the old one. What
 * cannot be deleted afterwards (a folder made read-only by hand) is moved aside and reported, never a reason to
 * fail a build whose site is already in place. Every such step is told to the render's notes.
 */
final class SiteOutput {

    static final String MARKER = ".dossier-site";

    /** Deletes a file or an empty directory; a seam for tests that need deletion to fail. */
    interface Deleter {
        void delete(Path path) throws IOException;
    }

    static final Deleter FILES = Files::delete;

    private final Path target;
    private final Path staging;
    private final Path old;
    private final Deleter deleter;
    private final Consumer<String> notes;
    private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> linked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> reused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private SiteOutput(Path target, Deleter deleter, Consumer<String> notes) {
        this.target = target;
        this.staging = sibling(target, "tmp");
        this.old = sibling(target, "old");
        this.deleter = deleter;
        this.notes = notes;
    }

    private static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + ".dossier-" + what);
    }

    static SiteOutput begin(Path target) throws IOException, SiteException {
        return begin(target, FILES, note -> { });
    }

    /**
     * Starts a render into {@code target}, first putting back what an interrupted build left; {@code notes} hears
     * of every such step as it is taken.
     */
    static SiteOutput begin(Path target, Deleter deleter, Consumer<String> notes) throws IOException, SiteException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new SiteException("refusing to write a site to the file-system root " + abs);
        }
        SiteOutput out = new SiteOutput(abs, deleter, notes);
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
     * Puts back an output that an interrupted swap left missing, and clears what an earlier build left beside it.
     * Only directories Dossier made (with the marker) are ever moved into place.
     */
    private void recover() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(staging.resolve(MARKER))) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                notes.accept("an earlier build was interrupted while replacing " + target + "; the site it had"
                        + " finished rendering was moved into place");
            } else if (Files.isRegularFile(old.resolve(MARKER))) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                notes.accept("an earlier build was interrupted while replacing " + target + "; the previous site was"
                        + " put back from " + old.getFileName());
            }
        }
        clear(old);
    }

    /** The directory being filled, to check before it is committed. */
    Path staging() {
        return staging;
    }

    /** The files written (not taken from the previous site) so far, as paths from the root. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    /** The files taken from the previous site as hard links (the same file: its stamp unchanged), as paths. */
    Set<String> linked() {
        return Set.copyOf(linked);
    }

    /** Every file of the staged site but the marker, written or taken from the previous site, as paths. */
    Set<String> files() {
        Set<String> all = new java.util.HashSet<>(written);
        all.addAll(reused);
        all.remove(MARKER);
        return all;
    }

    /** The site being replaced. */
    Path target() {
        return target;
    }

    void write(String path, String text) throws IOException {
        written.add(path);
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        // A file taken from the previous site is a hard link to it: replaced, never written through.
        Files.deleteIfExists(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Takes {@code path} unchanged from the site being replaced: a hard link where the file system allows, else a copy. */
    void reuse(String path) throws IOException {
        Path file = resolve(path);
        Path previous = target.resolve(path);
        Files.createDirectories(file.getParent());
        reused.add(path);
        try {
            Files.createLink(file, previous);
            linked.add(path);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(previous, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path resolve(String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("page path escapes the site: " + path);
        }
        return file;
    }

    /**
     * Swaps the staged site into place. Once the new site is in place, nothing fails the build: the old one is
     * deleted if it can be, and otherwise moved aside with a note.
     */
    void commit() throws IOException {
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
