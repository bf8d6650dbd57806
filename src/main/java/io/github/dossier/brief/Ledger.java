package io.github.dossier.brief;

import io.github.dossier.internal.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What Dossier last wrote into the briefs directory, kept beside the briefs ({@value #FILE}) and committed with
 * them, so that it holds on a fresh clone and on a CI runner as on the researcher's machine. A brief whose text is
 * not what the ledger records was edited by hand and is the researcher's from then on; a brief the ledger records
 * that is gone was deleted by hand, and its raw file gives no brief until its line is deleted.
 *
 * <pre>
 * # slug	source	state
 * china-russia-have-to-forge-closer-ties	000_c5c357d6ed771a28.txt	sha256:3f9a…
 * my-corrected-brief	002_97dff720050e16ab.txt	edited
 * an-article-i-removed	004_48a37671b9fd4298.txt	deleted
 * </pre>
 *
 * A state lists every text a brief may have while Dossier replaces it ({@code sha256:old sha256:new}, and
 * {@code absent} while it removes one), written before the briefs are, so that a build killed half way never takes its
 * own text for a researcher's edit. Not thread-safe: one sync uses one ledger.
 */
final class Ledger {

    /** The ledger's name in the briefs directory. */
    static final String FILE = ".dossier-ledger";

    private static final String HEADER = """
            # Dossier's ledger of the briefs it wrote. Commit it with the briefs. Dossier reads it to keep your edits:
            # a brief whose text is not what Dossier wrote was edited by you and is yours from then on, never rewritten
            # (as if it said curated: true); a brief you deleted stays deleted, and its raw file gives no brief.
            # To have Dossier write a brief again, set curated: false in it, or delete its line here (and the brief).
            # slug, source (the raw file), state: the SHA-256 of the text Dossier wrote, edited, or deleted
            """;

    /** What became of a brief Dossier wrote. */
    enum State {
        /** As Dossier wrote it: one of the texts {@link Entry#texts} names, or absent while it removes it. */
        WRITTEN,
        /** Edited by hand: the researcher's from then on. */
        EDITED,
        /** Deleted by hand: its source gives no brief. */
        DELETED
    }

    /**
     * One line of the ledger.
     *
     * @param slug   the brief's file name without {@code .md}
     * @param source the raw file it was made from
     * @param state  what became of it
     * @param texts  for {@link State#WRITTEN}, the SHA-256 of each text the file may have as Dossier left it, and
     *               {@code absent} when it may be gone (being removed)
     */
    record Entry(String slug, String source, State state, Set<String> texts) {
        Entry {
            texts = Set.copyOf(texts);
        }

        /** Whether a file of this text (its SHA-256) is as Dossier left it. */
        boolean wrote(String sha) {
            return state == State.WRITTEN && texts.contains("sha256:" + sha);
        }

        /** Whether Dossier may have removed this brief itself (a build stopped between the ledger and the files). */
        boolean removing() {
            return state == State.WRITTEN && texts.contains(ABSENT);
        }
    }

    private static final String ABSENT = "absent";
    private static final java.util.regex.Pattern SHA = java.util.regex.Pattern.compile("sha256:[0-9a-f]{64}");

    private final Path file;
    /** Briefs written or edited, by slug. */
    private final TreeMap<String, Entry> bySlug = new TreeMap<>();
    /** Briefs deleted by hand, by source. */
    private final TreeMap<String, Entry> deleted = new TreeMap<>();
    private final boolean existed;
    /** The ledger's text on disk, as read or last written (empty when there is none). */
    private String onDisk = "";
    /** Changes since the ledger was read or written: none, and writing it costs nothing (100,000 lines at scale). */
    private long changes;
    private long changesOnDisk;

    private Ledger(Path file, boolean existed) {
        this.file = file;
        this.existed = existed;
    }

    /**
     * The ledger of the briefs in {@code directory}: empty when it has none yet.
     *
     * @throws BriefFormatException naming the ledger and the line that cannot be read (a merge left unresolved)
     */
    static Ledger read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Ledger(file, false);
        }
        Ledger ledger = new Ledger(file, true);
        ledger.onDisk = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = List.of(ledger.onDisk.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1)
                    : lines.get(i); // a checkout's CRLF line ends
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("<<<<<<<") || line.startsWith("=======") || line.startsWith(">>>>>>>")) {
                throw new BriefFormatException(file, i + 1, "a merge conflict left unresolved; keep both sides' lines "
                        + "(delete the conflict markers): two lines for one brief are read as one, naming both texts");
            }
            String[] f = line.split("\t", -1);
            Optional<Entry> e = f.length == 3 ? parse(f) : Optional.empty();
            if (e.isEmpty()) {
                throw new BriefFormatException(file, i + 1, "expected 'slug<TAB>source<TAB>state' (state: sha256:…, "
                        + "edited or deleted), found '" + (line.length() > 80 ? line.substring(0, 80) + "…" : line)
                        + "'; fix the line, or delete it to have Dossier decide again");
            }
            ledger.merge(e.get());
        }
        return ledger;
    }

    private static Optional<Entry> parse(String[] f) {
        String slug = unescape(f[0]);
        String source = unescape(f[1]); // empty for a brief made by hand that names no raw file
        if (slug == null || slug.isEmpty() || slug.contains("/") || source == null) {
            return Optional.empty();
        }
        return switch (f[2]) {
            case "edited" -> Optional.of(new Entry(slug, source, State.EDITED, Set.of()));
            case "deleted" -> Optional.of(new Entry(slug, source, State.DELETED, Set.of()));
            default -> {
                Set<String> texts = new TreeSet<>(List.of(f[2].split(" ")));
                boolean ok = texts.stream().allMatch(t -> t.equals(ABSENT) || SHA.matcher(t).matches());
                yield ok ? Optional.of(new Entry(slug, source, State.WRITTEN, texts)) : Optional.empty();
            }
        };
    }

    private void put(Entry e) {
        Entry was = e.state() == State.DELETED ? deleted.put(e.source(), e) : bySlug.put(e.slug(), e);
        if (!e.equals(was)) {
            changes++;
        }
    }

    /**
     * A line read: as {@link #put}, but two lines for one brief (the two sides of a merge, both kept) make one:
     * every text either names, and the researcher's claim ({@code edited}) over Dossier's.
     */
    private void merge(Entry e) {
        Entry was = e.state() == State.DELETED ? null : bySlug.get(e.slug());
        if (was == null || was.state() == State.EDITED) {
            if (was == null) {
                put(e);
            }
            return;
        }
        if (e.state() == State.EDITED) {
            put(e);
            return;
        }
        Set<String> texts = new TreeSet<>(was.texts());
        texts.addAll(e.texts());
        put(new Entry(e.slug(), e.source(), State.WRITTEN, texts));
    }

    /** Whether the briefs directory had a ledger when it was read. */
    boolean existed() {
        return existed;
    }

    /** Where the ledger is. */
    Path file() {
        return file;
    }

    /** What the ledger records of the brief file {@code slug} (written or edited), if anything. */
    Optional<Entry> of(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Every brief written or edited, by slug. */
    Collection<Entry> briefs() {
        return List.copyOf(bySlug.values());
    }

    /** The file names (slugs) the researcher's deleted briefs had: not given to another article. */
    Set<String> deletedSlugs() {
        Set<String> out = new TreeSet<>();
        deleted.values().forEach(e -> out.add(e.slug()));
        return out;
    }

    /** Every raw file whose brief the researcher deleted. */
    Set<String> deletedSources() {
        return Set.copyOf(deleted.keySet());
    }

    /** Whether the researcher deleted the brief of {@code source}. */
    boolean deleted(String source) {
        return deleted.containsKey(source);
    }

    /** Records that {@code slug}, made from {@code source}, holds exactly the text of SHA-256 {@code sha}. */
    void written(String slug, String source, String sha) {
        put(new Entry(slug, source, State.WRITTEN, Set.of("sha256:" + sha)));
    }

    /**
     * Records that {@code slug} may hold, besides what it held, the text of SHA-256 {@code sha} (null: may be gone),
     * while Dossier writes (or removes) it.
     */
    void replacing(String slug, String source, String sha) {
        Set<String> texts = new TreeSet<>(Optional.ofNullable(bySlug.get(slug)).filter(e -> e.state() == State.WRITTEN)
                .map(Entry::texts).orElse(Set.of()));
        texts.add(sha == null ? ABSENT : "sha256:" + sha);
        put(new Entry(slug, source, State.WRITTEN, texts));
    }

    /** Records that the researcher edited {@code slug}: it is theirs. */
    void edited(String slug, String source) {
        put(new Entry(slug, source, State.EDITED, Set.of()));
    }

    /** Records that the researcher deleted {@code slug}: its {@code source} gives no brief from now on. */
    void deletedByHand(String slug, String source) {
        removed(slug);
        put(new Entry(slug, source, State.DELETED, Set.of()));
    }

    /** Puts {@code entry}'s line back as it was (read before a sync changed it); null changes nothing. */
    void set(Entry entry) {
        if (entry != null) {
            put(entry);
        }
    }

    /** Forgets {@code slug}: Dossier removed it. */
    void removed(String slug) {
        if (bySlug.remove(slug) != null) {
            changes++;
        }
    }

    /** Forgets that {@code source}'s brief was deleted: it is back (restored by hand). */
    void restored(String source) {
        if (deleted.remove(source) != null) {
            changes++;
        }
    }

    /** The ledger as its file holds it. */
    String text() {
        List<Entry> all = new ArrayList<>(bySlug.values());
        all.addAll(deleted.values());
        all.sort(Comparator.comparing(Entry::slug).thenComparing(Entry::source));
        StringBuilder sb = new StringBuilder(HEADER);
        for (Entry e : all) {
            sb.append(escape(e.slug())).append('\t').append(escape(e.source())).append('\t').append(switch (e.state()) {
                case EDITED -> "edited";
                case DELETED -> "deleted";
                case WRITTEN -> String.join(" ", new TreeSet<>(e.texts()));
            }).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes the ledger when its text changed; a ledger that records nothing is not made where there was none.
     * Returns whether it wrote.
     */
    boolean write() throws IOException {
        if (changes == changesOnDisk && existed) {
            return false; // as read or last written, line for line
        }
        String text = text();
        changesOnDisk = changes;
        if (bySlug.isEmpty() && deleted.isEmpty() && !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || text.equals(onDisk) && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        AtomicFile.write(file, text);
        onDisk = text;
        return true;
    }

    /** A slug or a source as one field: tabs, line breaks and backslashes escaped (file names may hold them). */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == s.length()) {
                return null;
            }
            switch (s.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }

}
