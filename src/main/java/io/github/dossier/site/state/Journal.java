package io.github.dossier.site.state;

import io.github.dossier.internal.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An update in place, as a journal in the patch directory: the files to put in place (from the patch) and to delete,
 * one per line, then {@code end}. Written before the first rename, so that a build killed mid-commit is finished by
 * the next one ({@link #finish}); each file replaced or deleted waits in the old directory until the end, so that a
 * rename that fails puts back every file already replaced ({@link #commit}).
 *
 * <pre>
 * put briefs/china-russia-ties.html
 * delete briefs/page-3/index.html
 * end
 * </pre>
 */
final class Journal {

    static final String FILE = ".dossier-journal";

    private final Path patch;
    private final Path target;
    private final Path old;
    private final Consumer<String> notes;

    /** The journal in {@code patch} of an update of the site at {@code target}, replaced files moved to {@code old}. */
    Journal(Path patch, Path target, Path old, Consumer<String> notes) {
        this.patch = patch;
        this.target = target;
        this.old = old;
        this.notes = notes;
    }

    /** Whether an update left its journal, whole (written atomically), in the patch directory. */
    boolean written() {
        return Files.isRegularFile(patch.resolve(FILE));
    }

    /** Writes the journal: the files of the patch to {@code put} in place, the files of the site to {@code delete}. */
    void write(Collection<String> put, Collection<String> delete) throws IOException {
        StringBuilder journal = new StringBuilder();
        put.forEach(p -> journal.append("put ").append(p).append('\n'));
        delete.forEach(p -> journal.append("delete ").append(p).append('\n'));
        journal.append("end\n");
        AtomicFile.write(patch.resolve(FILE), journal.toString());
    }

    /** Carries out the journal; a rename that fails puts back every file already replaced or deleted, and is thrown. */
    void commit() throws IOException {
        List<String[]> done = new ArrayList<>();
        try {
            apply(read(), done);
        } catch (IOException e) {
            undo(done);
            throw e;
        }
    }

    /** Finishes the journal an interrupted build left: what it had carried out already is skipped. */
    void finish() throws IOException {
        apply(read(), new ArrayList<>());
    }

    /** The operations of the journal: {put|delete, path}; a journal without its end is none. */
    private List<String[]> read() throws IOException {
        List<String> lines = Files.readAllLines(patch.resolve(FILE), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("end")) {
            throw new IOException("incomplete journal " + patch.resolve(FILE));
        }
        List<String[]> ops = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] op = line.split(" ", 2);
            if (op.length != 2 || !op[0].equals("put") && !op[0].equals("delete") || op[1].isEmpty()) {
                throw new IOException("damaged journal " + patch.resolve(FILE) + ": " + line);
            }
            ops.add(op);
        }
        return ops;
    }

    /**
     * Carries out {@code ops}: each file of the site that is replaced or deleted is first moved to the old directory,
     * then the new one moved into place. An operation already carried out (its new file no longer in the patch, the
     * file to delete already gone) is skipped, so that a journal can be finished by a later build. Each operation
     * carried out is added to {@code done}.
     */
    private void apply(List<String[]> ops, List<String[]> done) throws IOException {
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
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
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
}
