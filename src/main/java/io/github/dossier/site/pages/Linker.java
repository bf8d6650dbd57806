package io.github.dossier.site.pages;

import io.github.dossier.knowledge.PhraseMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first mention of each country, person, organisation and author in a brief's rendered body to its
 * page, never inside a heading or an existing link. Mentions are found by every name the knowledge files give
 * ("Beijing" and "Chinese" for China, "Nato" for NATO), but only for names the brief itself carries.
 */
final class Linker {

    /** What a phrase names: the page's path from the site root, and the name shown in its title. */
    record Target(String path, String name) {
    }

    private Linker() {
    }

    /** {@code html} with first mentions linked; {@code phrases} maps every form of a name to its target. */
    static String link(String html, Map<String, Target> phrases, String root) {
        if (phrases.isEmpty()) {
            return html;
        }
        PhraseMatcher<Target> matcher = PhraseMatcher.of(phrases, false);
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Set<String> done = new HashSet<>();
        walk(doc.body(), matcher, done, root);
        return doc.body().html();
    }

    private static void walk(Element element, PhraseMatcher<Target> matcher, Set<String> done, String root) {
        for (Node child : List.copyOf(element.childNodes())) {
            if (child instanceof Element e) {
                if (!e.normalName().matches("a|h[1-6]|code|pre")) {
                    walk(e, matcher, done, root);
                }
            } else if (child instanceof TextNode t) {
                linkText(t, matcher, done, root);
            }
        }
    }

    /**
     * Links the first mention of each target in {@code node}, left to right. A mention may start or end the text
     * node ("… said Obama</p>"): only the text around it that exists is split off.
     */
    private static void linkText(TextNode node, PhraseMatcher<Target> matcher, Set<String> done, String root) {
        TextNode rest = node;
        int consumed = 0;
        for (PhraseMatcher.Hit<Target> hit : matcher.find(node.getWholeText())) {
            if (!done.add(hit.value().path())) {
                continue;
            }
            TextNode mention = hit.start() > consumed ? rest.splitText(hit.start() - consumed) : rest;
            int length = hit.end() - hit.start();
            rest = length < mention.getWholeText().length() ? mention.splitText(length) : null;
            Element a = new Element("a").attr("href", root + hit.value().path()).attr("class", "mention")
                    .attr("title", hit.value().name());
            a.appendText(mention.getWholeText());
            mention.replaceWith(a);
            if (rest == null) {
                return;
            }
            consumed = hit.end();
        }
    }
}
