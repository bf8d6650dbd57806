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
        Path tmp = file.resolveSibling("." + file.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
