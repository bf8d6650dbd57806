package io.github.dossier.site.outputs;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A brief as schema.org JSON-LD for search engines and reference managers: {@code OpinionNewsArticle} when its
 * section or tags say it is opinion, else {@code NewsArticle}, with authors, publisher, date, section, summary,
 * word count, themes as {@code about}, and countries, people and organisations as {@code mentions}. Escaped for a
 * {@code <script>} block.
 */
public final class JsonLd {

    private final Pattern opinion;

    /** Whether an author is an organisation, not a person. */
    private final java.util.function.Predicate<String> organisation;

    /** Every author a person. */
    JsonLd(Lexicon lexicon) {
        this(lexicon, a -> false);
    }

    /**
     * JSON-LD that calls opinion what the lexicon's opinion labels call so, and an organisation each author
     * {@code organisation} says is one.
     */
    public JsonLd(Lexicon lexicon, java.util.function.Predicate<String> organisation) {
        this.organisation = organisation;
        this.opinion = Pattern.compile(".*\\b(" + lexicon.alternation(Lexicon.OPINION_LABELS) + ")\\b.*");
    }

    /** Whether a brief's section or tags call it opinion: an op-ed, a column, an analysis. */
    public boolean isOpinion(Brief b) {
        String labels = (b.section().orElse("") + " " + String.join(" ", b.tags())).toLowerCase(Locale.ROOT);
        return opinion.matcher(labels).matches();
    }

    /** The JSON-LD of {@code b}, with its published URL when the site has a {@code baseUrl}. */
    public String of(Brief b, String baseUrl) {
        StringBuilder sb = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":")
                .append(Escape.json(isOpinion(b) ? "OpinionNewsArticle" : "NewsArticle"))
                .append(",\"headline\":").append(Escape.json(b.title()));
        if (!b.authors().isEmpty()) {
            sb.append(",\"author\":[");
            for (int i = 0; i < b.authors().size(); i++) {
                String a = b.authors().get(i);
                sb.append(i == 0 ? "" : ",").append("{\"@type\":").append(organisation.test(a) ? "\"Organization\"" : "\"Person\"")
                        .append(",\"name\":").append(Escape.json(a)).append('}');
            }
            sb.append(']');
        }
        b.publication().ifPresent(p -> sb.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(Escape.json(p)).append('}'));
        b.published().ifPresent(d -> sb.append(",\"datePublished\":").append(Escape.json(d.toString())));
        b.section().ifPresent(s -> sb.append(",\"articleSection\":").append(Escape.json(s)));
        if (!b.summary().isEmpty()) {
            sb.append(",\"description\":").append(Escape.json(String.join(" ", b.summary())));
        }
        sb.append(",\"wordCount\":").append(b.words());
        if (!b.themes().isEmpty()) {
            sb.append(",\"about\":[");
            for (int i = 0; i < b.themes().size(); i++) {
                sb.append(i == 0 ? "" : ",").append("{\"@type\":\"Thing\",\"name\":").append(Escape.json(b.themes().get(i))).append('}');
            }
            sb.append(']');
        }
        List<String> mentions = new ArrayList<>();
        b.countries().forEach(c -> mentions.add("{\"@type\":\"Country\",\"name\":" + Escape.json(c) + "}"));
        b.people().forEach(p -> mentions.add("{\"@type\":\"Person\",\"name\":" + Escape.json(p) + "}"));
        b.organisations().forEach(o -> mentions.add("{\"@type\":\"Organization\",\"name\":" + Escape.json(o) + "}"));
        if (!mentions.isEmpty()) {
            sb.append(",\"mentions\":[").append(String.join(",", mentions)).append(']');
        }
        b.language().ifPresent(l -> sb.append(",\"inLanguage\":").append(Escape.json(l)));
        if (!baseUrl.isEmpty()) {
            sb.append(",\"url\":").append(Escape.json(SitePaths.url(baseUrl, SitePaths.brief(b.slug()))));
        }
        // The article itself, where it was published.
        Citation.original(b).ifPresent(u -> sb.append(",\"sameAs\":").append(Escape.json(u)));
        return sb.append('}').toString();
    }
}
