package io.github.dossier.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written whole or not at all: a reader never sees half a file, and a crash leaves the old one. The text goes
 * to a new file of a random name beside the target, made for this write alone (never one that exists: a link planted
 * there is not followed), then renamed over the target, which replaces a link at the target rather than writing
 * through it.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** The temporary files {@link #write} makes: ".name.<hex>.tmp". */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    /**
     * Removes from {@code directory} the temporary files of writes that a killed process left (its random names are
     * never taken again): those a minute old or more.
     */
    public static void removeLeftovers(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".*.tmp")) {
            for (Path f : files) {
                // A minute old at least: a write under way (the preview's, beside a build) takes milliseconds.
                if (TEMPORARY.matcher(f.getFileName().toString()).matches()
                        && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(f).toMillis() < System.currentTimeMillis() - 60_000) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Writes {@code text} to {@code file} through a temporary file in the same directory, then a rename. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file} through a temporary file in the same directory, then a rename. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Temporary tmp = temporary(file);
        try {
            try (OutputStream out = tmp.out()) {
                out.write(bytes);
            }
            replace(tmp.path(), file);
        } finally {
            Files.deleteIfExists(tmp.path());
        }
    }

    /**
     * Writes {@code bytes} to {@code file} only if no file (nor link) is there, never over one that appears meanwhile
     * (a curator's). Returns whether it was written.
     */
    public static boolean create(Path file, byte[] bytes) throws IOException {
        Temporary tmp = temporary(file);
        try {
            try (OutputStream out = tmp.out()) {
                out.write(bytes);
            }
            Files.move(tmp.path(), file); // no REPLACE_EXISTING: a file or link there makes it fail
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp.path());
        }
    }

    /** A temporary file made for one write: its path, and the stream that fills it. */
    public record Temporary(Path path, OutputStream out) {
    }

    /**
     * A new temporary file beside {@code file}, of a random name, created here and now ({@code CREATE_NEW}: a file
     * or link already at that name makes it fail, so nothing planted is ever written through).
     */
    public static Temporary temporary(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return new Temporary(tmp, Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 8) {
                    throw e;
                }
            }
        }
    }

    /** Renames {@code tmp} over {@code file} (a link at {@code file} is replaced, not written through). */
    public static void replace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
