package io.github.dossier.raw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads raw article files: decides the encoding, decodes, and normalises. Never writes.
 *
 * <p>Encoding, in order: a byte-order mark (UTF-8, UTF-16 LE/BE); strict UTF-8; for HTML, the page's own
 * {@code <meta charset>}; otherwise Windows-1252, the encoding of most old scrapes. Files that look binary
 * (NUL bytes) are refused with a reason. Thread-safe.
 *
 * <pre>{@code
 * RawDocument doc = RawReader.DEFAULT.read(rawDir, rawDir.resolve("000_c5c357d6ed771a28.txt"));
 * }</pre>
 */
public final class RawReader {

    public static final RawReader DEFAULT = new RawReader(TextNormalizer.DEFAULT);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 8192;
    /** The largest file read: ten times a long article saved as HTML with its scripts and styles inline. */
    static final long MAX_BYTES = 16_000_000;

    private final TextNormalizer normalizer;

    public RawReader(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Whether Dossier reads a file of this name: an article file, a PDF, an MHTML page or a {@link Container}. */
    public static boolean reads(String name) {
        return RawDocument.Format.forFileName(name) != null || PdfText.reads(name) || Mhtml.reads(name)
                || Container.forFileName(name) != null;
    }

    /**
     * Reads {@code file}, which lies under {@code rawRoot}: a text scrape, a Markdown file, a saved HTML page, an MHTML
     * page or a PDF (read to HTML).
     *
     * @throws RawInputException when the file is not a readable article (binary, empty, outside the raw folder, gone)
     */
    public RawDocument read(Path rawRoot, Path file) throws RawInputException {
        String source = sourceName(rawRoot, file);
        String name = file.getFileName().toString();
        RawDocument.Format format = RawDocument.Format.forFileName(name);
        if (PdfText.reads(name)) {
            // Read where it lies, by random access: a report of 200 MB is not held whole.
            Path real = inside(rawRoot, file, source, PdfText.MAX_BYTES);
            return document(source, RawDocument.Format.HTML, PdfText.html(source, real), SourceNote.NONE);
        }
        if (Mhtml.reads(name)) {
            return Mhtml.read(source, bytes(rawRoot, file, MAX_BYTES), this);
        }
        if (format == null) {
            throw new RawInputException(source, "not an article file (expected .txt, .md, .html, .htm, .mhtml or .pdf)");
        }
        // What SingleFile or a browser notes of a saved page's saving, the cleaner reads (PageMeta's saved:url, saved:date).
        return decode(source, format, bytes(rawRoot, file, MAX_BYTES));
    }

    /**
     * The bytes of {@code file}, which must lie under {@code rawRoot} (links followed, but not out of it) and be at
     * most {@code max} bytes long.
     */
    static byte[] bytes(Path rawRoot, Path file, long max) throws RawInputException {
        String source = sourceName(rawRoot, file);
        try {
            return Files.readAllBytes(inside(rawRoot, file, source, max));
        } catch (RawInputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new RawInputException(source, "disappeared while the build was reading it");
        } catch (IOException e) {
            throw new RawInputException(source, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The real path of {@code file}, which must lie under {@code rawRoot} (links followed, but not out of it) and be at
     * most {@code max} bytes long (no limit when negative); {@code source} names it in the reason it is refused.
     */
    static Path inside(Path rawRoot, Path file, String source, long max) throws RawInputException {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(rawRoot.toRealPath())) {
                throw new RawInputException(source, "is a link to a file outside the raw directory; skipped (copy the file "
                        + "into the raw directory if it belongs to the project)");
            }
            long size = Files.size(real);
            if (max >= 0 && size > max) {
                throw new RawInputException(source, String.format(Locale.ROOT,
                        "is %.1f MB; no article is over %d MB, so it was skipped unread (a dump of many pages?)",
                        size / 1e6, max / 1_000_000));
            }
            return real;
        } catch (NoSuchFileException e) {
            throw new RawInputException(source, "disappeared while the build was reading it");
        } catch (RawInputException e) {
            throw e;
        } catch (IOException e) {
            throw new RawInputException(source, "cannot be read: " + e.getMessage());
        }
    }

    /** Decodes bytes already in memory; {@code source} names them in messages. */
    public RawDocument decode(String source, RawDocument.Format format, byte[] bytes) throws RawInputException {
        return decode(source, format, bytes, null);
    }

    /**
     * Decodes bytes already in memory, in {@code declared} (an HTTP header's charset, or {@code null}) when they are
     * not in Unicode with a byte-order mark or valid UTF-8.
     */
    public RawDocument decode(String source, RawDocument.Format format, byte[] bytes, Charset declared)
            throws RawInputException {
        return document(source, format, decodeBytes(source, format, bytes, declared), SourceNote.NONE);
    }

    /** A document of text already decoded, normalised. */
    RawDocument document(String source, RawDocument.Format format, String text, SourceNote note)
            throws RawInputException {
        String normal = normalizer.normalize(text);
        if (normal.isBlank()) {
            throw new RawInputException(source, "is empty; skipped (save the page again, or delete the file)");
        }
        return new RawDocument(source, format, normal, note);
    }

    /**
     * The path of {@code file} relative to {@code rawRoot}, its names joined by forward slashes. Only the file
     * system's separators become slashes: on Unix, {@code a\\b.txt} is one file name and keeps its backslash.
     */
    public static String sourceName(Path rawRoot, Path file) {
        Path relative = rawRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder sb = new StringBuilder();
        for (Path name : relative) {
            sb.append(sb.length() == 0 ? "" : "/").append(name);
        }
        return sb.toString();
    }

    private String decodeBytes(String source, RawDocument.Format format, byte[] b, Charset header)
            throws RawInputException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(b)) {
            throw new RawInputException(source, "looks binary (NUL or control bytes), not text; skipped (save the page as "
                    + "HTML or text, or a PDF as .pdf)");
        }
        String utf8 = strictUtf8(b);
        if (utf8 != null) {
            return utf8;
        }
        if (header != null) {
            return new String(b, header);
        }
        if (format == RawDocument.Format.HTML) {
            Charset declared = declaredCharset(b);
            if (declared != null) {
                return new String(b, declared);
            }
        }
        return new String(b, WINDOWS_1252);
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // Browsers read "latin1"/"iso-8859-1" as Windows-1252 (WHATWG Encoding); so do we.
            return name.equals("iso-8859-1") || name.equals("latin1") ? WINDOWS_1252 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
