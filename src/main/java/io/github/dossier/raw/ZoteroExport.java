package io.github.dossier.raw;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Zotero collection exported as Zotero RDF with its files ("Export Collection… → Zotero RDF, Export Files"):
 * {@code Name/Name.rdf} beside {@code Name/files/<n>/<file>}. Each regular item is an article (not its attachments,
 * not its notes): its text is its first HTML snapshot, else its first PDF, and its curated fields ({@link ZoteroRdf})
 * are its {@link SourceNote}, which win over what extraction finds. An item's {@code source} is the export's, {@code
 * #}, and the item's resource name ({@code export.rdf#item_12}, or its address when Zotero named it so), the same from
 * export to export of the same library. An item without a snapshot or PDF gives no brief and is named; a file path
 * that leads out of the raw folder (hostile data: {@code ../../etc/passwd}, an absolute path) is refused, and named.
 *
 * <pre>{@code
 * Listing l = ZoteroExport.DEFAULT.list(raw, raw.resolve("zotero/zotero.rdf"));
 * RawDocument doc = ZoteroExport.DEFAULT.read(raw, raw.resolve("zotero/zotero.rdf"), l.entries().get(0));
 * }</pre>
 */
final class ZoteroExport implements Container {

    static final ZoteroExport DEFAULT = new ZoteroExport();

    /** The largest export read: a library of some ten thousand items with their notes. */
    static final long MAX_BYTES = 100_000_000;
    /** The longest item name kept in a source: an address can be long, a brief's source need not be. */
    private static final int MAX_NAME = 200;

    @Override
    public Listing list(Path rawRoot, Path file) throws RawInputException {
        String source = RawReader.sourceName(rawRoot, file);
        List<ZoteroRdf.Item> items;
        try {
            items = ZoteroRdf.items(new String(RawReader.bytes(rawRoot, file, MAX_BYTES), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new RawInputException(source, "cannot be read as Zotero RDF: " + e.getMessage());
        }
        if (items.isEmpty()) {
            // An RDF file of another kind (an RSS 1.0 feed, a vocabulary) is said, not passed over in silence.
            throw new RawInputException(source, "holds no Zotero item (is it a Zotero RDF export?); skipped");
        }
        Path root = rawRoot.toAbsolutePath().normalize();
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<Entry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // Every file an item attaches is the export's, whatever becomes of the item: none is an article of its own.
        List<Path> claimed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int position = 0;
        for (ZoteroRdf.Item item : items) {
            // Named by its place in the export where it has no name of its own, whatever became of the others.
            String name = source + "#" + name(item.about(), position++);
            String label = name + (item.title().isEmpty() ? "" : " “" + oneLine(item.title()) + "”");
            List<Path> files = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            Path html = null;
            Path pdf = null;
            for (ZoteroRdf.Attachment a : item.attachments()) {
                Optional<Path> path = resolve(root, folder, a.path());
                if (path.isEmpty()) {
                    // Without "Export Files", Zotero writes where its own storage keeps the file.
                    refused.add("its attachment '" + oneLine(a.path()) + (absolute(a.path())
                            ? "' is no file of the export (exported without “Export Files”?)"
                            : "' lies outside the raw folder") + ", refused");
                    continue;
                }
                claimed.add(path.get());
                if (!Files.isRegularFile(path.get())) {
                    continue;
                }
                files.add(path.get());
                html = html == null && isHtml(a, path.get()) ? path.get() : html;
                pdf = pdf == null && isPdf(a, path.get()) ? path.get() : pdf;
            }
            if (!names.add(name)) {
                skipped.add(label + ": a second item of the same name in the export; skipped");
                continue;
            }
            Path text = html != null ? html : pdf;
            if (text == null) {
                // One line an item: what was refused is why it has nothing to read.
                skipped.add(label + ": " + (refused.isEmpty() ? "no snapshot or PDF attached"
                        : String.join("; ", refused)) + "; skipped");
                continue;
            }
            entries.add(new Entry(name, RawReader.sourceName(rawRoot, text), item.note(), files));
        }
        return new Listing(entries, new java.util.TreeMap<>(), skipped, claimed);
    }

    @Override
    public RawDocument read(Path rawRoot, Path file, Entry entry) throws RawInputException {
        Path root = rawRoot.toAbsolutePath().normalize();
        Optional<Path> attachment = resolve(root, root, entry.locator());
        if (attachment.isEmpty()) {
            throw new RawInputException(entry.source(), "its attachment lies outside the raw folder; refused");
        }
        RawDocument doc = RawReader.DEFAULT.read(rawRoot, attachment.get());
        // The curated fields first; what the attachment records of its saving (an MHTML's header) under them. A
        // snapshot's SingleFile comment is the page's, read by the cleaner after both.
        return new RawDocument(entry.source(), doc.format(), doc.text(), entry.note().over(doc.note()));
    }

    /**
     * The file {@code path} names, read against {@code folder}, when it lies under {@code root}: an absolute path,
     * a URI ({@code file:///…}) or one that climbs out is empty. A path as the export percent-encodes it is read too.
     */
    static Optional<Path> resolve(Path root, Path folder, String path) {
        if (path.isEmpty() || absolute(path) || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path p = folder.resolve(path).normalize();
            if (!p.startsWith(root)) {
                return Optional.empty();
            }
            if (!Files.exists(p) && path.contains("%")) {
                return resolve(root, folder, URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            return Optional.of(p);
        } catch (IllegalArgumentException e) { // an InvalidPathException, a bad percent-escape
            return Optional.empty();
        }
    }

    /**
     * The item's name in the export: its resource name without the leading {@code #}, on one line, without what a
     * file path or a YAML line would read otherwise; its place in the file when it has none.
     */
    static String name(String about, int index) {
        String n = about.replaceFirst("^#", "").replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s\"'<>`\\\\]", "");
        // A long address cut short keeps a hash of the whole, so that two that differ past the cut stay two.
        n = n.length() > MAX_NAME ? n.substring(0, MAX_NAME) + "~" + io.github.dossier.internal.Fingerprint.of(n)
                .substring(0, 8) : n;
        return n.isEmpty() ? "item-" + (index + 1) : n;
    }

    /** A path from the root of a file system, a drive or a URI ({@code file:}, {@code storage:}): no export's own. */
    private static boolean absolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }

    private static boolean isHtml(ZoteroRdf.Attachment a, Path p) {
        String type = a.type().toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml")
                || type.isEmpty() && RawDocument.Format.forFileName(p.getFileName().toString()) == RawDocument.Format.HTML;
    }

    private static boolean isPdf(ZoteroRdf.Attachment a, Path p) {
        return a.type().toLowerCase(Locale.ROOT).startsWith("application/pdf")
                || a.type().isEmpty() && PdfText.reads(p.getFileName().toString());
    }

    /** A text on one line, without controls, cut to a length a message can show. */
    private static String oneLine(String s) {
        String line = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }
}
