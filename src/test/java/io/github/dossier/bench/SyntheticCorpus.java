package io.github.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A deterministic synthetic corpus for benchmarks: raw articles made by recombining the paragraphs of the sample
 * corpus and the evaluation set's article bodies, wrapped in the boilerplate scrapes carry (paywall nags, ads,
 * captions, "Read more:" teasers, share bars, footers), with varied authors, publications, dates, section lines
 * and tags; three in four as text scrapes, one in four as saved HTML pages. The same seed gives the same files.
 *
 * <pre>
 * java … io.github.dossier.bench.SyntheticCorpus &lt;out-dir&gt; &lt;count&gt; [seed]
 * </pre>
 */
public final class SyntheticCorpus {

    private static final String[] GIVEN = {"Anna", "Danil", "Maria", "Jane", "Wang", "Natasha", "Sergei", "Priya",
        "Omar", "Elena", "James", "Li", "Fatima", "Marcin", "Sofia", "Hiroshi", "David", "Amara", "Lucas", "Irina"};
    private static final String[] FAMILY = {"Bochkov", "Kuhrt", "Trenin", "Lindqvist", "Papadakis", "Okafor", "Chen",
        "Ivanova", "Kowalski", "Haddad", "Nakamura", "Fischer", "Moreau", "Singh", "Novak", "Petrov", "Garcia", "Kim"};
    private static final String[] PUBLICATIONS = {"South China Morning Post", "The Diplomat", "China Daily",
        "Global Village Space", "The Moscow Times", "Asia Times", "East Asia Forum", "The Interpreter"};
    private static final String[] SECTIONS = {"Opinion", "Topic | US-China relations", "Flashpoints | Diplomacy",
        "Analysis", "Topic | Defence", "Commentary"};
    private static final String[] TAGS = {"US-China relations", "China-Russia relations", "Nato", "Diplomacy",
        "Defence", "Trade", "Energy", "Sanctions", "Arctic", "Ukraine", "Taiwan"};
    private static final String[] NAGS = {"You have 3 free articles left this month", "Subscribe",
        "Sign in to unlock this article", "Advertisement", "Click to resize", "Share this article",
        "Sign up for our daily newsletter", "Newspapers in English", "Source link"};

    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        write(out, count, seed, paragraphs(Path.of("content/raw"), Path.of("../shared/corpus/zyte-dev/ground-truth.json")));
    }

    /** Article-like paragraphs: the sample's long lines and the evaluation set's article bodies. */
    static List<String> paragraphs(Path sample, Path groundTruth) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(sample)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readString(f).split("\n")) {
                    if (line.strip().length() > 200) {
                        out.add(line.strip());
                    }
                }
            }
        }
        if (Files.isRegularFile(groundTruth)) {
            Object loaded = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build())
                    .loadFromString(Files.readString(groundTruth));
            for (Object v : ((Map<?, ?>) loaded).values()) {
                for (String p : String.valueOf(((Map<?, ?>) v).get("articleBody")).split("\n+")) {
                    if (p.strip().length() > 200 && p.chars().filter(c -> c > 0x2FF).count() < 5) {
                        out.add(p.strip());
                    }
                }
            }
        }
        return out;
    }

    static void write(Path out, int count, long seed, List<String> paragraphs) throws IOException {
        Files.createDirectories(out);
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            String author = GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
            String publication = PUBLICATIONS[r.nextInt(PUBLICATIONS.length)];
            LocalDate date = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(2200));
            List<String> body = new ArrayList<>();
            int n = 8 + r.nextInt(10);
            for (int p = 0; p < n; p++) {
                body.add(paragraphs.get(r.nextInt(paragraphs.size())));
            }
            String headline = headline(body.get(0), i);
            String name = String.format("%06d", i);
            if (i % 4 == 3) {
                Files.writeString(out.resolve(name + ".html"), html(headline, author, publication, date, body, r),
                        StandardCharsets.UTF_8);
            } else {
                Files.writeString(out.resolve(name + ".txt"), text(headline, author, publication, date, body, r),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static String headline(String paragraph, int i) {
        String[] words = paragraph.replaceAll("[“”\"‘’]", "").split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < Math.min(9, words.length); w++) {
            sb.append(w == 0 ? "" : " ").append(words[w].replaceAll("[.,;:]$", ""));
        }
        return sb + " (" + i + ")";
    }

    private static String text(String headline, String author, String publication, LocalDate date, List<String> body,
            Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(NAGS[r.nextInt(NAGS.length)]).append("\n\n").append(SECTIONS[r.nextInt(SECTIONS.length)]).append('\n');
        sb.append(headline).append("\n\n").append("By ").append(author).append('\n');
        sb.append("Published: ").append(date).append("\n\n");
        for (int p = 0; p < body.size(); p++) {
            sb.append(body.get(p)).append("\n\n");
            if (p == 2) {
                sb.append("Read more: ").append(headline(body.get(body.size() - 1), 0)).append("\n\n");
            }
            if (p == 4) {
                sb.append(NAGS[r.nextInt(NAGS.length)]).append("\n\n");
            }
        }
        sb.append(author).append(" is a senior fellow at the Institute of Regional Studies.\n");
        sb.append(TAGS[r.nextInt(TAGS.length)]).append(' ').append(TAGS[r.nextInt(TAGS.length)]).append('\n');
        sb.append("Subscribe to ").append(publication).append(" for unlimited access\n");
        return sb.toString();
    }

    private static String html(String headline, String author, String publication, LocalDate date, List<String> body,
            Random r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(headline)).append(" | ").append(escape(publication)).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(publication)).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:00:00Z\">")
                .append("<meta name=\"author\" content=\"").append(escape(author)).append("\"></head><body>")
                .append("<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/opinion\">Opinion</a></nav>")
                .append("<article><h1>").append(escape(headline)).append("</h1><p class=\"byline\">By ")
                .append(escape(author)).append("</p><div class=\"article-body\">");
        for (String p : body) {
            sb.append("<p>").append(escape(p)).append("</p>");
        }
        sb.append("</div></article><aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/x\">")
                .append(escape(headline(body.get(0), r.nextInt(1000)))).append("</a></li></ul></aside>")
                .append("<footer><p>© ").append(date.getYear()).append(' ').append(escape(publication)).append("</p></footer></body></html>");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
