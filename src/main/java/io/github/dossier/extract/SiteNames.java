package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Lexicon;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's name as its readers know it, from the names a page gives its site: "Financial Post" rather than the
 * handle "financialpost", "The Detroit News" rather than "detroitnews", "Cleveland.com" rather than "cleveland",
 * "Web Commerce" rather than "Web Commerce GmbH www.w-commerce.de"; never a place ("canada", "Nassau / Paradise
 * Island, Bahamas"), a headline, a label ("News") or a byline ("By linksc"). Two names are one site's when their
 * letters agree, a leading article and an address's domain set aside. Immutable and thread-safe.
 *
 * <pre>{@code
 * sites.bestSpelling("detroitnews", List.of("The Detroit News", "@detroitnews")); // "The Detroit News"
 * }</pre>
 */
final class SiteNames {

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    /** A web address as a name: "Forsal.pl", "wiadomosci.gazeta.pl", "www.kas.de". */
    private static final Pattern HOST_LIKE = Pattern.compile(
            "(?i)(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,6}");
    /** "© 2019 Cleveland.com. All rights reserved", "Copyright (c) Condé Nast 2019": the holder follows. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)|copyright))*"
            + "[\\s:]*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?[\\s,:–-]*)?(.+)$");
    /** Where a holder's name ends: a full stop, a bar or a dash, a comma, a year, "All rights …", a bracket. */
    private static final Pattern HOLDER_END = Pattern.compile(
            "(?i)\\.\\s|\\s[|–—-]\\s|,\\s|\\s\\d{4}\\b|\\sall rights\\b|\\s\\(");

    private final LegalForms legalForms;
    private final Gazetteer gazetteer;
    private final Set<String> labels;
    private final Set<String> determiners;
    /** A byline's opening: "By linksc", "Rezept von Backen.de". */
    private final Pattern byline;

    SiteNames(Lexicon lexicon, Gazetteer gazetteer) {
        this.legalForms = new LegalForms(lexicon);
        this.gazetteer = gazetteer;
        Set<String> l = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.TITLE_LABELS));
        l.addAll(lexicon.lowerCase(Lexicon.SECTION_LABELS));
        this.labels = Set.copyOf(l);
        this.determiners = lexicon.lowerCase(Lexicon.DETERMINERS);
        this.byline = Pattern.compile("^(?:(?:" + lexicon.alternation(Lexicon.BYLINE_LEAD_INS) + ")\\s+)?(?:"
                + lexicon.patterns(Lexicon.BYLINE_WORDS) + ")(?:\\s*:\\s*|\\s+)(?<rest>.+)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A name a page gives its site, as a reader would write it: no legal form ("Wikimedia Foundation, Inc."), no
     * scheme, "www." or closing slash ("www.kas.de" is kas.de); a byline's name only when it is the page's own host
     * ("Rezept von Backen.de" on backen.de). Empty when it is no site's name: a place, a headline, a label.
     */
    Optional<String> readable(String name, Set<String> headlines, String host) {
        String n = tidy(name);
        String company = legalForms.without(n);
        n = company.isEmpty() ? n : company;
        Matcher by = byline.matcher(n);
        if (by.matches()) {
            String rest = by.group("rest").strip();
            if (host.isEmpty() || keys(rest).stream().noneMatch(keys(host)::contains)) {
                return Optional.empty(); // "How to scrape Google - By linksc": the author, not the site
            }
            n = rest;
        }
        return isSiteName(n, headlines) ? Optional.of(n) : Optional.empty();
    }

    /** A name without what is no part of it: a scheme, "www.", a closing slash, marks around it ("• ", "®"). */
    private static String tidy(String name) {
        return name.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.(?=.*\\.)", "")
                .replaceFirst("/+$", "").replaceFirst("^[^\\p{L}\\p{N}]+", "").replaceFirst("[\\s®™©]+$", "")
                .strip();
    }

    /** Whether {@code name} holds a legal form: a company's name rather than the site's. */
    boolean isCompany(String name) {
        return legalForms.in(name);
    }

    private boolean isSiteName(String n, Set<String> headlines) {
        if (n.isBlank() || n.length() > 60 || !n.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        if (headlines.contains(Words.key(n)) || n.contains(": ") || Words.count(n) > 6) {
            return false; // a headline or a tagline, not a name
        }
        return !labels.contains(n.toLowerCase(Locale.ROOT)) && !isPlace(n);
    }

    /** A place, however written ("canada"), or a name ending with one ("Nassau / Paradise Island, Bahamas"). */
    boolean isPlace(String n) {
        if (gazetteer.isPlace(n) || gazetteer.isPlace(capitalised(n))) {
            return true;
        }
        String[] parts = n.split("\\s*[,/]\\s*");
        return parts.length > 1 && gazetteer.isPlace(parts[parts.length - 1].strip());
    }

    private static String capitalised(String n) {
        StringBuilder out = new StringBuilder();
        for (String w : n.strip().split("\\s+")) {
            out.append(out.length() == 0 ? "" : " ").append(w.isEmpty() ? w
                    : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    /**
     * The keys a name is known by: its letters, without a leading article ("The Detroit News": detroitnews), and for
     * an address its name without the domain and the last two labels ("wiadomosci.gazeta.pl": gazetapl, gazeta).
     */
    Set<String> keys(String name) {
        Set<String> out = new LinkedHashSet<>();
        String n = name.strip();
        if (HOST_LIKE.matcher(n).matches()) {
            String[] labels = n.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
            out.add(letters(String.join("", labels)));
            out.add(letters(String.join("", List.of(labels).subList(0, labels.length - 1))));
            if (labels.length > 2) {
                out.add(letters(labels[labels.length - 2] + labels[labels.length - 1]));
                out.add(letters(labels[labels.length - 2]));
            }
            return out;
        }
        List<String> words = Words.of(Words.nameKey(n));
        out.add(letters(String.join("", words)));
        if (words.size() > 1 && determiners.contains(words.get(0))) {
            out.add(letters(String.join("", words.subList(1, words.size()))));
        }
        out.remove("");
        return out;
    }

    private static String letters(String text) {
        return NOT_LETTER.matcher(Words.nameKey(text)).replaceAll("");
    }

    /**
     * Of {@code spellings}, the best-written one of the site {@code name} names: with capitals rather than a handle in
     * lower case, a name rather than an address, words apart rather than run together; {@code name} when none is
     * better.
     */
    String bestSpelling(String name, List<String> spellings) {
        Set<String> keys = keys(name);
        String best = name;
        int bestScore = score(name);
        for (String s : spellings) {
            String candidate = tidy(s);
            if (candidate.isEmpty() || isCompany(candidate) || Words.count(candidate) > 6) {
                continue;
            }
            // A domain written with capitals ("Space.com") is a brand's spelling: only a name in words replaces it.
            boolean brand = bestScore == 2 && HOST_LIKE.matcher(name).matches() && !candidate.contains(" ");
            if (!brand && score(candidate) > bestScore && keys(candidate).stream().anyMatch(keys::contains)) {
                best = candidate;
                bestScore = score(candidate);
            }
        }
        return best;
    }

    private static int score(String name) {
        boolean capitals = name.codePoints().anyMatch(Character::isUpperCase);
        boolean small = name.codePoints().anyMatch(Character::isLowerCase);
        boolean address = HOST_LIKE.matcher(name).matches();
        // A handle run together in lower case reads worst, then an address, then a name; capitals and small letters
        // both rather than shouting, and words apart ("The Hill", not "TheHill").
        int base = address ? (capitals && small ? 2 : 1) : capitals ? (small ? 3 : 2) : 0;
        return base + (capitals && name.contains(" ") ? 1 : 0);
    }

    /**
     * Who a copyright line says owns the page, without a legal form: "© 2019 Cleveland.com. All rights reserved"
     * names Cleveland.com, "Copyright (c) Condé Nast 2019" Condé Nast.
     */
    Optional<String> copyrightHolder(String line) {
        Matcher m = COPYRIGHT.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String holder = m.group(1);
        Matcher end = HOLDER_END.matcher(holder);
        if (end.find()) {
            holder = holder.substring(0, end.start());
        }
        holder = holder.replaceAll("[.,;:]+$", "").strip();
        holder = legalForms.without(holder).isEmpty() ? holder : legalForms.without(holder);
        return Words.count(holder) >= 1 && Words.count(holder) <= 6 && !holder.matches("(?i).*\\d{4}.*")
                ? Optional.of(holder) : Optional.empty();
    }
}
