package io.github.dossier.eval;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.BriefStore;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How many of the index entries a folder of briefs makes are not entities, by simple rules that need no labels: the
 * people, organisations, authors and publications of the briefs, each distinct entry (by {@link Words#nameKey})
 * judged once, per fold of the briefs' sources ({@link Folds}). An entry is suspect when
 * <ul>
 * <li><b>opening</b>: its first word is a stopword of its brief's language or of English ("While Hamas", "Two
 * Middle East"), or, for a person or author, a title or honorific ("President Sean"); a publication may open with
 * an article ("The Times");</li>
 * <li><b>possessive</b>: its last word ends in 's, ’s or an apostrophe ("Bank of Canada’s"); for a person, any
 * word;</li>
 * <li><b>place tail</b>: its first word is a later word of a gazetteer name of several words and no place itself
 * (nor, for a person or author, a given name: "Martin Scorsese" is no tail of Saint Martin)
 * ("Zealand Army" from "New Zealand Army", "York City Housing Authority"), and the entry does not hold that name;</li>
 * <li><b>label</b>: a word of it is page furniture (the lexicon's credit and prompt words; for a person or author,
 * its not-name words too: "Staff", "Menu");</li>
 * <li><b>handle</b>: it holds {@code @}, {@code #} or a web address ("www.", "https:"; a publication may be named by
 * its domain, "Popkultur.de"), or (a person or author) a digit, or is one word in lower case;</li>
 * <li><b>company</b>: a person or author whose last word is a legal form ("Web Commerce GmbH");</li>
 * <li><b>near twin</b>: another entry of the field is one letter from it, or two added at its end (both of six
 * letters or more; "Zelensky", "Zelenskyy"; "Moreno", "Morenos"), and not only an acronym apart ("BBC News", "NBC
 * News"): the one in fewer briefs is counted.</li>
 * </ul>
 * A suspect is not surely wrong ("Will Smith" opens with a stopword): the rate is for comparing two builds of the
 * same pages, and the list is for reading.
 *
 * <pre>java -cp … io.github.dossier.eval.EntitySuspects path/to/content/briefs [--show]</pre>
 */
public final class EntitySuspects {

    /** One field of a brief whose entries make an index. */
    record Field(String name, Function<Brief, List<String>> values, boolean personal) {
    }

    static final List<Field> FIELDS = List.of(
            new Field("people", Brief::people, true),
            new Field("organisations", Brief::organisations, false),
            new Field("authors", Brief::authors, true),
            new Field("publications", b -> b.publication().stream().toList(), false));

    private final Lexicon lexicon = Lexicon.shipped();
    private final io.github.dossier.knowledge.Knowledge knowledge = io.github.dossier.knowledge.Knowledge.shipped();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> personLabels = new HashSet<>();
    private final Set<String> legalForms = new HashSet<>();
    private final Set<String> determiners;
    /** Later words of a gazetteer name of several words that are no place themselves, with the name. */
    private final Map<String, String> placeTails = new TreeMap<>();

    EntitySuspects() throws IOException {
        lexicon.titles().forEach(t -> roles.add(first(t)));
        lexicon.words(Lexicon.HONORIFICS).forEach(h -> roles.add(h.toLowerCase(Locale.ROOT)));
        lexicon.words(Lexicon.CREDIT_WORDS).forEach(w -> labels.add(w.toLowerCase(Locale.ROOT)));
        lexicon.words(Lexicon.PROMPT_WORDS).forEach(w -> labels.add(w.toLowerCase(Locale.ROOT)));
        labels.removeIf(w -> w.contains(" "));
        personLabels.addAll(labels);
        lexicon.words(Lexicon.NOT_NAME_WORDS).forEach(w -> personLabels.add(w.toLowerCase(Locale.ROOT)));
        lexicon.words(Lexicon.LEGAL_FORMS).forEach(w -> legalForms.add(w.toLowerCase(Locale.ROOT)));
        determiners = lexicon.lowerCase(Lexicon.DETERMINERS);
        Set<String> places = new HashSet<>();
        List<String> multi = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("countries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 2) {
                    continue;
                }
                // Names and other names of countries, and the phrases the gazetteer sets aside (New York); not
                // demonyms or seats of power ("State Department"), which are no place's name.
                for (int c = 1; c < Math.min(cols.length, 3); c++) {
                    for (String name : cols[c].split("\\|")) {
                        name = name.strip().replaceFirst("^\\?", "");
                        places.add(name);
                        if (Words.of(name).size() == 2) {
                            multi.add(name);
                        }
                    }
                }
            }
        }
        Set<String> heads = new HashSet<>(lexicon.lowerCase(Lexicon.AFFILIATION_HEADS));
        heads.addAll(lexicon.lowerCase(Lexicon.ORGANISATION_HEADS));
        heads.addAll(personLabels);
        for (String name : multi) {
            String tail = Words.of(name).get(1);
            // A tail that is a place itself (South Korea), or a word that heads other names (Washington Post), says
            // nothing of a cut name.
            if (!places.contains(tail) && Character.isUpperCase(tail.codePointAt(0)) && !places.contains(Words.of(name).get(0))
                    && !heads.contains(tail.toLowerCase(Locale.ROOT))) {
                placeTails.putIfAbsent(tail, name);
            }
        }
    }

    private static String first(String phrase) {
        List<String> words = Words.of(phrase.toLowerCase(Locale.ROOT));
        return words.isEmpty() ? "" : words.get(0);
    }

    /** Why {@code entry} of {@code field}, from a brief in {@code language}, is suspect; null when it is not. */
    String suspect(Field field, String entry, String language) {
        List<String> words = Words.of(entry);
        if (words.isEmpty()) {
            return "empty";
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        String last = words.get(words.size() - 1);
        // A publication, or an organisation the knowledge lists by that name ("The Guardian", "Le Monde" named in an
        // article), may open with an article.
        boolean article = determiners.contains(first) && (!field.name().equals("people")
                && !field.name().equals("organisations") || field.name().equals("organisations")
                && (knowledge.publications().canonical(entry) != null || knowledge.organisations().canonical(entry) != null));
        // "NEW WORK", "IT": a word in capitals is no function word; "New York Times" opens with a place, not a word.
        boolean capitals = words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT));
        boolean place = words.size() > 1 && placeTails.containsKey(words.get(1))
                && placeTails.get(words.get(1)).equals(words.get(0) + " " + words.get(1));
        if (!article && !capitals && !place
                && (lexicon.stopwords(language).contains(first) || lexicon.stopwords("en").contains(first))) {
            return "opening function word";
        }
        if (field.personal() && roles.contains(first.replaceAll("\\.$", ""))) {
            return "opening role";
        }
        for (String w : field.personal() ? words : List.of(entry.strip().split("\\s+"))) {
            boolean lastWord = field.personal() || entry.strip().endsWith(w);
            if (lastWord && w.matches(".*\\p{L}(['’]s?|s['’])")) {
                return "possessive";
            }
        }
        // "Martin Scorsese" is no tail of Saint Martin: a person's given name opens a name.
        String tailOf = field.personal() && lexicon.givenNames().contains(first) ? null : placeTails.get(words.get(0));
        if (tailOf != null && !entry.contains(tailOf)) {
            return "place tail (" + tailOf + ")";
        }
        for (String w : words) {
            if ((field.personal() ? personLabels : labels).contains(w.toLowerCase(Locale.ROOT))) {
                return "label word";
            }
        }
        if (entry.matches(".*(@|#|https?:|www\\.).*") || field.personal() && entry.matches(".*\\p{N}.*")
                || field.personal() && words.size() == 1 && entry.equals(entry.toLowerCase(Locale.ROOT))) {
            return "handle";
        }
        if (field.personal() && legalForms.contains(last.toLowerCase(Locale.ROOT))) {
            return "company suffix";
        }
        return null;
    }

    /**
     * The suspects of {@code field} among {@code briefs}, by entry as first written, with the reason; {@code entries}
     * gets each distinct entry's key with the number of briefs that list it.
     */
    Map<String, String> suspects(Field field, List<Brief> briefs, Map<String, Integer> entries) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> language = new LinkedHashMap<>();
        for (Brief b : briefs) {
            for (String v : field.values().apply(b)) {
                String key = Words.nameKey(v);
                shown.putIfAbsent(key, v);
                language.putIfAbsent(key, b.language().orElse("en"));
                entries.merge(key, 1, Integer::sum);
            }
        }
        Map<String, String> out = new TreeMap<>();
        List<String> keys = new ArrayList<>(entries.keySet());
        for (String key : keys) {
            String why = suspect(field, shown.get(key), language.get(key));
            if (why != null) {
                out.put(shown.get(key), why);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (Math.min(a.length(), b.length()) >= 6 && twins(a, b) && !acronymsApart(shown.get(a), shown.get(b))) {
                    boolean aLesser = entries.get(a) < entries.get(b)
                            || entries.get(a).equals(entries.get(b)) && a.compareTo(b) > 0;
                    out.putIfAbsent(shown.get(aLesser ? a : b), "near twin of " + shown.get(aLesser ? b : a));
                }
            }
        }
        return out;
    }

    /**
     * Whether two keys are one letter apart ("zelensky", "zelenskyy"), or two where one ends the other ("moreno",
     * "morenos"; "bank of canada", "bank of canada’s"): two letters apart inside a word part as many people's names
     * as one's ("Ritter", "Richter").
     */
    static boolean twins(String a, String b) {
        int d = Words.editDistance(a, b);
        return d == 1 || d == 2 && (a.startsWith(b) || b.startsWith(a));
    }

    /** Whether {@code a} and {@code b} differ in one word only, an acronym in either: "BBC News", "NBC News". */
    private static boolean acronymsApart(String a, String b) {
        List<String> x = Words.of(a);
        List<String> y = Words.of(b);
        if (x.size() != y.size()) {
            return false;
        }
        int apart = 0;
        boolean acronym = false;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equalsIgnoreCase(y.get(i))) {
                apart++;
                acronym |= x.get(i).equals(x.get(i).toUpperCase(Locale.ROOT))
                        || y.get(i).equals(y.get(i).toUpperCase(Locale.ROOT));
            }
        }
        return apart == 1 && acronym;
    }

    public static void main(String[] args) throws Exception {
        report(Path.of(args[0]), args.length > 1 && args[1].equals("--show"));
    }

    /** Prints the suspect rate of the briefs in {@code folder} per field and fold, and with {@code show} the suspects. */
    static void report(Path folder, boolean show) throws Exception {
        List<Brief> briefs = new BriefStore(folder).readAll();
        EntitySuspects rules = new EntitySuspects();
        System.out.println("| field | fold | entries | suspects | rate |");
        System.out.println("|---|---|---|---|---|");
        Map<String, String> shown = new TreeMap<>();
        for (String fold : List.of("A", "B", "all")) {
            List<Brief> in = briefs.stream().filter(b -> fold.equals("all") || Folds.of(b.source()).equals(fold))
                    .toList();
            int allEntries = 0;
            int allSuspects = 0;
            for (Field field : FIELDS) {
                Map<String, Integer> entries = new LinkedHashMap<>();
                Map<String, String> suspects = rules.suspects(field, in, entries);
                if (!field.name().startsWith("a") && !field.name().startsWith("pub")) {
                    allEntries += entries.size();
                    allSuspects += suspects.size();
                }
                row(field.name(), fold, entries.size(), suspects.size());
                if (fold.equals("all")) {
                    suspects.forEach((e, why) -> shown.put(field.name() + ": " + e, why));
                }
            }
            row("people+organisations", fold, allEntries, allSuspects);
        }
        if (show) {
            shown.forEach((e, why) -> System.out.println("  " + e + "  [" + why + "]"));
        }
    }

    private static void row(String field, String fold, int entries, int suspects) {
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f%% |%n", field, fold, entries, suspects,
                100.0 * suspects / Math.max(1, entries));
    }
}
