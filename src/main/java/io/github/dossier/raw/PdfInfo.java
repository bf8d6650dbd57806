package io.github.dossier.raw;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a PDF says of itself: its document information dictionary and its XMP packet (Dublin Core, XMP basic,
 * PRISM), XMP first where both say. A title that names a file ("report_final.docx", "Microsoft Word - x") or says
 * nothing is no title. Whether a browser printed the PDF (Skia, Chromium, WebKit, Gecko): then its creation date is
 * the day the page was printed, not the day the article was published. Stateless.
 *
 * @param title     the title, when the PDF states one worth reading
 * @param authors   the authors, in order
 * @param published the day of publication, when stated (PRISM, {@code dc:date}) or when the PDF was made by a
 *                  program other than a browser (its creation date)
 * @param printed   the day a browser printed the page, when it did
 * @param language  the language the document declares, when it does
 * @param browser   whether a browser printed it
 */
record PdfInfo(Optional<String> title, List<String> authors, Optional<LocalDate> published,
        Optional<LocalDate> printed, Optional<String> language, boolean browser) {

    private static final Pattern BROWSER = Pattern.compile("(?i)skia|chrom|mozilla|webkit|gecko|firefox|safari|"
            + "wkhtmltopdf|edge");
    private static final Pattern FILE_TITLE = Pattern.compile("(?i)^(?:microsoft \\w+ - .*|.*\\.(?:docx?|pdf|indd|qxd|"
            + "tex|dvi|ps|rtf|odt|pptx?|xlsx?|html?|pages|key)|untitled.*|\\W*)$");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    /** The largest XMP packet parsed. */
    private static final int XMP_MAX = 1 << 20;
    private static final String PRISM = "http://prismstandard.org/namespaces/basic/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";

    /** What {@code doc} says of itself. */
    static PdfInfo of(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Document xmp = xmp(doc);
        String producer = join(info.getProducer(), info.getCreator(), first(xmp, PDF, "Producer"),
                first(xmp, XMP, "CreatorTool"));
        boolean browser = BROWSER.matcher(producer).find();
        Optional<String> title = Optional.ofNullable(first(xmp, DC, "title")).or(() -> Optional.ofNullable(info.getTitle()))
                .map(t -> t.strip().replaceAll("\\s+", " ")).filter(t -> !FILE_TITLE.matcher(t).matches())
                .filter(t -> t.codePoints().anyMatch(Character::isLetter));
        List<String> authors = all(xmp, DC, "creator");
        if (authors.isEmpty() && info.getAuthor() != null) {
            authors = List.of(info.getAuthor().split(";"));
        }
        authors = authors.stream().map(String::strip).filter(a -> a.codePoints().anyMatch(Character::isLetter))
                .filter(a -> !a.contains("@") && !a.matches(".*\\d.*") && !producer.contains(a)).distinct().toList();
        Optional<LocalDate> created = day(first(xmp, XMP, "CreateDate")).or(() -> day(info.getCreationDate()));
        Optional<LocalDate> stated = day(first(xmp, PRISM, "publicationDate")).or(() -> day(first(xmp, PRISM, "coverDate")))
                .or(() -> day(first(xmp, DC, "date")));
        Optional<LocalDate> published = stated.or(() -> browser ? Optional.empty() : created);
        String lang = doc.getDocumentCatalog().getLanguage();
        return new PdfInfo(title, authors, published, browser ? created : Optional.empty(),
                Optional.ofNullable(lang).map(String::strip).filter(l -> l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")),
                browser);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(p == null ? "" : p).append(' ');
        }
        return sb.toString();
    }

    /** The XMP packet parsed, or null when there is none or it is not well-formed. */
    private static Document xmp(PDDocument doc) {
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta == null) {
            return null;
        }
        // An XMP packet is a few kilobytes; a larger one (a compression bomb) is no packet worth parsing.
        try (InputStream whole = meta.exportXMPMetadata();
                InputStream in = new java.io.ByteArrayInputStream(whole.readNBytes(XMP_MAX + 1))) {
            if (in.available() > XMP_MAX) {
                return null;
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            return f.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            return null;
        }
    }

    /** The first value of a property, whether an element (its first {@code rdf:li} or its text) or an attribute. */
    private static String first(Document xmp, String ns, String name) {
        List<String> all = all(xmp, ns, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> all(Document xmp, String ns, String name) {
        List<String> out = new ArrayList<>();
        if (xmp == null) {
            return out;
        }
        NodeList els = xmp.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < els.getLength(); i++) {
            Element e = (Element) els.item(i);
            NodeList lis = e.getElementsByTagNameNS(RDF, "li");
            if (lis.getLength() == 0) {
                add(out, e.getTextContent());
            }
            for (int j = 0; j < lis.getLength(); j++) {
                add(out, lis.item(j).getTextContent());
            }
        }
        NodeList descriptions = xmp.getElementsByTagNameNS(RDF, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Node a = descriptions.item(i).getAttributes().getNamedItemNS(ns, name);
            if (a != null) {
                add(out, a.getNodeValue());
            }
        }
        return out;
    }

    private static void add(List<String> out, String v) {
        if (v != null && !v.isBlank()) {
            out.add(v.strip());
        }
    }

    private static Optional<LocalDate> day(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DAY.matcher(iso.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(Calendar c) {
        if (c == null) {
            return Optional.empty();
        }
        return plausible(c.toInstant().atZone(c.getTimeZone().toZoneId()).toLocalDate());
    }

    /** PDFs exist since 1993; an earlier day is a default of the program that wrote it. */
    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.getYear() >= 1993 ? Optional.of(d) : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PdfInfo[%s, %s, %s, %s]", title, authors, published, printed);
    }
}
