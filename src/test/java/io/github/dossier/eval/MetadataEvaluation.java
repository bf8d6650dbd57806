package io.github.dossier.eval;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Words;
import io.github.dossier.raw.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, authors and date of traf-dev's saved pages against the annotations in its {@code evaldata.json}, for
 * Dossier and metascraper on the same pages, per fold.
 *
 * <p>A title is right when it equals the annotation once case, punctuation and accents are set aside; authors when
 * the set of names is the annotation's (one name per person, none missing, none extra; an organisation given as
 * the author counts as a name); a date when it is the annotated day or the day next to it (metascraper gives UTC
 * instant, pages their local day). A page that states nothing for a field is not scored on it.
 */
public final class MetadataEvaluation {

    static final String METASCRAPER = "metascraper@5.49.24";
    static final List<String> METASCRAPER_RULES = List.of("metascraper-title@5.49.24", "metascraper-author@5.49.24",
            "metascraper-date@5.49.24", "metascraper-publisher@5.49.24");
    private static final List<String> FIELDS = List.of("title", "authors", "date", "publication", "url");
    /** How annotated author strings join several names. */
    private static final Pattern NAME_JOINS = Pattern.compile("\\s*(?:[,;/&|]|\\s(?:and|und|et|y|i|e|og|en)\\s)\\s*");

    /** What a page states (the annotation) or what a system read from it; empty strings for nothing. */
    record Fields(String title, Set<String> authors, String date, String publication, List<String> themes,
            String url) {

        Fields(String title, Set<String> authors, String date, String publication) {
            this(title, authors, date, publication, List.of(), "");
        }

        Fields withUrl(String address) {
            return new Fields(title, authors, date, publication, themes, address);
        }

        Fields(String title, Set<String> authors, String date) {
            this(title, authors, date, "");
        }

        static final Fields NONE = new Fields("", Set.of(), "", "");
    }

    private MetadataEvaluation() {
    }

    /**
     * The title each page of both dev sets states, by its file relative to {@code corpora}
     * ("traf-dev/html/….html", "zyte-dev/html/….html"): traf-dev's annotations, and what zyte-dev's pages say of
     * themselves ({@link PageStatement}). Pages stating none are left out.
     */
    public static Map<String, String> statedTitles(Path corpora) throws IOException {
        Map<String, String> titles = new TreeMap<>();
        Evaluation.json(corpora.resolve("traf-dev/evaldata.json"), 64).forEach((k, v) -> {
            String title = string(((Map<?, ?>) v).get("title"));
            if (!title.isEmpty()) {
                titles.put("traf-dev/html/" + k, title);
            }
        });
        for (Object id : Evaluation.json(corpora.resolve("zyte-dev/ground-truth.json"), 64).keySet()) {
            String file = "zyte-dev/html/" + id + ".html";
            String title = PageStatement.of(Evaluation.read(corpora.resolve(file), RawDocument.Format.HTML).text())
                    .title();
            if (!title.isEmpty()) {
                titles.put(file, title);
            }
        }
        return titles;
    }

    /**
     * The authors each page of both dev sets states, as name keys ({@link Words#nameKey}), by its file relative to
     * {@code corpora}, as {@link #statedTitles} gives titles. Pages stating none are left out.
     */
    public static Map<String, Set<String>> statedAuthors(Path corpora) throws IOException {
        Map<String, Set<String>> authors = new TreeMap<>();
        Evaluation.json(corpora.resolve("traf-dev/evaldata.json"), 64).forEach((k, v) -> {
            Set<String> names = names(((Map<?, ?>) v).get("author"));
            if (!names.isEmpty()) {
                authors.put("traf-dev/html/" + k, names);
            }
        });
        for (Object id : Evaluation.json(corpora.resolve("zyte-dev/ground-truth.json"), 64).keySet()) {
            String file = "zyte-dev/html/" + id + ".html";
            Set<String> names = PageStatement.of(Evaluation.read(corpora.resolve(file), RawDocument.Format.HTML).text())
                    .authors();
            if (!names.isEmpty()) {
                authors.put(file, names);
            }
        }
        return authors;
    }

    static void traf(Path corpus, Path out, Cleaner cleaner, Cleaner rules, MetadataExtractor extractor, boolean peers)
            throws IOException {
        Map<String, Fields> truth = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        Evaluation.json(corpus.resolve("evaldata.json"), 64).forEach((k, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            // Some annotations hold a placeholder ("hard::file.html") where the address was lost: not scored.
            String url = string(m.get("url"));
            truth.put(String.valueOf(k), new Fields(string(m.get("title")), names(m.get("author")), string(m.get("date")))
                    .withUrl(url.startsWith("http") ? url : ""));
            urls.put(String.valueOf(k), string(m.get("url")));
        });
        Map<String, Fields> dossier = new TreeMap<>();
        Map<String, Fields> byRules = new TreeMap<>();
        MetadataExtractor rulesExtractor = rules(extractor);
        for (String file : truth.keySet()) {
            RawDocument doc = Evaluation.read(corpus.resolve("html/" + file), RawDocument.Format.HTML);
            dossier.put(file, dossier(cleaner, extractor, doc));
            byRules.put(file, dossier(rules, rulesExtractor, doc));
        }
        Map<String, Map<String, Fields>> systems = systems(dossier, byRules, peers, urls, out, "traf");
        System.out.printf("Metadata, %s: saved HTML against the pages' annotations (title, author, date; dates within a "
                + "day)%n%n", corpus.getFileName());
        table(truth, systems, out.resolve("traf-metadata.tsv"));
        perLanguage(truth, systems, Evaluation.languages(Evaluation.segments(corpus.resolve("evaldata.json"))));
        themes(dossier);
    }

    /** Title, authors and date right per language of the page, for each system: of the pages stating the field. */
    private static void perLanguage(Map<String, Fields> truth, Map<String, Map<String, Fields>> systems,
            Map<String, String> languages) {
        System.out.println("Per language (title / authors / date right, of the pages stating each):");
        System.out.println();
        System.out.println("| language | pages | " + String.join(" | ", systems.keySet()) + " |");
        System.out.println("|---|---|" + "---|".repeat(systems.size()));
        for (String lang : new TreeSet<>(languages.values())) {
            StringBuilder row = new StringBuilder("| " + lang + " | "
                    + truth.keySet().stream().filter(f -> lang.equals(languages.get(f))).count() + " |");
            for (Map<String, Fields> system : systems.values()) {
                List<String> cells = new java.util.ArrayList<>();
                for (String field : List.of("title", "authors", "date")) {
                    int stated = 0;
                    int right = 0;
                    for (Map.Entry<String, Fields> t : truth.entrySet()) {
                        if (lang.equals(languages.get(t.getKey())) && !value(t.getValue(), field).isEmpty()) {
                            stated++;
                            right += verdict(field, t.getValue(), system.getOrDefault(t.getKey(), Fields.NONE))
                                    .equals("correct") ? 1 : 0;
                        }
                    }
                    cells.add(stated == 0 ? "–" : String.format("%.0f%%", 100.0 * right / stated));
                }
                row.append(' ').append(String.join(" / ", cells)).append(" |");
            }
            System.out.println(row);
        }
        System.out.println();
    }

    /**
     * How many pages the taxonomy gives a theme, and which: the shipped taxonomy is about international relations,
     * so on a set of recipes, shops and software pages most should get none.
     */
    private static void themes(Map<String, Fields> dossier) {
        Map<String, Integer> counts = new TreeMap<>();
        long themed = dossier.values().stream().filter(f -> !f.themes().isEmpty()).count();
        dossier.values().forEach(f -> f.themes().forEach(t -> counts.merge(t, 1, Integer::sum)));
        System.out.printf("Themes: %d of %d pages get one (%s)%n%n", themed, dossier.size(), counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * zyte-dev's saved pages against what each page states of itself in its markup, read here independently of
     * Dossier's reader: the JSON-LD headline or og:title (less a trailing site name), the JSON-LD authors or else
     * the author meta tags (people and organisations alike), the JSON-LD datePublished or
     * article:published_time, og:site_name or the JSON-LD publisher. A page is scored only on what it states.
     */
    static void zyte(Path corpus, Map<String, String> urls, Path out, Cleaner cleaner, Cleaner rules,
            MetadataExtractor extractor, boolean peers) throws IOException {
        Map<String, Fields> truth = new TreeMap<>();
        Map<String, Fields> dossier = new TreeMap<>();
        Map<String, Fields> byRules = new TreeMap<>();
        MetadataExtractor rulesExtractor = rules(extractor);
        Map<String, String> fileUrls = new TreeMap<>();
        for (String id : urls.keySet()) {
            String file = id + ".html";
            RawDocument doc = Evaluation.read(corpus.resolve("html/" + file), RawDocument.Format.HTML);
            truth.put(file, PageStatement.of(doc.text()).withUrl(urls.get(id)));
            dossier.put(file, dossier(cleaner, extractor, doc));
            byRules.put(file, dossier(rules, rulesExtractor, doc));
            fileUrls.put(file, urls.get(id));
        }
        Map<String, Map<String, Fields>> systems = systems(dossier, byRules, peers, fileUrls, out, "zyte");
        System.out.printf("Metadata, %s: saved HTML against what each page's markup states of itself (titles and "
                + "names once case, punctuation and accents are set aside; dates within a day; a publication when one "
                + "name holds the other)%n%n", corpus.getFileName());
        table(truth, systems, out.resolve("zyte-metadata.tsv"));
        themes(dossier);
    }

    /** The same extractor choosing by the rules' order alone, as the rules-alone cleaner's pages are read. */
    private static MetadataExtractor rules(MetadataExtractor extractor) {
        return MetadataExtractor.builder().knowledge(extractor.knowledge()).learned(false).build();
    }

    /**
     * Dossier's fields, the rules' alone (the rules' cleaning and choices), and beside them metascraper's on the UTF-8
     * copies of {@code set}'s pages when the peers run and it succeeds.
     */
    private static Map<String, Map<String, Fields>> systems(Map<String, Fields> dossier, Map<String, Fields> byRules,
            boolean peers, Map<String, String> urls, Path out, String set) throws IOException {
        Map<String, Map<String, Fields>> systems = new LinkedHashMap<>();
        systems.put("dossier", dossier);
        systems.put("rules alone", byRules);
        if (peers) {
            Map<String, Fields> ms = metascraper(out.resolve(set + "-utf8"), urls, out, set);
            if (ms != null) {
                systems.put("metascraper 5.49", ms);
            }
        }
        return systems;
    }

    /** Per field and system: pages stating the field, correct overall and per fold, wrong and missing. */
    private static void table(Map<String, Fields> truth, Map<String, Map<String, Fields>> systems, Path tsvFile)
            throws IOException {
        System.out.println("| field | system | pages stating it | correct | fold A | fold B | wrong | missing |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        StringBuilder tsv = new StringBuilder("file\tfold\tfield\tsystem\tverdict\texpected\tgot\n");
        for (String field : FIELDS) {
            if (truth.values().stream().allMatch(t -> value(t, field).isEmpty())) {
                continue;
            }
            for (Map.Entry<String, Map<String, Fields>> s : systems.entrySet()) {
                if (field.equals("url") && !s.getKey().equals("dossier")) {
                    continue; // the peers are given each page's address
                }
                int stated = 0;
                int[] correct = new int[3];
                int[] statedFold = new int[3];
                int wrong = 0;
                int missing = 0;
                for (Map.Entry<String, Fields> t : truth.entrySet()) {
                    String expected = value(t.getValue(), field);
                    if (expected.isEmpty()) {
                        continue;
                    }
                    stated++;
                    int fold = Folds.of(t.getKey()).equals("A") ? 1 : 2;
                    statedFold[fold]++;
                    Fields got = s.getValue().getOrDefault(t.getKey(), Fields.NONE);
                    String verdict = verdict(field, t.getValue(), got);
                    switch (verdict) {
                        case "correct" -> {
                            correct[0]++;
                            correct[fold]++;
                        }
                        case "wrong" -> wrong++;
                        default -> missing++;
                    }
                    tsv.append(t.getKey()).append('\t').append(Folds.of(t.getKey())).append('\t').append(field).append('\t')
                            .append(s.getKey()).append('\t').append(verdict).append('\t').append(expected).append('\t')
                            .append(value(got, field).replace('\t', ' ')).append('\n');
                }
                System.out.printf("| %s | %s | %d | %s | %s | %s | %d | %d |%n", field, s.getKey(), stated,
                        share(correct[0], stated), share(correct[1], statedFold[1]), share(correct[2], statedFold[2]),
                        wrong, missing);
            }
        }
        System.out.println();
        Files.writeString(tsvFile, tsv);
    }

    private static String share(int n, int of) {
        return of == 0 ? "–" : String.format("%.0f%% (%d)", 100.0 * n / of, n);
    }

    private static String value(Fields f, String field) {
        return switch (field) {
            case "title" -> f.title();
            case "authors" -> String.join(" | ", f.authors());
            case "publication" -> f.publication();
            case "url" -> f.url();
            default -> f.date();
        };
    }

    private static String verdict(String field, Fields expected, Fields got) {
        String g = value(got, field);
        if (g.isEmpty()) {
            return "missing";
        }
        boolean right = switch (field) {
            case "title" -> titleKey(expected.title()).equals(titleKey(got.title()));
            case "authors" -> expected.authors().equals(got.authors());
            case "publication" -> {
                String e = Words.key(expected.publication()).replace(" ", "");
                String g2 = Words.key(got.publication()).replace(" ", "");
                yield !g2.isEmpty() && (e.contains(g2) || g2.contains(e));
            }
            case "url" -> urlKey(expected.url()).equals(urlKey(got.url()));
            default -> sameDay(expected.date(), got.date());
        };
        return right ? "correct" : "wrong";
    }

    /**
     * An address's host (without "www.") and path (without a trailing slash), lower case: the same article however
     * its link is written (http or https, with or without tracking parameters or a fragment).
     */
    static String urlKey(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://(www\\.)?", "")
                .replaceFirst(";jsessionid=[^?#]*", "").replaceFirst("[?#].*$", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** A title's words, lower case, its apostrophes (straight or curly) dropped: two titles are one when their keys are. */
    public static String titleKey(String title) {
        return Words.key(title.replaceAll("['’‘ʼ]", ""));
    }

    private static boolean sameDay(String expected, String got) {
        LocalDate e = day(expected);
        LocalDate g = day(got);
        return e != null && g != null && Math.abs(e.toEpochDay() - g.toEpochDay()) <= 1;
    }

    /** An ISO date or date-time, or an English written date ("Nov 20, 2019", "20 Nov 2019"); null for neither. */
    private static LocalDate day(String s) {
        try {
            return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (DateTimeParseException e) {
            Matcher m = WRITTEN_DATE.matcher(s);
            if (!m.find()) {
                return null;
            }
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            int year = Integer.parseInt(m.group(5));
            int monthIndex = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    .indexOf(month.substring(0, 3).toLowerCase(java.util.Locale.ROOT));
            return monthIndex < 0 ? null : LocalDate.of(year, monthIndex + 1, Integer.parseInt(day));
        }
    }

    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?:([A-Za-z]{3,9})\\.? (\\d{1,2}),?|(\\d{1,2}) ([A-Za-z]{3,9})\\.?,?) (\\d{4})");

    private static Fields dossier(Cleaner cleaner, MetadataExtractor extractor, RawDocument doc) {
        if (doc.text().isEmpty()) {
            return new Fields("", Set.of(), "");
        }
        Metadata m = extractor.extract(cleaner.clean(doc, CorpusProfile.EMPTY));
        Set<String> authors = new TreeSet<>();
        for (Author a : m.authors()) {
            authors.add(Words.nameKey(a.name()));
        }
        return new Fields(m.title(), authors, m.published().map(LocalDate::toString).orElse(""),
                m.publication().orElse(""), m.themes(), m.url().orElse(""));
    }

    /** The annotation's or a peer's author value as a set of name keys: a string of joined names, or a list. */
    static Set<String> names(Object value) {
        Set<String> names = new TreeSet<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> names.addAll(names(v)));
        } else if (value != null) {
            for (String name : NAME_JOINS.split(String.valueOf(value).strip())) {
                String key = Words.nameKey(name);
                if (!key.isBlank()) {
                    names.add(key);
                }
            }
        }
        return names;
    }

    private static String string(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }

    /** metascraper over the UTF-8 copies of the pages (written by the cleaning evaluation), or null when it fails. */
    private static Map<String, Fields> metascraper(Path utf8, Map<String, String> urls, Path out, String set)
            throws IOException {
        if (!Files.isDirectory(utf8)) {
            return null;
        }
        Path urlFile = out.resolve(set + "-urls.json");
        StringBuilder json = new StringBuilder("{");
        urls.forEach((f, u) -> json.append(json.length() > 1 ? "," : "").append('"').append(f).append("\":\"")
                .append(u.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        Files.writeString(urlFile, json.append('}'));
        Path result = out.resolve(set + "-metascraper.json");
        if (!Evaluation.node("metascraper.js", "metascraper", result, utf8.toAbsolutePath().toString(),
                urlFile.toAbsolutePath().toString())) {
            return null;
        }
        Map<String, Fields> fields = new TreeMap<>();
        Evaluation.json(result, 64).forEach((k, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            fields.put(String.valueOf(k), new Fields(string(m.get("title")), names(m.get("author")), string(m.get("date")),
                    string(m.get("publisher"))));
        });
        return fields;
    }
}
