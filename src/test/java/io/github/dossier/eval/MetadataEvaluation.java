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
final class MetadataEvaluation {

    static final String METASCRAPER = "metascraper@5.49.24";
    static final List<String> METASCRAPER_RULES = List.of("metascraper-title@5.49.24", "metascraper-author@5.49.24",
            "metascraper-date@5.49.24", "metascraper-publisher@5.49.24");
    private static final List<String> FIELDS = List.of("title", "authors", "date");
    /** How annotated author strings join several names. */
    private static final Pattern NAME_JOINS = Pattern.compile("\\s*(?:[,;/&|]|\\s(?:and|und|et|y|i|e|og|en)\\s)\\s*");

    /** What a page states (the annotation) or what a system read from it; empty strings for nothing. */
    record Fields(String title, Set<String> authors, String date) {
    }

    private MetadataEvaluation() {
    }

    static void traf(Path corpus, Path out, Cleaner cleaner, MetadataExtractor extractor, boolean peers)
            throws IOException {
        Map<String, Fields> truth = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        Evaluation.json(corpus.resolve("evaldata.json"), 64).forEach((k, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            truth.put(String.valueOf(k), new Fields(string(m.get("title")), names(m.get("author")), string(m.get("date"))));
            urls.put(String.valueOf(k), string(m.get("url")));
        });
        Map<String, Map<String, Fields>> systems = new LinkedHashMap<>();
        Map<String, Fields> dossier = new TreeMap<>();
        for (String file : truth.keySet()) {
            dossier.put(file, dossier(cleaner, extractor, corpus.resolve("html/" + file)));
        }
        systems.put("dossier", dossier);
        if (peers) {
            Map<String, Fields> ms = metascraper(out.resolve("traf-utf8"), urls, out);
            if (ms != null) {
                systems.put("metascraper 5.49", ms);
            }
        }
        System.out.printf("Metadata, %s: saved HTML against the pages' annotations (title, author, date; dates within a "
                + "day)%n%n", corpus.getFileName());
        System.out.println("| field | system | pages stating it | correct | fold A | fold B | wrong | missing |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        StringBuilder tsv = new StringBuilder("file\tfold\tfield\tsystem\tverdict\texpected\tgot\n");
        for (String field : FIELDS) {
            for (Map.Entry<String, Map<String, Fields>> s : systems.entrySet()) {
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
                    Fields got = s.getValue().getOrDefault(t.getKey(), new Fields("", Set.of(), ""));
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
        Files.writeString(out.resolve("traf-metadata.tsv"), tsv);
    }

    private static String share(int n, int of) {
        return of == 0 ? "–" : String.format("%.0f%% (%d)", 100.0 * n / of, n);
    }

    private static String value(Fields f, String field) {
        return switch (field) {
            case "title" -> f.title();
            case "authors" -> String.join(" | ", f.authors());
            default -> f.date();
        };
    }

    private static String verdict(String field, Fields expected, Fields got) {
        String g = value(got, field);
        if (g.isEmpty()) {
            return "missing";
        }
        boolean right = switch (field) {
            case "title" -> Words.key(expected.title()).equals(Words.key(got.title()));
            case "authors" -> expected.authors().equals(got.authors());
            default -> sameDay(expected.date(), got.date());
        };
        return right ? "correct" : "wrong";
    }

    private static boolean sameDay(String expected, String got) {
        try {
            LocalDate e = LocalDate.parse(expected.substring(0, Math.min(10, expected.length())));
            LocalDate g = LocalDate.parse(got.substring(0, Math.min(10, got.length())));
            return Math.abs(e.toEpochDay() - g.toEpochDay()) <= 1;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Fields dossier(Cleaner cleaner, MetadataExtractor extractor, Path file) throws IOException {
        RawDocument doc = Evaluation.read(file, RawDocument.Format.HTML);
        if (doc.text().isEmpty()) {
            return new Fields("", Set.of(), "");
        }
        Metadata m = extractor.extract(cleaner.clean(doc, CorpusProfile.EMPTY));
        Set<String> authors = new TreeSet<>();
        for (Author a : m.authors()) {
            authors.add(Words.nameKey(a.name()));
        }
        return new Fields(m.title(), authors, m.published().map(LocalDate::toString).orElse(""));
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
    private static Map<String, Fields> metascraper(Path utf8, Map<String, String> urls, Path out) throws IOException {
        if (!Files.isDirectory(utf8)) {
            return null;
        }
        Path urlFile = out.resolve("traf-urls.json");
        StringBuilder json = new StringBuilder("{");
        urls.forEach((f, u) -> json.append(json.length() > 1 ? "," : "").append('"').append(f).append("\":\"")
                .append(u.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        Files.writeString(urlFile, json.append('}'));
        Path result = out.resolve("traf-metascraper.json");
        if (!Evaluation.node("metascraper.js", "metascraper", result, utf8.toAbsolutePath().toString(),
                urlFile.toAbsolutePath().toString())) {
            return null;
        }
        Map<String, Fields> fields = new TreeMap<>();
        Evaluation.json(result, 64).forEach((k, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            fields.put(String.valueOf(k), new Fields(string(m.get("title")), names(m.get("author")), string(m.get("date"))));
        });
        return fields;
    }
}
