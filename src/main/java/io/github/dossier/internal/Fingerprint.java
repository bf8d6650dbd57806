package io.github.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** SHA-256 fingerprints: of text, and of the engine's own code (so that a new Dossier never reuses old results). */
public final class Fingerprint {

    private static volatile String engine;

    private Fingerprint() {
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hex SHA-256 of {@code text} in UTF-8. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    /**
     * A file's size, modification time (as precise as the file system keeps it) and identity (its inode, where the
     * file system has one), which change whenever anyone writes it or replaces it: enough to tell that a file is as
     * it was left, without reading it. Empty when {@code file} is not a regular file.
     */
    public static String stamp(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return "";
        }
        return a.isRegularFile() ? stamp(a) : "";
    }

    /** The {@link #stamp} of a regular file whose attributes were read. */
    public static String stamp(BasicFileAttributes a) {
        return a.size() + "@" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                + (a.fileKey() == null ? "" : "@" + a.fileKey());
    }

    /**
     * The modification time a {@link #stamp} records, in nanoseconds since the epoch, or {@link Long#MIN_VALUE} when
     * the stamp records none (empty, or not a stamp).
     */
    public static long stampNanos(String stamp) {
        String[] parts = stamp.split("@");
        return parts.length >= 2 && parts[1].matches("-?\\d{1,19}") ? Long.parseLong(parts[1]) : Long.MIN_VALUE;
    }

    /** The engine's code: the jar, or every file of the classes directory it runs from. Computed once. */
    public static String engine() {
        String e = engine;
        if (e == null) {
            e = computeEngine();
            engine = e;
        }
        return e;
    }

    private static String computeEngine() {
        MessageDigest sha = sha();
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            } else if (Files.isRegularFile(code)) {
                try (InputStream in = Files.newInputStream(code)) {
                    sha.update(in.readAllBytes());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            return "unknown-" + System.nanoTime(); // never matches: nothing is reused
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
