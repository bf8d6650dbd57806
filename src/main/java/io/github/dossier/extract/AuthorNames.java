package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names in a byline's text, cleaned: its opening ("By", "Von", "Artikel von", a dash) and its tail (a bio, a
 * role, a place, a date) cut off, the names split apart ("A, B and Dr. C"), honorifics, suffixes, labels and roles
 * dropped ("Über Steffi", "Rechtsanwalt Dennis Tölle"), a company's legal form too, a name in capitals written as a
 * name; and what each name is: a person's (capitalised words, no place, organisation, publication, label or role),
 * an organisation's or desk's signing, or an account that names nobody ("admin"). Label and role words come from the
 * lexicon, in every language it holds. {@link Bylines} finds the text; this says who is in it. Immutable and
 * thread-safe.
 */
final class AuthorNames {

    /** What is in brackets after a name ("(Brussels, European bureau)"): where, not who. */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\)?");
    /** A copyright line: "© 2019 …", "Copyright Haufe-Lexware GmbH". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)\\s*(?:©|\\(c\\)|copyright\\b)");
    /** What a name is written with: letters, marks, spaces, dots, apostrophes and hyphens. */
    private static final Pattern PERSON_NAME_CHARS = Pattern.compile("[\\p{L}\\p{M} .'’-]+");

    private final Gazetteer gazetteer;
    private final NameList organisations;
    private final NameList publications;
    private final Set<String> givenNames;
    private final Set<String> nameParticles;
    private final Pattern honorifics;
    private final Pattern bylinePrefix;
    private final Pattern explicitByline;
    private final Pattern bylineTail;
    private final Pattern notAName;
    private final Pattern nameSeparator;
    private final Pattern nameSuffix;
    private final Pattern gluedByWord;
    private final Set<String> organisationWords;
    private final Set<String> anonymous;
    private final Set<String> englishStopwords;
    private final LegalForms legalForms;
    /** Words that label a name and are none of it: "Über Steffi", "Artikel von", "Text:", lower case. */
    private final Set<String> labels;
    /** What people are, not who: "writer", "Rechtsanwalt", lower case. */
    private final Set<String> roles;

    AuthorNames(Knowledge knowledge) {
        Lexicon lexicon = knowledge.lexicon();
        this.gazetteer = knowledge.gazetteer();
        this.organisations = knowledge.organisations();
        this.publications = knowledge.publications();
        this.givenNames = lexicon.givenNames();
        this.nameParticles = Set.copyOf(lexicon.words(Lexicon.NAME_PARTICLES));
        String honorific = lexicon.alternation(Lexicon.HONORIFICS);
        String leadIns = lexicon.alternation(Lexicon.BYLINE_LEAD_INS);
        this.honorifics = Pattern.compile("^(?:(?:" + honorific + ")\\.?\\s+)+", Pattern.CASE_INSENSITIVE);
        String by = "(?:" + lexicon.patterns(Lexicon.BYLINE_WORDS) + ")(?:\\s*[:：／/|丨]\\s*|\\s+)";
        this.bylinePrefix = Pattern.compile("^(?:[-–—]\\s*)?(?:(?:" + leadIns + ")\\s+)?(?:" + by + ")?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.explicitByline = Pattern.compile("(?:[-–—]\\s*|(?:(?:" + leadIns + ")\\s+)?" + by + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // What follows the names in a byline: a bio, a role after a bar or dash, "in Beijing", a handle, the date
        // and time ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "By Kashmira Gander On 11/13/19").
        this.bylineTail = Pattern.compile("\\s+(?:the|this) (?:author|writer)s?\\b.*$|\\s*[|·•].*$|\\s+[-–—]\\s+.*$"
                + "|,?\\s+(?:in|for|from) \\p{Lu}.*$|\\s+@\\w.*$|,?\\s+(?:(?:" + lexicon.alternation(Lexicon.DATE_LEAD_INS) + ")\\s+)?\\d.*$"
                + "|,?\\s+(?:" + lexicon.monthAlternation() + ")\\.?\\s+\\d.*$"
                + "|,?\\s+(?:updated|published|posted)\\b.*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.notAName = Pattern.compile("(?i).*\\b(" + lexicon.alternation(Lexicon.NOT_NAME_WORDS) + ")\\b.*");
        this.nameSeparator = Pattern.compile("\\s*(?:,|;|&|\\b(?:" + lexicon.alternation(Lexicon.NAME_SEPARATORS)
                + ")\\b)\\s*");
        this.nameSuffix = Pattern.compile("\\s+(?:" + lexicon.alternation(Lexicon.NAME_SUFFIXES) + ")\\.?$");
        this.organisationWords = lexicon.lowerCase(Lexicon.ORGANISATION_AUTHOR_WORDS);
        this.anonymous = lexicon.lowerCase(Lexicon.ANONYMOUS_AUTHORS);
        this.englishStopwords = lexicon.stopwords("en");
        this.legalForms = new LegalForms(lexicon);
        Set<String> l = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.AUTHOR_LABELS));
        l.addAll(lexicon.lowerCase(Lexicon.BYLINE_LEAD_INS));
        for (String w : lexicon.patterns(Lexicon.BYLINE_WORDS).split("\\|")) {
            if (w.matches("[\\p{L} ]+")) {
                l.add(w.toLowerCase(Locale.ROOT)); // "by", "von", "par": the plain words of the byline patterns
            }
        }
        this.labels = Set.copyOf(l);
        Set<String> r = new java.util.HashSet<>();
        lexicon.bioRoles().forEach(x -> r.add(x.toLowerCase(Locale.ROOT)));
        this.roles = Set.copyOf(r);
        // "ByAlex Bozarjian": the word and the name in two elements printed without a space.
        this.gluedByWord = Pattern.compile("^((?iu:" + lexicon.patterns(Lexicon.BYLINE_WORDS) + "))(?=\\p{Lu}\\p{Ll})");
    }

    /** {@code text} without the honorifics it opens with ("Dr.", "Prof."). */
    String withoutHonorifics(String text) {
        return honorifics.matcher(text).replaceFirst("");
    }

    /** A byline without its opening: a dash, a lead-in, the word "By" in one of its languages. */
    String withoutPrefix(String byline) {
        return bylinePrefix.matcher(byline).replaceFirst("");
    }

    /** A byline's names without what follows them: a bio, a role, a place, a handle, a date. */
    String withoutTail(String names) {
        return bylineTail.matcher(names).replaceFirst("");
    }

    /** Whether a byline says it is one: it opens with a dash or the word "By" (after a lead-in, if any). */
    boolean isExplicit(String byline) {
        return explicitByline.matcher(byline).lookingAt();
    }

    /** A byline line with its opening word set apart from a name printed against it: "ByAlex Bozarjian". */
    String unglued(String line) {
        return gluedByWord.matcher(line.strip()).replaceFirst("$1 ");
    }

    /** Whether {@code name} is an account that names nobody ("admin", "No Author"). */
    boolean isAccount(String name) {
        return anonymous.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The organisations in a byline's names ("AP and Reuters", "dpa/lno"); a bare one only from a sure source. From
     * the page's own author field, a name that is no person's signs too: "The Water Coolest", an acronym
     * ("NDR"); but a handle ("Cortyn") or a name opening with a given name is a person's, a place nobody's.
     */
    void organisationsIn(String names, boolean sure, Set<String> publisherKeys, FoundAuthors found) {
        String rest = bylineTail.matcher(PARENTHETICAL.matcher(names).replaceAll(" ")).replaceFirst("").strip();
        // "dpa/lno" is two agencies, "Bündnis 90/Die Grünen" one party.
        if (rest.matches("[\\p{L}.-]+(?:\\s*/\\s*[\\p{L}.-]+)+")) {
            rest = rest.replace('/', ',');
        }
        if (COPYRIGHT.matcher(rest).lookingAt()) {
            return; // "Copyright Haufe-Lexware GmbH & Co. KG": who owns the page, not who wrote it
        }
        // "Haufe-Lexware GmbH & Co. KG" is Haufe-Lexware: the legal form goes before the name is split at its "&".
        String[] pieces = nameSeparator.split(legalForms.without(rest));
        for (int i = 0; i < pieces.length; i++) {
            String n = withoutLabel(pieces[i].strip().replaceAll("[,.;:]+$", ""));
            List<String> words = Words.of(n);
            // "GIROMATCH, Frankfurt a. M., Germany": a place and the town before it are an address.
            boolean address = i + 1 < pieces.length
                    && gazetteer.isPlace(pieces[i + 1].strip().replaceAll("[,.;:]+$", ""));
            if (words.isEmpty() || words.size() > 6 || n.length() > 60 || n.startsWith("http") || n.contains("@")
                    || isAccount(n) || gazetteer.isPlace(n) || address && !publisherKeys.contains(Words.key(n))) {
                continue;
            }
            boolean desk = words.stream().anyMatch(w -> organisationWords.contains(w.toLowerCase(Locale.ROOT)));
            String known = Optional.ofNullable(publications.canonical(n)).orElse(organisations.canonical(n));
            boolean named = sure && Character.isUpperCase(n.codePointAt(0)) && PERSON_NAME_CHARS.matcher(n).matches();
            // An acronym ("NDR") or a web address ("FLVW.de") is a body's name, not a person's handle.
            boolean acronym = words.size() == 1 && n.length() >= 2 && n.equals(n.toUpperCase(Locale.ROOT))
                    || n.matches(".*\\.\\p{L}{2,4}");
            // One word in capitals that no list knows and the site is not called: "FAIL", not "NDR" or "AFP".
            boolean shouted = words.size() == 1 && n.length() >= 4 && acronym && !n.contains(".");
            if (known != null && (sure || desk)) {
                found.addOrganisation(known);
            } else if (desk || (sure && publisherKeys.contains(Words.key(n)))) {
                found.addOrganisation(n);
            } else if (named && (hasGivenName(n) || words.size() == 1 && !acronym)) {
                found.add(n);
            } else if (named && !shouted) {
                found.addOrganisation(n);
            }
        }
    }

    /**
     * {@code name} without the labels and roles it opens with: "Über Steffi" is Steffi, "Rechtsanwalt Dennis Tölle"
     * Dennis Tölle; a given name is no label ("Will Smith").
     */
    String withoutLabel(String name) {
        String n = name.strip();
        for (int round = 0; round < 3; round++) {
            List<String> words = Words.of(n);
            String first = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
            if (words.size() < 2 || givenNames.contains(first) || !labels.contains(first) && !isRole(first)
                    || round == 0 && !Character.isUpperCase(n.codePointAt(0))) {
                return n;
            }
            n = n.substring(n.indexOf(words.get(0)) + words.get(0).length()).replaceFirst("^[\\s:：]+", "");
        }
        return n;
    }

    /** Whether a word is what someone is: a role from the lexicon, or a compound ending in one ("Projektleiterin"). */
    private boolean isRole(String word) {
        if (roles.contains(word)) {
            return true;
        }
        for (String r : roles) {
            if (r.length() >= 7 && word.length() > r.length() + 2 && word.endsWith(r) && !r.contains(" ")) {
                return true;
            }
        }
        return false;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** Splits "A, B and Dr. C" into display names, dropping anything that is not a person's name. */
    List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (COPYRIGHT.matcher(text).lookingAt()) {
            return out; // who owns the page, not who wrote it
        }
        // "Cécile Ducourtieux (Brussels, European bureau)": what is in brackets says where, not who.
        for (String raw : nameSeparator.split(PARENTHETICAL.matcher(text).replaceAll(" "))) {
            String n = honorifics.matcher(raw.strip()).replaceFirst("").replaceAll("[,.;:]+$", "").strip();
            n = nameSuffix.matcher(n).replaceAll("").replaceAll("\\s*@\\w+$", "");
            if (n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)) {
                n = titleCase(n); // "VICTOR TANGERMANN" is Victor Tangermann
            }
            n = withoutLabel(n);
            if (legalForms.in(n)) {
                continue; // "Co. KG", "Web Commerce GmbH": a company, never a person
            }
            if (isPersonName(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether a name opens with a known given name (or a family name written first). */
    boolean hasGivenName(String name) {
        List<String> words = Words.of(name);
        return !words.isEmpty() && givenNames.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code n} reads as a person's name: two to five capitalised words, no place, organisation or desk. */
    boolean isPersonName(String n) {
        List<String> words = Words.of(n);
        if (words.size() >= 2 && words.size() <= 4 && words.size() == n.codePointCount(0, n.length())
                && words.stream().allMatch(w -> Words.isIdeographic(w.codePointAt(0)))) {
            return true; // a Chinese name, family name first: 王立新
        }
        if (words.size() < 2 || words.size() > 5 || n.length() > 60 || !PERSON_NAME_CHARS.matcher(n).matches()
                || words.stream().allMatch(w -> w.length() == 1)) {
            return false; // "A+A", "Ducourtieux(Bruxelles", "2 A B": no one's name
        }
        for (String w : words) {
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !nameParticles.contains(w)) {
                return false;
            }
        }
        if (notAName.matcher(n).matches()) {
            return false;
        }
        if (!Character.isUpperCase(n.codePointAt(0)) || nameParticles.contains(words.get(words.size() - 1))
                || words.stream().anyMatch(w -> labels.contains(w.toLowerCase(Locale.ROOT))
                        && !nameParticles.contains(w) && !givenNames.contains(w.toLowerCase(Locale.ROOT)))) {
            return false; // "der HSS", "Artikel von", "Erstellt von Anna": a label or a phrase, not a name
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (last.length() >= 5 && isRole(last) || isRole(words.get(0).toLowerCase(Locale.ROOT))
                && !givenNames.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return false; // "AP Auto Writer", "Projektleiterin Anna": what someone is, not who
        }
        String opening = words.get(0).toLowerCase(Locale.ROOT);
        if (englishStopwords.contains(opening) && !givenNames.contains(opening)) {
            return false; // "By Any Means Necessary" is a show, "Our Team" a menu; "Will Smith" is a person
        }
        return gazetteer.mentions(n).isEmpty() && organisations.canonical(n) == null
                && publications.canonical(n) == null && publications.find(n).isEmpty();
    }
}
