package io.github.dossier.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What text must contain for a regular expression to match it: a set of literal strings, one of which occurs in
 * every match. One scan for the literals of all rules ({@link LiteralScanner}) then rules out most lines before
 * the regex engine runs, which matters for patterns such as {@code .{0,200}\bcredit:.*} that would otherwise
 * backtrack across every long paragraph.
 *
 * <p>The analysis is conservative: whatever it does not understand (classes, back-references, look-around,
 * inline flags) counts as "anything", and a pattern with no required literal gets no filter at all. Literals are
 * {@linkplain #fold folded} the way {@code CASE_INSENSITIVE | UNICODE_CASE} compares characters, so the test is
 * also right for patterns that ignore case.
 *
 * <pre>{@code
 * RequiredLiterals.of("(read more|see also):? .*")        // Optional[[read more, see also]]
 * RequiredLiterals.of("[\\p{Lu} ]{2,40} / \\w+")           // Optional[[ / ]]
 * RequiredLiterals.of("\\d+")                             // Optional.empty
 * }</pre>
 */
final class RequiredLiterals {

    private RequiredLiterals() {
    }

    /** One of these strings (folded) occurs in every match of {@code regex}; empty when nothing is known. */
    public static Optional<Set<String>> of(String regex) {
        try {
            Parser p = new Parser(regex);
            Set<String> set = p.alternation();
            return p.at < regex.length() || set == null || set.contains("") ? Optional.empty() : Optional.of(set);
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** {@code text} with each character folded as case-insensitive Unicode matching compares it. */
    public static String fold(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int folded = cp < 128 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
                    : Character.toLowerCase(Character.toUpperCase(cp));
            if (folded != cp && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    /** A recursive-descent reader of the regex subset that can require literals; anything else is "no literal". */
    private static final class Parser {
        private final String re;
        private int at;

        Parser(String re) {
            this.re = re;
        }

        /** branch ('|' branch)*: a match contains a literal of one of the branches. */
        Set<String> alternation() {
            Set<String> union = new LinkedHashSet<>();
            boolean known = true;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    known = false;
                } else {
                    union.addAll(branch);
                }
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return known ? union : null;
            }
        }

        /** A run of atoms: the best requirement among its parts; adjacent literal characters join up. */
        Set<String> sequence() {
            List<Set<String>> required = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                int before = at;
                Atom atom = atom();
                int[] q = quantifier();
                boolean literalChar = atom.literal != null;
                if (literalChar && q == null) {
                    run.appendCodePoint(atom.literal);
                    continue;
                }
                flush(run, required);
                if (q != null && q[0] == 0) {
                    continue;
                }
                if (literalChar) {
                    required.add(Set.of(fold(new String(Character.toChars(atom.literal)))));
                } else if (atom.set != null) {
                    required.add(atom.set);
                }
                if (at == before) {
                    throw new IllegalStateException("no progress");
                }
            }
            flush(run, required);
            Set<String> best = null;
            for (Set<String> s : required) {
                if (best == null || shortest(s) > shortest(best)) {
                    best = s;
                }
            }
            return best;
        }

        private static void flush(StringBuilder run, List<Set<String>> into) {
            if (run.length() > 0) {
                into.add(Set.of(fold(run.toString())));
                run.setLength(0);
            }
        }

        private static int shortest(Set<String> s) {
            return s.stream().mapToInt(String::length).min().orElse(0);
        }

        /** One atom: a literal character, a group (with what it requires) or anything else (requires nothing). */
        Atom atom() {
            char c = re.charAt(at++);
            switch (c) {
                case '(' -> {
                    boolean plain = true;
                    if (re.startsWith("?:", at) || re.startsWith("?>", at)) {
                        at += 2;
                    } else if (re.startsWith("?<", at) && at + 2 < re.length()
                            && Character.isLetter(re.charAt(at + 2))) {
                        at = re.indexOf('>', at) + 1;
                    } else if (re.charAt(at) == '?') {
                        plain = false; // look-around or inline flags: zero width or mode changes
                    }
                    Set<String> inner = plain ? alternation() : skipGroup();
                    expect(')');
                    return new Atom(null, inner);
                }
                case '[' -> {
                    skipClass();
                    return Atom.ANY;
                }
                case '\\' -> {
                    char e = re.charAt(at++);
                    if (e == 'p' || e == 'P') {
                        if (re.charAt(at) == '{') {
                            at = re.indexOf('}', at) + 1;
                        } else {
                            at++;
                        }
                        return Atom.ANY;
                    }
                    if (e == 'Q' || e == 'k' || e == 'x' || e == 'u' || e == 'c' || e == '0' || e == 'N') {
                        throw new IllegalStateException("escape \\" + e);
                    }
                    if (Character.isLetterOrDigit(e)) {
                        return Atom.ANY; // \d \s \w \b \1 …: a class, an anchor or a back-reference
                    }
                    return new Atom((int) e, null);
                }
                case '.', '^', '$' -> {
                    return Atom.ANY;
                }
                case '*', '+', '?', '{' -> throw new IllegalStateException("dangling quantifier");
                default -> {
                    if (Character.isHighSurrogate(c) && at < re.length()) {
                        return new Atom(Character.toCodePoint(c, re.charAt(at++)), null);
                    }
                    return new Atom((int) c, null);
                }
            }
        }

        /** {min, max} of a quantifier after an atom (max -1 for none), or null when there is none. */
        int[] quantifier() {
            if (at >= re.length()) {
                return null;
            }
            int[] q;
            char c = re.charAt(at);
            if (c == '*') {
                q = new int[] {0, -1};
                at++;
            } else if (c == '+') {
                q = new int[] {1, -1};
                at++;
            } else if (c == '?') {
                q = new int[] {0, 1};
                at++;
            } else if (c == '{') {
                int close = re.indexOf('}', at);
                String[] parts = re.substring(at + 1, close).split(",", -1);
                q = new int[] {Integer.parseInt(parts[0].strip()), -1};
                at = close + 1;
            } else {
                return null;
            }
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++; // lazy or possessive: the same strings match
            }
            return q;
        }

        private Set<String> skipGroup() {
            int depth = 0;
            while (at < re.length()) {
                char c = re.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    at++;
                    skipClass();
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return null;
                    }
                    depth--;
                }
                at++;
            }
            throw new IllegalStateException("unclosed group");
        }

        /** Skips a character class whose '[' was read, nested classes included. */
        private void skipClass() {
            int depth = 1;
            if (at < re.length() && re.charAt(at) == '^') {
                at++;
            }
            if (at < re.length() && re.charAt(at) == ']') {
                at++;
            }
            while (depth > 0) {
                char c = re.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
        }

        private void expect(char c) {
            if (at >= re.length() || re.charAt(at) != c) {
                throw new IllegalStateException("expected " + c + " at " + at);
            }
            at++;
        }
    }

    private record Atom(Integer literal, Set<String> set) {
        static final Atom ANY = new Atom(null, null);
    }
}
