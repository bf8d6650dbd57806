package io.github.dossier.raw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The items of a Zotero RDF export, as Zotero's "Zotero RDF" translator writes them: each regular item a resource
 * with a {@code z:itemType} (a {@code bib:Article}, {@code bib:Document}, {@code rdf:Description} …), its creators in
 * {@code bib:authors}' {@code rdf:Seq} of {@code foaf:Person}s, its publication the {@code dc:title} of the resource it
 * {@code dcterms:isPartOf} (a {@code bib:Journal}, {@code bib:Newspaper}, {@code z:Website}, through a section's
 * {@code bib:Part}), its address in {@code dc:identifier}'s {@code dcterms:URI}, its attachments {@code link:link}s
 * to {@code z:Attachment}s whose {@code z:path} is the file the export wrote. Names are read by their namespaces, not
 * their prefixes. jsoup's XML parser reads the file: it expands no entity of the file's own and fetches nothing.
 *
 * <pre>{@code
 * <bib:Article rdf:about="#item_12"><z:itemType>newspaperArticle</z:itemType> <dc:title>…</dc:title>
 *   <link:link rdf:resource="#item_13"/> …</bib:Article>
 * <z:Attachment rdf:about="#item_13"><z:path rdf:resource="files/13/story.html"/> <link:type>text/html</link:type>
 * }</pre>
 */
final class ZoteroRdf {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String Z = "http://www.zotero.org/namespaces/export#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String BIB = "http://purl.org/net/biblio#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String LINK = "http://purl.org/rss/1.0/modules/link/";

    /** Item types that are no article: a file, a note. */
    private static final Set<String> NOT_ARTICLES = Set.of("attachment", "note");
    /** What an item is part of that is not its publication: its section, its series. */
    private static final Set<String> NOT_PUBLICATIONS = Set.of(BIB + "Part", BIB + "Series");
    /** Fields a publication's title is kept in when no container resource holds it. */
    private static final List<String> PUBLICATION_FIELDS = List.of("publicationTitle", "websiteTitle", "blogTitle",
            "forumTitle", "proceedingsTitle", "bookTitle");

    /**
     * A file attached to an item.
     *
     * @param path the export's {@code z:path}, relative to the RDF file's folder as written
     * @param type its MIME type ({@code link:type}), or "" when not given
     */
    record Attachment(String path, String type) {
    }

    /**
     * A regular item.
     *
     * @param about       its resource name ({@code #item_12}, its URL, {@code urn:isbn:…})
     * @param title       its title, or ""
     * @param note        its curated fields
     * @param attachments its files, in the order the item links them
     */
    record Item(String about, String title, SourceNote note, List<Attachment> attachments) {
    }

    private final Map<String, String> namespaces = new HashMap<>();
    private final Map<String, Element> resources = new HashMap<>();
    private final Element root;

    private ZoteroRdf(Document doc) {
        Element first = doc.children().isEmpty() ? doc : doc.child(0);
        this.root = first;
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                if (a.getKey().startsWith("xmlns:")) {
                    namespaces.putIfAbsent(a.getKey().substring(6), a.getValue());
                }
            });
        }
        for (Element e : root.children()) {
            String about = attr(e, RDF, "about");
            if (!about.isEmpty()) {
                resources.putIfAbsent(about, e);
            }
        }
    }

    /** The regular items of an export's text, in the order the file holds them. */
    static List<Item> items(String xml) {
        ZoteroRdf rdf = new ZoteroRdf(Jsoup.parse(xml, "", Parser.xmlParser()));
        List<Item> items = new ArrayList<>();
        for (Element e : rdf.root.children()) {
            String type = rdf.text(e, Z, "itemType");
            if (!type.isEmpty() && !NOT_ARTICLES.contains(type)) {
                items.add(rdf.item(e));
            }
        }
        return items;
    }

    private Item item(Element e) {
        String title = text(e, DC, "title");
        Optional<String> url = url(e);
        SourceNote note = new SourceNote(url, NotedDates.day(accessDate(e)), nonEmpty(title), authors(e),
                publication(e, 0), NotedDates.day(text(e, DC, "date")));
        List<Attachment> attachments = new ArrayList<>();
        for (Element link : children(e, LINK, "link")) {
            Element a = node(link);
            if (a != null && (is(a, Z, "Attachment") || text(a, Z, "itemType").equals("attachment"))) {
                Element path = child(a, Z, "path");
                String p = path == null ? "" : attr(path, RDF, "resource").isEmpty() ? path.text().strip()
                        : attr(path, RDF, "resource");
                if (!p.isEmpty()) {
                    attachments.add(new Attachment(p, text(a, LINK, "type")));
                }
            }
        }
        return new Item(attr(e, RDF, "about"), title, note, attachments);
    }

    /** The item's access date: a {@code dcterms:dateSubmitted}, unless the item is a letter (when it is the sent date). */
    private String accessDate(Element e) {
        return text(e, Z, "itemType").equals("email") ? "" : text(e, DCTERMS, "dateSubmitted");
    }

    /** The web address in the item's {@code dc:identifier}, else its resource name when that is one. */
    private Optional<String> url(Element e) {
        for (Element id : children(e, DC, "identifier")) {
            Element uri = node(id);
            if (uri != null) {
                String v = text(uri, RDF, "value");
                if (v.matches("(?i)https?://\\S+")) {
                    return Optional.of(v);
                }
            }
        }
        String about = attr(e, RDF, "about");
        return about.matches("(?i)https?://\\S+") ? Optional.of(about) : Optional.empty();
    }

    /** "Given Surname" of each author in order; a name in one field (an institution) as it is. */
    private List<String> authors(Element e) {
        List<String> names = new ArrayList<>();
        Element seq = node(child(e, BIB, "authors"));
        for (Element li : seq == null ? List.<Element>of() : children(seq, RDF, "li")) {
            Element person = node(li);
            if (person == null) {
                continue;
            }
            String name = (text(person, FOAF, "givenName") + " " + text(person, FOAF, "surname")).strip()
                    .replaceAll("\\s+", " ");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The title of what the item is part of, through its section; else a field that holds it. */
    private Optional<String> publication(Element e, int depth) {
        for (Element part : children(e, DCTERMS, "isPartOf")) {
            Element container = node(part);
            if (container == null || depth > 3) {
                continue;
            }
            if (NOT_PUBLICATIONS.contains(name(container))) {
                Optional<String> inner = publication(container, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
                continue;
            }
            String title = text(container, DC, "title");
            if (!title.isEmpty()) {
                return Optional.of(title);
            }
        }
        for (String field : PUBLICATION_FIELDS) {
            String v = depth == 0 ? text(e, Z, field) : "";
            if (!v.isEmpty()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The resource a property names: the element it holds, or the one its {@code rdf:resource} names. */
    private Element node(Element property) {
        if (property == null) {
            return null;
        }
        if (!property.children().isEmpty()) {
            return property.child(0);
        }
        String ref = attr(property, RDF, "resource");
        return ref.isEmpty() ? null : resources.get(ref);
    }

    /** An element's name as namespace and local name: "http://purl.org/net/biblio#Article". */
    private String name(Element e) {
        String tag = e.tagName();
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : namespaces.getOrDefault(tag.substring(0, colon), tag.substring(0, colon) + ":")
                + tag.substring(colon + 1);
    }

    private boolean is(Element e, String namespace, String local) {
        return name(e).equals(namespace + local);
    }

    private List<Element> children(Element e, String namespace, String local) {
        return e.children().stream().filter(c -> is(c, namespace, local)).toList();
    }

    private Element child(Element e, String namespace, String local) {
        return e.children().stream().filter(c -> is(c, namespace, local)).findFirst().orElse(null);
    }

    /** The text of an element's first child of that name, stripped; "" when it has none. */
    private String text(Element e, String namespace, String local) {
        Element c = child(e, namespace, local);
        return c == null ? "" : c.text().strip();
    }

    /** An attribute by its namespace, whatever its prefix. */
    private String attr(Element e, String namespace, String local) {
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            int colon = a.getKey().indexOf(':');
            if (colon > 0 && a.getKey().substring(colon + 1).equals(local)
                    && namespace.equals(namespaces.get(a.getKey().substring(0, colon)))) {
                return a.getValue().strip();
            }
        }
        return "";
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
