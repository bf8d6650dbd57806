package io.github.dossier.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives: WARC files ({@code .warc}, {@code .warc.gz}, as GNU Wget, Heritrix, Browsertrix and pywb write them)
 * and WACZ packages ({@code .wacz}: a zip of WARCs under {@code archive/}, from ArchiveWeb.page and Browsertrix), read
 * with jwarc.
 *
 * <p>Each HTML response with status 200 (and each HTML {@code resource} record) is an article, named
 * {@code crawl.warc.gz#<target URI>}; where an address was captured more than once, the last capture. Its note
 * records the capture's day ({@code WARC-Date}) as {@code accessed} and the target URI as the address it was fetched
 * from, which the page's own canonical address may better. Everything else is counted by reason, no article:
 * requests, revisits, metadata, redirects, other statuses, payloads that are not HTML (stylesheets, images, scripts).
 *
 * <p>Archives are streamed record by record (a gzipped WARC is a gzip member per record): listing one holds a line
 * per article, never a payload, and reading an article seeks to its record. Stateless and thread-safe.
 */
final class WebArchive implements Container {

    static final WebArchive DEFAULT = new WebArchive();

    /** Media types read as web pages. */
    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    @Override
    public Listing list(Path rawRoot, Path file) throws RawInputException {
        String source = RawReader.sourceName(rawRoot, file);
        Path real = RawReader.inside(rawRoot, file, source, -1);
        Map<String, Entry> byTarget = new LinkedHashMap<>();
        Map<String, Instant> captured = new java.util.HashMap<>();
        Map<String, Integer> passed = new TreeMap<>();
        boolean[] gzip = {false};
        List<String> skipped = new ArrayList<>();
        try {
            if (isWacz(file)) {
                try (ZipFile zip = new ZipFile(real.toFile())) {
                    for (ZipEntry warc : warcs(zip)) {
                        if (warc.getMethod() != ZipEntry.STORED) {
                            // Each article would be inflated from the WARC's start: the WACZ format stores WARCs.
                            skipped.add(source + "#" + warc.getName() + ": is compressed inside the package, which "
                                    + "WACZ does not allow; its pages were not read (unzip the package, or repack it "
                                    + "storing its WARCs)");
                            continue;
                        }
                        try (InputStream in = zip.getInputStream(warc); WarcReader reader = new WarcReader(in)) {
                            scan(source, warc.getName() + "@", reader, byTarget, captured, passed);
                        }
                    }
                }
            } else {
                try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ);
                        WarcReader reader = new WarcReader(channel)) {
                    try {
                        scan(source, "", reader, byTarget, captured, passed);
                    } finally {
                        gzip[0] = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new RawInputException(source, "disappeared while the build was reading it");
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (byTarget.isEmpty()) {
                throw new RawInputException(source, "is not a web archive that can be read: " + e.getMessage());
            }
            // What the archive held before the damage stands; the rest is counted.
            passed.merge("unreadable rest of the archive (" + e.getMessage() + ")", 1, Integer::sum);
        }
        if (gzip[0]) {
            try {
                memberByRecord(source, real, byTarget.values());
            } catch (RawInputException e) {
                throw e;
            } catch (IOException e) {
                throw new RawInputException(source, "cannot be read: " + e.getMessage());
            }
        }
        return new Listing(new ArrayList<>(byTarget.values()), new TreeMap<>(passed), skipped);
    }

    @Override
    public RawDocument read(Path rawRoot, Path file, Entry entry) throws RawInputException {
        Path real = RawReader.inside(rawRoot, file, entry.source(), -1);
        String locator = entry.locator();
        int at = locator.lastIndexOf('@');
        long offset;
        try {
            offset = Long.parseLong(locator.substring(at + 1));
        } catch (NumberFormatException e) {
            throw new RawInputException(entry.source(), "has no record at " + locator + " in its archive");
        }
        try {
            if (at >= 0) {
                try (ZipFile zip = new ZipFile(real.toFile())) {
                    ZipEntry warc = zip.getEntry(locator.substring(0, at));
                    if (warc == null) {
                        throw new RawInputException(entry.source(), "its archive has no " + locator.substring(0, at));
                    }
                    try (InputStream in = zip.getInputStream(warc)) {
                        in.skipNBytes(offset);
                        try (WarcReader reader = new WarcReader(in)) {
                            return page(entry, reader);
                        }
                    }
                }
            }
            try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ)) {
                channel.position(offset);
                try (WarcReader reader = new WarcReader(channel)) {
                    return page(entry, reader);
                }
            }
        } catch (NoSuchFileException e) {
            throw new RawInputException(entry.source(), "its archive disappeared while the build was reading it");
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new RawInputException(entry.source(), "its record cannot be read: " + e.getMessage());
        }
    }

    /** Lists the records {@code reader} holds, their places prefixed with {@code prefix}. */
    private static void scan(String source, String prefix, WarcReader reader, Map<String, Entry> byTarget,
            Map<String, Instant> captured, Map<String, Integer> passed) throws IOException {
        reader.onWarning(warning -> { }); // a lenient read of what real crawlers write; damage is an exception
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            WarcRecord record = next.get();
            long position = reader.position();
            String reason;
            try {
                reason = reason(record);
                if (reason == null) {
                    ((org.netpreserve.jwarc.WarcTargetRecord) record).target();
                    record.date();
                }
            } catch (RuntimeException e) { // no WARC-Target-URI, a WARC-Date that is no date
                reason = "record without a target address or a date";
            }
            if (reason != null) {
                passed.merge(reason, 1, Integer::sum);
                continue;
            }
            String target = ((org.netpreserve.jwarc.WarcTargetRecord) record).target();
            String name = printable(target);
            Instant date = record.date();
            Instant before = captured.get(name);
            if (before != null) {
                passed.merge("earlier capture of an address captured again", 1, Integer::sum);
                if (date.isBefore(before)) {
                    continue;
                }
                byTarget.remove(name); // the later capture, in the archive's order
            }
            captured.put(name, date);
            LocalDate day = LocalDate.ofInstant(date, ZoneOffset.UTC);
            SourceNote note = new SourceNote(Optional.empty(), Optional.of(day), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty(), Optional.of(target));
            byTarget.put(name, new Entry(source + "#" + name, prefix + position, note, List.of()));
        }
    }

    /** Why a record is no article, or {@code null} when it is one. */
    private static String reason(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            String target = response.target().toLowerCase(Locale.ROOT);
            if (!target.startsWith("http:") && !target.startsWith("https:")) {
                return "response to " + target.split(":", 2)[0] + ": (no web page)";
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                return "response that is not HTTP";
            }
            int status = http.status();
            if (status >= 300 && status < 400) {
                return "redirect";
            }
            if (status != 200) {
                return "status " + status;
            }
            return html(http.contentType()) ? null : "not HTML: " + type(http.contentType());
        }
        if (record instanceof WarcResource resource) {
            String target = resource.target().toLowerCase(Locale.ROOT);
            return (target.startsWith("http:") || target.startsWith("https:")) && html(resource.contentType()) ? null
                    : "resource record that is no web page";
        }
        return switch (record.type()) {
            case "request" -> "request";
            case "revisit" -> "revisit (a capture of something seen before)";
            case "metadata" -> "metadata";
            case "warcinfo" -> "warcinfo (the archive's own description)";
            default -> record.type() + " record";
        };
    }

    /** The page an article's record holds: its payload, decoded as its HTTP header says. */
    private static RawDocument page(Entry entry, WarcReader reader) throws IOException, RawInputException {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty() || !(next.get() instanceof org.netpreserve.jwarc.WarcTargetRecord record)
                || !record.target().equals(entry.note().captured().orElse(null))) {
            throw new RawInputException(entry.source(), "its record is no longer where the archive's listing said");
        }
        MediaType type;
        InputStream body;
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            type = http.contentType();
            body = http.bodyDecoded().stream();
        } else {
            type = record.contentType();
            body = record.body().stream();
        }
        byte[] bytes = body.readNBytes((int) RawReader.MAX_BYTES + 1);
        if (bytes.length > RawReader.MAX_BYTES) {
            throw new RawInputException(entry.source(), "is over " + RawReader.MAX_BYTES / 1_000_000
                    + " MB; no article is, so it was skipped");
        }
        return RawReader.DEFAULT.decode(entry.source(), RawDocument.Format.HTML, bytes, charset(type))
                .withNote(entry.note());
    }

    /**
     * Refuses a gzipped WARC whose articles do not each begin a gzip member: one compressed as a whole ({@code gzip
     * crawl.warc}) can only be read from its start, not record by record.
     */
    private static void memberByRecord(String source, Path file, java.util.Collection<Entry> entries)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer magic = java.nio.ByteBuffer.allocate(2);
            for (Entry e : entries) {
                magic.clear();
                channel.read(magic, Long.parseLong(e.locator()));
                if (magic.position() < 2 || (magic.get(0) & 0xFF) != 0x1F || (magic.get(1) & 0xFF) != 0x8B) {
                    throw new RawInputException(source, "is gzipped as one stream, not record by record as web archivers"
                            + " write it; gunzip it (a .warc is read as it is) or recompress it record by record");
                }
            }
        }
    }

    /** The WARCs of a WACZ, in the order of their names. */
    private static List<ZipEntry> warcs(ZipFile zip) {
        List<ZipEntry> out = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && name.startsWith("archive/")
                    && (name.endsWith(".warc") || name.endsWith(".warc.gz"))) {
                out.add(entry);
            }
        }
        out.sort(java.util.Comparator.comparing(ZipEntry::getName));
        return out;
    }

    private static boolean isWacz(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wacz");
    }

    private static boolean html(MediaType type) {
        return type != null && HTML_TYPES.contains(type(type));
    }

    private static String type(MediaType type) {
        // jwarc's isValid() refuses some types real servers send (Python's "Content-type: text/html"); its parts do not.
        return type == null || type.type() == null || type.type().isEmpty() ? "no type"
                : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    /** The charset a media type names, or {@code null} when it names none the JDK knows. */
    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.parameters().get("charset");
        try {
            return name == null ? null : Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An address as a source names it: control characters (which no address holds) shown as U+FFFD. */
    private static String printable(String target) {
        return target.strip().replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "\uFFFD");
    }
}
