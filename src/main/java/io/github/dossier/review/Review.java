package io.github.dossier.review;

import io.github.dossier.brief.Brief;
import io.github.dossier.brief.Corrections;
import io.github.dossier.internal.Fault;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The review queue: what in a corpus most needs a human, most doubtful first, each item with the line of
 * {@code corrections.yml} that fixes it. It reads the briefs (as corrected) beside their raw pages and the corpus
 * around them: a missing author, date or publication; a date far from the corpus's others or not the page's; a summary
 * or paragraphs that are page furniture; an author that is a label, a publication that is a handle or a legal name; a
 * body much shorter than the page, or lacking its tables or standfirst; a language not the page's; countries named in
 * the article's own language (CLDR's names) but missing; names no list holds; and clusters of names that are probably
 * one, found as OpenRefine finds them ({@link NameClusters}). Nothing is changed: the researcher decides.
 *
 * <pre>{@code
 * Review.Report report = Review.of(knowledge).run(briefs, raw::read, List.of());
 * report.items().forEach(i -> System.out.println(i.problem() + "\n  " + i.fix()));
 * }</pre>
 *
 * Immutable and thread-safe; a run reads raw pages in parallel.
 */
public final class Review {

    /**
     * A review's result.
     *
     * @param items  most doubtful first
     * @param briefs how many briefs were reviewed
     */
    public record Report(List<Item> items, int briefs) {
        public Report {
            items = List.copyOf(items);
        }

        /** How many items of each check, in the checks' order. */
        public Map<Item.Check, Integer> counts() {
            Map<Item.Check, Integer> out = new java.util.EnumMap<>(Item.Check.class);
            items.forEach(i -> out.merge(i.check(), 1, Integer::sum));
            return out;
        }

        /** The report as a terminal shows it: counts by check, then the first {@code limit} items, each with its fix. */
        public List<String> lines(int limit) {
            List<String> out = new ArrayList<>();
            out.add("review: " + items.size() + " items in " + briefs + " briefs, most doubtful first");
            counts().forEach((check, n) -> out.add(String.format(Locale.ROOT, "  %4d  %s", n, check.meaning())));
            int shown = 0;
            for (Item i : items) {
                if (shown++ == limit) {
                    out.add("… and " + (items.size() - limit) + " more");
                    break;
                }
                out.add(String.format(Locale.ROOT, "%.2f %s%s: %s", i.doubt(), i.slug().isEmpty() ? "" : i.slug() + " ",
                        i.field(), i.problem()));
                for (String line : i.fix().split("\n")) {
                    out.add("       " + line);
                }
            }
            // Printed to a terminal: names and file names from the input shown, never run ("\x1b[31m").
            return out.stream().map(io.github.dossier.internal.InputText::printable).toList();
        }

        /**
         * The report as tab-separated values, one item a line, for a spreadsheet or OpenRefine: doubt, check, field,
         * the briefs it concerns, the problem and the fix (tabs and line breaks in them written as spaces and " | ").
         */
        public String tsv() {
            StringBuilder sb = new StringBuilder("doubt\tcheck\tfield\tbriefs\tproblem\tfix\n");
            for (Item i : items) {
                sb.append(String.format(Locale.ROOT, "%.2f", i.doubt())).append('\t').append(i.check()).append('\t')
                        .append(i.field()).append('\t').append(String.join(",", i.briefs())).append('\t')
                        .append(cell(i.problem())).append('\t').append(cell(i.fix())).append('\n');
            }
            return sb.toString();
        }

        private static String cell(String s) {
            return s.replace("\t", " ").replace("\r", "").replace("\n", " | ");
        }

        /**
         * Writes the report as Markdown to {@code markdownFile} and as tab-separated values beside it (the same name
         * ending {@code .tsv} instead of {@code .md}), making the folder if need be.
         */
        public void write(Path markdownFile) throws IOException {
            Files.createDirectories(markdownFile.toAbsolutePath().getParent());
            Files.writeString(markdownFile, markdown(), StandardCharsets.UTF_8);
            String tsvName = markdownFile.getFileName().toString().replaceFirst("\\.md$", "") + ".tsv";
            Files.writeString(markdownFile.resolveSibling(tsvName), tsv(), StandardCharsets.UTF_8);
        }

        /** The report as Markdown: counts by check, then every item, most doubtful first, with its fix. */
        public String markdown() {
            StringBuilder sb = new StringBuilder("# Review: ").append(items.size()).append(" items in ").append(briefs)
                    .append(" briefs, most doubtful first\n\n| check | items |\n|---|---|\n");
            counts().forEach((c, n) -> sb.append("| ").append(c.meaning()).append(" | ").append(n).append(" |\n"));
            sb.append('\n');
            int n = 0;
            for (Item i : items) {
                sb.append(++n).append(". **").append(String.format(Locale.ROOT, "%.2f", i.doubt())).append("** ")
                        .append(i.slug().isEmpty() ? "" : "`" + i.slug() + "` ").append(i.field()).append(": ")
                        .append(i.problem()).append("\n");
                for (String line : i.fix().split("\n")) {
                    sb.append("   ").append(line.startsWith("edit ") || line.startsWith("check ") ? line
                            : "`" + line + "`").append('\n');
                }
            }
            return sb.toString();
        }
    }

    private final Knowledge knowledge;
    /**
     * What each raw page said of itself, by its file and text, kept between runs of one review (a preview server
     * shows the queue after every rebuild) while memory allows: a page is parsed again only when it changed or was
     * let go. Emptied when it names more than {@link #KEEP_PAGES} pages.
     */
    private final Map<String, java.lang.ref.SoftReference<Page>> pages = new ConcurrentHashMap<>();
    private static final int KEEP_PAGES = 20_000;

    private Review(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** A review with what {@code knowledge} knows: its word lists, boilerplate patterns and gazetteer. */
    public static Review of(Knowledge knowledge) {
        return new Review(knowledge);
    }

    /**
     * Reviews {@code briefs} (as corrected), each beside its raw page ({@code raw}: empty when it cannot be read), and
     * the raw files that gave no brief ({@code unbriefed}: each a line naming the file and why).
     */
    public Report run(List<Brief> briefs, Function<Brief, Optional<RawDocument>> raw, List<String> unbriefed) {
        CorpusContext context = new CorpusContext(knowledge, briefs);
        BriefChecks checks = new BriefChecks(knowledge, context);
        List<Item> items = Collections.synchronizedList(new ArrayList<>());
        // Every page's description first: what recurs across pages (a site's description) is no page's own. Pages are
        // read twice rather than all held at once (at 100,000 briefs they would not fit); the second read takes them
        // from memory while memory allows.
        if (this.pages.size() > KEEP_PAGES) {
            this.pages.clear();
        }
        briefs.parallelStream().forEach(b -> {
            try {
                raw.apply(b).map(doc -> page(doc, b)).flatMap(Page::description).ifPresent(context::sawDescription);
            } catch (RuntimeException | StackOverflowError e) {
                // told when the brief is checked
            }
        });
        briefs.parallelStream().forEach(b -> {
            try {
                Page page = raw.apply(b).map(doc -> page(doc, b)).orElse(Page.NONE);
                items.addAll(checks.check(b, page));
            } catch (RuntimeException | StackOverflowError e) {
                items.add(new Item(Item.Check.BODY_GAP, b.slug(), b.title(), "body", 0.2, "the review could not read "
                        + "this brief's page (" + Fault.describe(e) + ")", "check content/raw/" + b.source(),
                        Optional.empty(), List.of(b.slug())));
            }
        });
        List<Item> clusters = clusters(briefs, context);
        // A doubtful name that a cluster holds is fixed by the cluster's merge, not dropped.
        Map<String, String> merged = new HashMap<>();
        for (Item c : clusters) {
            Item.Merge m = c.merge().orElseThrow();
            m.names().forEach(n -> merged.put(m.kind().key() + "\u0000" + n, m.into()));
        }
        items.addAll(names(briefs, context, merged));
        items.addAll(clusters);
        for (String line : unbriefed) {
            int colon = line.indexOf(": ");
            String source = colon > 0 ? line.substring(0, colon) : line;
            items.add(new Item(Item.Check.NO_BRIEF, "", source, "raw file", 0.5, line,
                    "check content/raw/" + source + "; if it is an article, write its brief by hand (curated: true)",
                    Optional.empty(), List.of()));
        }
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble((Item i) -> -i.doubt()).thenComparing(Item::check)
                .thenComparing(Item::slug).thenComparing(Item::field).thenComparing(Item::problem));
        return new Report(sorted, briefs.size());
    }

    /** What {@code doc}, {@code b}'s raw page, says of itself: as the last run read it, when it is the same. */
    private Page page(RawDocument doc, Brief b) {
        String key = doc.source() + "\u0000" + b.url().orElse("") + "\u0000"
                + io.github.dossier.internal.Fingerprint.of(doc.text());
        java.lang.ref.SoftReference<Page> kept = this.pages.get(key);
        Page page = kept == null ? null : kept.get();
        if (page == null) {
            page = Page.of(doc, b.url());
            this.pages.put(key, new java.lang.ref.SoftReference<>(page));
        }
        return page;
    }

    /** Names that are no names of their kind, one item per name, with the briefs carrying it. */
    private List<Item> names(List<Brief> briefs, CorpusContext context, Map<String, String> merged) {
        NameDoubts doubts = new NameDoubts(knowledge, context.languages);
        List<Item> out = new ArrayList<>();
        Map<String, Brief> bySlug = new HashMap<>();
        briefs.forEach(b -> bySlug.put(b.slug(), b));
        for (Corrections.Kind kind : List.of(Corrections.Kind.AUTHORS, Corrections.Kind.PUBLICATIONS,
                Corrections.Kind.PEOPLE, Corrections.Kind.ORGANISATIONS)) {
            // name → publication → briefs (publication: the scope a rule for an author may need)
            Map<String, Map<String, List<String>>> carriers = new TreeMap<>();
            for (Brief b : briefs) {
                for (String name : kind.namesOf(b)) {
                    carriers.computeIfAbsent(name, n -> new TreeMap<>())
                            .computeIfAbsent(b.publication().orElse(""), p -> new ArrayList<>()).add(b.slug());
                }
            }
            for (Map.Entry<String, Map<String, List<String>>> e : carriers.entrySet()) {
                String name = e.getKey();
                List<String> slugs = e.getValue().values().stream().flatMap(List::stream).sorted().toList();
                Optional<String> only = e.getValue().size() == 1 && !e.getValue().containsKey("")
                        ? Optional.of(e.getValue().keySet().iterator().next()) : Optional.empty();
                Optional<NameDoubts.Doubt> d = doubts.of(kind, name, only);
                if (d.isEmpty()) {
                    continue;
                }
                NameDoubts.Doubt doubt = d.get();
                String fix;
                boolean desk = kind == Corrections.Kind.AUTHORS && doubt.why().startsWith("a desk");
                if (desk) {
                    // A desk signs for its own publication: one rule for each, so four outlets' "Redaktion" stay four.
                    List<String> lines = new ArrayList<>();
                    e.getValue().forEach((publication, list) -> {
                        if (!publication.isEmpty()) {
                            lines.add(Fix.renameIn(publication, kind, name, publication));
                            return;
                        }
                        // No publication to scope a rule to: each brief's own authors, without the desk.
                        for (String slug : list) {
                            Brief b = bySlug.get(slug);
                            List<String> others = b.authors().stream().filter(a -> !a.equals(name)).toList();
                            lines.add(Fix.brief(b.source().isEmpty() ? b.slug() : b.source(), "authors", others));
                        }
                    });
                    fix = String.join("\n", lines);
                } else if (merged.containsKey(kind.key() + "\u0000" + name)) {
                    String into = merged.get(kind.key() + "\u0000" + name);
                    if (into.equals(name)) {
                        continue; // the name its cluster merges into: that cluster's item says what to do
                    }
                    fix = Fix.rename(kind, name, into);
                } else {
                    fix = doubt.better().filter(x -> !x.isBlank() && !x.equals(name)).map(x -> Fix.rename(kind, name, x))
                            .orElse(Fix.drop(kind, name));
                }
                String where = slugs.size() == 1 ? "in 1 brief" : "in " + slugs.size() + " briefs"
                        + (desk && e.getValue().size() > 1 ? " of " + e.getValue().size() + " publications" : "");
                Item.Check check = switch (kind) {
                    case AUTHORS -> Item.Check.AUTHOR_LABEL;
                    case PUBLICATIONS -> Item.Check.PUBLICATION_HANDLE;
                    default -> Item.Check.NAME_JUNK;
                };
                double weight = doubt.doubt() + Math.min(0.1, 0.02 * (slugs.size() - 1));
                out.add(new Item(check, "", name, kind.key(), weight, kind.key() + " “" + name + "” " + where + ": "
                        + doubt.why(), fix, Optional.empty(), slugs));
            }
        }
        return out;
    }

    /** Clusters of names that are probably one, per kind. */
    private List<Item> clusters(List<Brief> briefs, CorpusContext context) {
        Corpus corpus = new Corpus(briefs);
        boolean german = context.languages.contains("de") && context.mostly("de");
        List<Item> out = new ArrayList<>();
        Map<Corrections.Kind, TermKind> kinds = new LinkedHashMap<>();
        kinds.put(Corrections.Kind.PEOPLE, TermKind.PERSON);
        kinds.put(Corrections.Kind.ORGANISATIONS, TermKind.ORGANISATION);
        kinds.put(Corrections.Kind.AUTHORS, TermKind.AUTHOR);
        kinds.put(Corrections.Kind.PUBLICATIONS, TermKind.PUBLICATION);
        for (Map.Entry<Corrections.Kind, TermKind> k : kinds.entrySet()) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, List<String>> slugs = new HashMap<>();
            for (Term t : corpus.terms(k.getValue())) {
                counts.put(t.name(), t.briefs().size());
                slugs.put(t.name(), t.briefs().stream().map(Brief::slug).toList());
            }
            for (NameClusters.Cluster c : NameClusters.of(counts, k.getKey() == Corrections.Kind.PEOPLE, german)) {
                List<String> others = c.names().subList(1, c.names().size());
                double doubt = c.methods().contains("fingerprint") || c.methods().contains("2-gram fingerprint") ? 0.8
                        : c.methods().contains("edit distance") ? 0.7 : c.methods().contains("surname alone") ? 0.55
                        : 0.5;
                List<String> said = new ArrayList<>();
                for (int i = 0; i < c.names().size(); i++) {
                    said.add("“" + c.names().get(i) + "” (" + c.counts().get(i) + ")");
                }
                List<String> affected = new TreeSet<>(c.names().stream().flatMap(n -> slugs.get(n).stream()).toList())
                        .stream().toList();
                out.add(new Item(Item.Check.CLUSTER, "", c.proposed(), k.getKey().key(), doubt, k.getKey().key() + " "
                        + String.join(", ", said) + " are probably one (" + String.join(", ", c.methods()) + ")",
                        Fix.rename(k.getKey(), others, c.proposed()),
                        Optional.of(new Item.Merge(k.getKey(), c.names(), c.counts(), c.proposed())), affected));
            }
        }
        return out;
    }
}
