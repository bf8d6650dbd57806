package io.github.dossier.eval;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.CountryMention;
import io.github.dossier.raw.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * People, organisations and countries against the entities of about 120 pages of both dev sets marked by hand
 * ({@code src/test/resources/io/github/dossier/eval/entities/*.yml}, rules in its {@code README.md}), as precision,
 * recall and F per type, language and fold.
 *
 * <p>A page's person or organisation is a list of the forms the article gives it ("Wladimir Putin | Putin"). An
 * extracted name is right when its name key ({@link Words#nameKey}) is one of an entity's forms' and that entity was
 * not already matched: two entries for one person (a spelling and a transliteration) count one right, one wrong.
 * An entity no extracted name matches is missed. Countries are ISO codes, compared as sets.
 */
final class EntityEvaluation {

    static final Path LABELS = Path.of("src/test/resources/io/github/dossier/eval/entities");
    private static final List<String> TYPES = List.of("people", "organisations", "countries");

    /** One page's marks. */
    record Page(String set, String file, String language, List<List<String>> people, List<List<String>> organisations,
            Set<String> countries) {
    }

    /** Counts of one type on some pages. */
    static final class Counts {
        int right;
        int wrong;
        int missed;

        void add(Counts c) {
            right += c.right;
            wrong += c.wrong;
            missed += c.missed;
        }

        double precision() {
            return right + wrong == 0 ? 1 : right / (double) (right + wrong);
        }

        double recall() {
            return right + missed == 0 ? 1 : right / (double) (right + missed);
        }

        double f() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private EntityEvaluation() {
    }

    /** The entity figures alone: {@code [corpora folder] [output folder]}. */
    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path out = Path.of(args.length > 1 ? args[1] : "target/eval");
        Files.createDirectories(out);
        MetadataExtractor extractor = MetadataExtractor.builder().build();
        Cleaner cleaner = Cleaner.builder().knowledge(extractor.knowledge()).build();
        run(corpora, out, cleaner, extractor);
        namedInTheirLanguage(corpora.resolve("traf-dev"), cleaner, extractor);
    }

    /** Reads every label file under {@link #LABELS}, in file order. */
    static List<Page> labels(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path f : files) {
            Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f));
            for (Object o : (List<?>) doc) {
                Map<?, ?> m = (Map<?, ?>) o;
                Set<String> countries = new LinkedHashSet<>();
                for (Object c : list(m.get("countries"))) {
                    countries.add(String.valueOf(c).strip().toUpperCase(Locale.ROOT));
                }
                pages.add(new Page(String.valueOf(m.get("set")), String.valueOf(m.get("page")),
                        String.valueOf(m.get("language")), entities(m.get("people")), entities(m.get("organisations")),
                        countries));
            }
        }
        return pages;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<List<String>> entities(Object o) {
        List<List<String>> out = new ArrayList<>();
        for (Object e : list(o)) {
            List<String> forms = new ArrayList<>();
            for (String form : String.valueOf(e).split("\\|")) {
                if (!form.isBlank()) {
                    forms.add(form.strip());
                }
            }
            out.add(forms);
        }
        return out;
    }

    /** Scores extracted names against marked entities; {@code details} gets the wrong and the missed. */
    static Counts score(List<String> extracted, List<List<String>> marked, List<String> wrongs, List<String> misses) {
        return score(extracted, name -> List.of(name), marked, wrongs, misses);
    }

    /**
     * As {@link #score(List, List, List, List)}, an extracted name standing for every form {@code forms} gives it: a
     * known organisation or figure is named by its canonical name ("European Union") whatever form the article used
     * ("EU", "Europäische Union").
     */
    static Counts score(List<String> extracted, java.util.function.Function<String, List<String>> forms,
            List<List<String>> marked, List<String> wrongs, List<String> misses) {
        Counts c = new Counts();
        boolean[] matched = new boolean[marked.size()];
        for (String name : extracted) {
            Set<String> keys = new java.util.HashSet<>();
            forms.apply(name).forEach(f -> keys.add(Words.nameKey(f)));
            int hit = -1;
            for (int i = 0; i < marked.size() && hit < 0; i++) {
                for (String form : marked.get(i)) {
                    if (keys.contains(Words.nameKey(form))) {
                        hit = i;
                        break;
                    }
                }
            }
            if (hit >= 0 && !matched[hit]) {
                matched[hit] = true;
                c.right++;
            } else {
                c.wrong++;
                wrongs.add(name + (hit >= 0 ? " (again)" : ""));
            }
        }
        for (int i = 0; i < marked.size(); i++) {
            if (!matched[i]) {
                c.missed++;
                misses.add(marked.get(i).get(0));
            }
        }
        return c;
    }

    /**
     * The issue's own measure, on every page of traf-dev: of the countries an article (its title and body as
     * cleaned) names by CLDR's name in its own language, where that differs from the English one, how many its
     * countries hold; per language and fold.
     */
    static void namedInTheirLanguage(Path traf, Cleaner cleaner, MetadataExtractor extractor) throws IOException {
        if (!Files.isDirectory(traf.resolve("html"))) {
            return;
        }
        Map<String, int[]> tagged = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(traf.resolve("html"))) {
            files = s.sorted().toList();
        }
        for (Path file : files) {
            RawDocument doc = Evaluation.read(file, RawDocument.Format.HTML);
            if (doc.text().isEmpty()) {
                continue;
            }
            io.github.dossier.clean.CleanArticle article = cleaner.clean(doc, CorpusProfile.EMPTY);
            Metadata m = extractor.extract(article);
            String language = m.language().orElse("en");
            if (language.equals("en")) {
                continue;
            }
            String text = m.title() + "\n" + article.body().stream().map(io.github.dossier.clean.Part::text)
                    .collect(java.util.stream.Collectors.joining("\n"));
            Set<String> codes = new java.util.HashSet<>();
            m.countries().forEach(c -> codes.add(c.country().code()));
            Locale in = Locale.forLanguageTag(language);
            for (String code : Locale.getISOCountries()) {
                String own = new Locale("", code).getDisplayCountry(in);
                if (own.equals(new Locale("", code).getDisplayCountry(Locale.ENGLISH)) || own.length() < 4
                        || !java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(own)
                                + "(?!\\p{L})").matcher(text).find()) {
                    continue;
                }
                for (String key : List.of(language + " " + Folds.of(file.getFileName().toString()), language + " all",
                        "all " + Folds.of(file.getFileName().toString()), "all all")) {
                    int[] c = tagged.computeIfAbsent(key, k -> new int[2]);
                    c[1]++;
                    c[0] += codes.contains(code) ? 1 : 0;
                }
                if (!codes.contains(code)) {
                    missed.merge(language + " " + own + " (" + file.getFileName() + ")", 1, Integer::sum);
                }
            }
        }
        System.out.printf("%nCountries named in the page's own language (CLDR's name, not the English one), traf-dev:%n%n");
        System.out.println("| language | tagged | fold A | fold B |");
        System.out.println("|---|---|---|---|");
        for (String lang : tagged.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().toList()) {
            int[] all = tagged.get(lang + " all");
            int[] a = tagged.getOrDefault(lang + " A", new int[2]);
            int[] b = tagged.getOrDefault(lang + " B", new int[2]);
            System.out.printf("| %s | %d of %d | %d of %d | %d of %d |%n", lang, all[0], all[1], a[0], a[1], b[0], b[1]);
        }
        if (!missed.isEmpty()) {
            System.out.println("\nmissed: " + missed);
        }
    }

    /** Every form of each name of a list, by its canonical name (the name itself among them). */
    private static Map<String, List<String>> forms(io.github.dossier.knowledge.NameList list) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String form : list.allForms()) {
            out.computeIfAbsent(list.canonical(form), k -> new ArrayList<>(List.of(k))).add(form);
        }
        return out;
    }

    /** Runs the extraction on every marked page and prints the table; per-page details go to {@code out}. */
    static void run(Path corpora, Path out, Cleaner cleaner, MetadataExtractor extractor) throws IOException {
        if (!Files.isDirectory(LABELS)) {
            return;
        }
        List<Page> pages = labels(LABELS);
        Map<String, List<String>> people = forms(extractor.knowledge().people());
        // A publication the article names is an organisation by any of its forms too ("New York Times").
        Map<String, List<String>> organisations = forms(extractor.knowledge().publications());
        organisations.putAll(forms(extractor.knowledge().organisations()));
        // type → language → fold → counts; "all" languages and folds too.
        Map<String, Map<String, Map<String, Counts>>> table = new TreeMap<>();
        StringBuilder tsv = new StringBuilder("set\tpage\tlanguage\tfold\ttype\twrong\tmissed\n");
        for (Page p : pages) {
            Path file = corpora.resolve(p.set()).resolve("html").resolve(p.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            RawDocument doc = Evaluation.read(file, RawDocument.Format.HTML);
            Metadata m = doc.text().isEmpty() ? null : extractor.extract(cleaner.clean(doc, CorpusProfile.EMPTY));
            String fold = Folds.of(p.file());
            for (String type : TYPES) {
                List<String> wrong = new ArrayList<>();
                List<String> missed = new ArrayList<>();
                Counts c;
                if (type.equals("countries")) {
                    Set<String> got = new LinkedHashSet<>();
                    if (m != null) {
                        m.countries().stream().map(CountryMention::country).forEach(x -> got.add(x.code()));
                    }
                    List<List<String>> marked = p.countries().stream().map(List::of).toList();
                    c = score(List.copyOf(got), marked, wrong, missed);
                } else {
                    List<String> got = m == null ? List.of() : type.equals("people") ? m.people() : m.organisations();
                    Map<String, List<String>> known = type.equals("people") ? people : organisations;
                    c = score(got, name -> known.getOrDefault(name, List.of(name)),
                            type.equals("people") ? p.people() : p.organisations(), wrong, missed);
                }
                for (String lang : List.of(p.language(), "all")) {
                    for (String f : List.of(fold, "all")) {
                        table.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(lang, k -> new TreeMap<>())
                                .computeIfAbsent(f, k -> new Counts()).add(c);
                    }
                }
                if (!wrong.isEmpty() || !missed.isEmpty()) {
                    tsv.append(String.join("\t", p.set(), p.file(), p.language(), fold, type, String.join("; ", wrong),
                            String.join("; ", missed))).append('\n');
                }
            }
        }
        Files.writeString(out.resolve("entities.tsv"), tsv);
        System.out.printf("%nEntities against %d pages marked by hand (%s); details in %s%n%n", pages.size(), LABELS,
                out.resolve("entities.tsv"));
        System.out.println("| type | language | pages | P | R | F | fold A P | fold A R | fold A F | fold B P | fold B R | fold B F |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Integer> pagesPer = new TreeMap<>();
        pages.forEach(p -> {
            pagesPer.merge(p.language(), 1, Integer::sum);
            pagesPer.merge("all", 1, Integer::sum);
        });
        table.forEach((type, byLanguage) -> byLanguage.forEach((lang, byFold) -> {
            Counts all = byFold.get("all");
            Counts a = byFold.getOrDefault("A", new Counts());
            Counts b = byFold.getOrDefault("B", new Counts());
            System.out.printf("| %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    type, lang, pagesPer.getOrDefault(lang, 0), all.precision(), all.recall(), all.f(), a.precision(),
                    a.recall(), a.f(), b.precision(),
                    b.recall(), b.f());
        }));
        System.out.println();
    }
}
