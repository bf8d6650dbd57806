package io.github.dossier.review;

import io.github.dossier.brief.Corrections;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a name doubtful on its face, whatever the page: an author that is a label or a desk ("Artikel von",
 * "Redaktion", "FAIL"), a publication that is a handle, an address or a company's legal name ("financialpost",
 * "mesopinions.com", "Web Commerce GmbH"), a person or organisation that is a phrase ("While Hamas", "Two Middle
 * East"), a possessive ("Bank of Canada’s"), a title and a given name ("President Sean"), the tail of a place ("Zealand
 * Herald"). Every word list comes from the {@link Lexicon}, in every language the corpus is in.
 */
final class NameDoubts {

    /** A doubt about a name: why, how doubtful, and the name it should probably be (empty: drop it). */
    record Doubt(String why, double doubt, Optional<String> better) {
    }

    private static final Pattern DOMAIN = Pattern.compile("(?i)(^www\\.|\\.(com|org|net|de|fr|es|it|pl|ru|co\\.uk|at|ch|nl|info|io|eu)\\b)");
    private static final Pattern POSSESSIVE = Pattern.compile("[’'](s)?$");

    private final Lexicon lexicon;
    private final Set<String> stopwords;
    private final Set<String> desks;
    private final Set<String> anonymous;
    private final Set<String> leadIns;
    private final Set<String> labels;
    private final Set<String> titles;
    private final Set<String> givenNames;
    private final List<String> legalForms;
    /** The head of a place named in two words, by its second word ("Zealand" → "New"). */
    private final Map<String, String> placeHeads;

    /** Doubts read with {@code knowledge}'s lists, and the stopwords of {@code languages} (the corpus's). */
    NameDoubts(Knowledge knowledge, Set<String> languages) {
        this.lexicon = knowledge.lexicon();
        Set<String> stop = new java.util.HashSet<>();
        for (String l : languages) {
            stop.addAll(lexicon.stopwords(l));
        }
        this.stopwords = Set.copyOf(stop);
        this.desks = lexicon.lowerCase(Lexicon.ORGANISATION_AUTHOR_WORDS);
        this.anonymous = lexicon.lowerCase(Lexicon.ANONYMOUS_AUTHORS);
        Set<String> lead = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.BYLINE_LEAD_INS));
        for (String w : lexicon.patterns(Lexicon.BYLINE_WORDS).split("\\|")) {
            if (w.matches("[\\p{L} ]+")) {
                lead.add(w.toLowerCase(Locale.ROOT)); // "by", "von", "par": the plain words of the byline patterns
            }
        }
        this.leadIns = Set.copyOf(lead);
        Set<String> l = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.TITLE_LABELS));
        l.addAll(lexicon.lowerCase(Lexicon.SECTION_LABELS));
        l.addAll(lexicon.lowerCase(Lexicon.TAG_LABELS));
        this.labels = Set.copyOf(l);
        Set<String> t = new java.util.HashSet<>();
        lexicon.titles().forEach(x -> t.add(x.toLowerCase(Locale.ROOT)));
        lexicon.words(Lexicon.HONORIFICS).forEach(x -> t.add(x.toLowerCase(Locale.ROOT)));
        this.titles = Set.copyOf(t);
        this.givenNames = lexicon.givenNames();
        this.legalForms = lexicon.words(Lexicon.LEGAL_FORMS);
        // The first words of places named in several words ("New Zealand", "South Africa"): a name opening with the
        // rest of one ("Zealand Herald") has lost its head.
        Map<String, String> heads = new HashMap<>();
        knowledge.gazetteer().names().keySet().forEach(p -> {
            String[] w = p.split(" ");
            if (w.length == 2 && Character.isUpperCase(w[1].codePointAt(0))) {
                heads.putIfAbsent(w[1], w[0]); // the first the gazetteer lists
            }
        });
        this.placeHeads = Map.copyOf(heads);
    }

    private List<String> words(String name) {
        return List.of(name.strip().split("\\s+"));
    }

    private boolean stop(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }

    /** The doubts about {@code name} as a name of {@code kind}; empty when it looks like a name of its kind. */
    Optional<Doubt> of(Corrections.Kind kind, String name, Optional<String> publication) {
        return switch (kind) {
            case AUTHORS -> author(name, publication);
            case PUBLICATIONS -> publication(name);
            case PEOPLE, ORGANISATIONS -> entity(kind, name);
            default -> Optional.empty();
        };
    }

    private Optional<Doubt> author(String name, Optional<String> publication) {
        List<String> w = words(name);
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (anonymous.contains(lower)) {
            return Optional.of(new Doubt("an account that names no one", 0.8, Optional.empty()));
        }
        // A desk with no name of its own ("Redaktion", "Editorial Staff"): every outlet's desk would be one author.
        boolean desk = w.stream().anyMatch(x -> desks.contains(x.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")));
        if (desk && w.stream().allMatch(x -> desks.contains(x.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))
                || stop(x))) {
            return Optional.of(new Doubt("a desk or a team, not a person", 0.75, publication));
        }
        String first = w.get(0).toLowerCase(Locale.ROOT);
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        boolean lastSmall = Character.isLowerCase(w.get(w.size() - 1).codePointAt(0));
        if (w.size() > 1 && lastSmall && (leadIns.contains(last) || stop(last))) {
            return Optional.of(new Doubt("ends with '" + w.get(w.size() - 1) + "', a byline's words, not a name's", 0.8,
                    Optional.empty()));
        }
        if (w.size() > 1 && (leadIns.contains(first.replaceAll("[^\\p{L}]", "")) || w.size() > 2 && stop(w.get(0))
                && Character.isLowerCase(w.get(0).codePointAt(0)))) {
            List<String> rest = new ArrayList<>(w.subList(1, w.size()));
            while (!rest.isEmpty() && (stop(rest.get(0)) || leadIns.contains(rest.get(0).toLowerCase(Locale.ROOT)))) {
                rest.remove(0);
            }
            return Optional.of(new Doubt("opens with '" + w.get(0) + "', a byline's words, not a name's", 0.75,
                    rest.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", rest))));
        }
        if (DOMAIN.matcher(name).find()) {
            return Optional.of(new Doubt("a web address, not a person", 0.6, Optional.empty()));
        }
        if (w.size() >= 2 && titles.contains(first.replace(".", "")) && !givenNames.contains(first)) {
            return Optional.of(new Doubt("opens with a title or a profession, not a name", 0.55,
                    Optional.of(String.join(" ", w.subList(1, w.size())))));
        }
        if (w.size() >= 3 && !givenNames.contains(first) && w.subList(1, w.size() - 1).stream()
                .anyMatch(x -> Character.isLowerCase(x.codePointAt(0)) && stop(x)
                        && !lexicon.lowerCase(Lexicon.NAME_PARTICLES).contains(x.toLowerCase(Locale.ROOT)))) {
            return Optional.of(new Doubt("reads as a role or a phrase, not a name", 0.55, Optional.empty()));
        }
        if (publication.isPresent() && Words.nameKey(publication.get()).equals(Words.nameKey(name))
                && !givenNames.contains(first)) {
            return Optional.of(new Doubt("the publication's own name, not a person", 0.35, Optional.empty()));
        }
        if (w.size() == 1 && name.length() >= 3 && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().allMatch(Character::isLetter)) {
            return Optional.of(new Doubt("a word in capitals, not a name", 0.7, Optional.empty()));
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            return Optional.of(new Doubt("has digits, as a handle or a date has", 0.55, Optional.empty()));
        }
        if (w.size() > 5) {
            return Optional.of(new Doubt("too long for a name (" + w.size() + " words)", 0.55, Optional.empty()));
        }
        for (String word : w) {
            String lw = word.toLowerCase(Locale.ROOT);
            if (lexicon.bioRoles().stream().anyMatch(r -> lw.startsWith(r.toLowerCase(Locale.ROOT)) && lw.length()
                    <= r.length() + 3)) {
                return Optional.of(new Doubt("holds '" + word + "', a role, not a name", 0.55, Optional.empty()));
            }
        }
        if (w.size() == 1 && Character.isLowerCase(name.codePointAt(0))) {
            return Optional.of(new Doubt("a handle, not a name", 0.4, Optional.empty()));
        }
        return Optional.empty();
    }

    private Optional<Doubt> publication(String name) {
        String n = name.strip();
        List<String> w = words(n);
        for (String form : legalForms) {
            int at = Words.indexOfWord(n, form, 0);
            if (at > 0) {
                String before = n.substring(0, at).replaceAll("[\\s,]+$", "").strip();
                return Optional.of(new Doubt("a company's legal name ('" + form + "'), not the outlet's", 0.6,
                        before.isEmpty() ? Optional.empty() : Optional.of(before)));
            }
        }
        String first = w.get(0).toLowerCase(Locale.ROOT);
        // "By linksc", "Rezept von Backen.de": a byline's word first, or a small function word before a web address.
        // Not "La Vie des idées" or "Bundesagentur für Arbeit": a name may hold small words.
        if (w.size() > 1 && leadIns.contains(first.replaceAll("[^\\p{L}]", "")) || w.size() >= 3
                && stop(w.get(w.size() - 2)) && Character.isLowerCase(w.get(w.size() - 2).codePointAt(0))
                && Character.isUpperCase(w.get(0).codePointAt(0)) && DOMAIN.matcher(w.get(w.size() - 1)).find()) {
            return Optional.of(new Doubt("reads as part of a title or a byline, not a publication's name", 0.65,
                    Optional.of(w.get(w.size() - 1))));
        }
        if (w.size() > 6 || n.contains(": ")) {
            return Optional.of(new Doubt("reads as a page's title, not a publication's name", 0.55, Optional.empty()));
        }
        if (labels.contains(n.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Doubt("a label, not a publication's name", 0.65, Optional.empty()));
        }
        if (DOMAIN.matcher(n).find()) {
            return Optional.of(new Doubt("a web address", 0.35, Optional.empty()));
        }
        if (w.size() == 1 && n.length() >= 4 && n.equals(n.toLowerCase(Locale.ROOT)) && n.chars().allMatch(Character::isLetter)) {
            return Optional.of(new Doubt("a handle, not a publication's name", 0.6, Optional.empty()));
        }
        return Optional.empty();
    }

    private Optional<Doubt> entity(Corrections.Kind kind, String name) {
        List<String> w = words(name);
        if (POSSESSIVE.matcher(name).find() && name.length() > 3) {
            String stripped = POSSESSIVE.matcher(name).replaceAll("").strip();
            return Optional.of(new Doubt("a possessive", 0.7, Optional.of(stripped)));
        }
        if (w.size() > 1 && stop(w.get(0)) && !lexicon.lowerCase(Lexicon.NAME_PARTICLES).contains(w.get(0)
                .toLowerCase(Locale.ROOT))) {
            String rest = String.join(" ", w.subList(1, w.size()));
            return Optional.of(new Doubt("opens with '" + w.get(0) + "', a phrase rather than a name", 0.7,
                    kind == Corrections.Kind.PEOPLE ? Optional.empty() : Optional.of(rest)));
        }
        if (w.size() > 1 && stop(w.get(w.size() - 1))) {
            return Optional.of(new Doubt("ends with '" + w.get(w.size() - 1) + "', cut short", 0.65, Optional.empty()));
        }
        if (kind == Corrections.Kind.PEOPLE && w.size() == 2 && titles.contains(w.get(0).toLowerCase(Locale.ROOT)
                .replace(".", "")) && givenNames.contains(w.get(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(new Doubt("a title and a given name, no one in particular", 0.65, Optional.empty()));
        }
        String head = w.size() >= 2 ? placeHeads.get(w.get(0)) : null;
        if (head != null) {
            return Optional.of(new Doubt("opens with '" + w.get(0) + "', the tail of '" + head + " " + w.get(0) + "'",
                    0.65, Optional.of(head + " " + name)));
        }
        if (kind == Corrections.Kind.PEOPLE && name.chars().anyMatch(Character::isDigit)) {
            return Optional.of(new Doubt("has digits", 0.6, Optional.empty()));
        }
        if (kind == Corrections.Kind.PEOPLE && w.size() > 4) {
            return Optional.of(new Doubt("too long for a person's name", 0.5, Optional.empty()));
        }
        return Optional.empty();
    }

}
