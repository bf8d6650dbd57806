package io.github.dossier.site.state;

import java.io.IOException;
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
 * The hidden folders Dossier keeps beside a site while it replaces or updates it ({@code .<site>.dossier-tmp},
 * {@code -patch}, {@code -old}), and how one is cleared away: deleted, or when something in it cannot be, moved to a
 * free {@code .<site>.dossier-trash-N} with a note, so that it never stands in a later build's way.
 */
final class Siblings {

    private final Path target;
    private final SiteOutput.Deleter deleter;
    private final Consumer<String> notes;

    Siblings(Path target, SiteOutput.Deleter deleter, Consumer<String> notes) {
        this.target = target;
        this.deleter = deleter;
        this.notes = notes;
    }

    /** The folder beside the site for {@code what}: {@code tmp}, {@code patch}, {@code old}. */
    Path of(String what) {
        return target.resolveSibling("." + target.getFileName() + ".dossier-" + what);
    }

    /**
     * Makes {@code dir} not exist: deleted, or when something in it cannot be deleted, renamed to a free
     * {@code .<site>.dossier-trash-N} name with a note saying so.
     */
    void clear(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            deleteTree(dir);
        } catch (IOException e) {
            Path aside;
            int n = 1;
            do {
                aside = of("trash-" + n++);
            } while (Files.exists(aside, LinkOption.NOFOLLOW_LINKS));
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            notes.accept("could not delete " + dir + " (" + e.getMessage() + "); it was moved to " + aside
                    + ", delete it by hand");
        }
    }

    static boolean isEmpty(Path dir) throws IOException {
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
