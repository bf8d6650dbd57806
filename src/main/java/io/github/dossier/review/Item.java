package io.github.dossier.review;

import io.github.dossier.brief.Corrections;
import java.util.List;
import java.util.Optional;

/**
 * One thing in the corpus that most needs a human: what is doubtful, where, how doubtful, and the line of
 * {@code corrections.yml} that would fix it (where a corrections line can: a brief's body is fixed in the brief).
 *
 * @param check   what kind of doubt
 * @param slug    the brief it is about, or empty for a cluster of names across briefs or a raw file
 * @param title   the brief's title (or the raw file), to show
 * @param field   the field at fault ({@code authors}, {@code published}, {@code body} …)
 * @param doubt   how likely it is wrong, 0 to 1: items are listed most doubtful first
 * @param problem what is wrong, in a sentence that quotes the value
 * @param fix     the corrections line that fixes it, or what to do where no line can
 * @param merge   for a cluster of names: the merge the fix line makes, for a merge button
 * @param briefs  the briefs it concerns: its own, or those carrying the name
 */
public record Item(Check check, String slug, String title, String field, double doubt, String problem, String fix,
        Optional<Merge> merge, List<String> briefs) {

    /** The kinds of doubt the review looks for, each with what it means. */
    public enum Check {
        DATE_IMPLAUSIBLE("a date far from the corpus's others"),
        DATE_DISAGREES("a date the page itself does not state"),
        AUTHOR_LABEL("an author that looks like a label, a desk or a handle"),
        PUBLICATION_HANDLE("a publication that looks like a handle, an address or a company's legal name"),
        NAME_JUNK("a name that is no person's or organisation's"),
        CLUSTER("names that are probably one"),
        SUMMARY_BOILERPLATE("a summary that is page furniture"),
        SUMMARY_BROKEN("a summary sentence cut short"),
        BODY_LEFTOVER("page furniture left in the body"),
        BODY_SHORT("a body much shorter than the page's text"),
        BODY_GAP("something the page has that the body lacks"),
        FIELD_FURNITURE("a section, tags or quotations that are page furniture"),
        ENCODING("garbled characters"),
        TITLE_DOUBT("a title that carries more than the headline"),
        LANGUAGE("a language missing, or not the page's"),
        COUNTRY_MISSING("a country the article names that its brief lacks"),
        COUNTRY_DOUBTFUL("a country named only inside another name"),
        NAMES_UNLISTED("names the article gives that its brief does not list"),
        MISSING_AUTHOR("no author"),
        MISSING_DATE("no date"),
        MISSING_PUBLICATION("no publication"),
        MISSING_URL("no address of the original"),
        NO_BRIEF("a raw file that gave no brief");

        private final String meaning;

        Check(String meaning) {
            this.meaning = meaning;
        }

        /** What the check looks for, as a heading. */
        public String meaning() {
            return meaning;
        }
    }

    /**
     * A merge of names of one kind into one: the line {@code kind: {rename: {name: into}}} for each other name.
     *
     * @param counts how many briefs carry each name, in {@code names} order
     */
    public record Merge(Corrections.Kind kind, List<String> names, List<Integer> counts, String into) {
        public Merge {
            names = List.copyOf(names);
            counts = List.copyOf(counts);
        }
    }

    public Item {
        doubt = Math.max(0, Math.min(1, doubt));
        briefs = List.copyOf(briefs);
    }
}
