package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Bytes;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.pages.Relations;
import io.github.dossier.site.pages.Render;
import io.github.dossier.site.state.RenderState;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Related briefs and the search index, as one attempt at a render makes them: the two parts that read every brief's
 * text, leaving out the same stopwords. Each starts from the state the last render left ({@code <manifest>-related},
 * {@code <manifest>-search}, or {@link SiteRenderer.Memory}), read only when its stage asks for it; each leaves its own
 * as soon as it is made, written beside its place ({@code .next}) so that it is not held, and moved into place only
 * when the site commits ({@link #commit}). Without a manifest, nothing is read or kept.
 */
final class Indexes {

    private final Path manifest;
    private final SiteRenderer.Memory memory;
    private final Lexicon lexicon;
    private final java.util.function.Consumer<String> notes;
    /** The states this attempt left, until the site commits; held softly, as memory allows. */
    private final Map<String, Reference<RenderState>> pending = new LinkedHashMap<>();

    /**
     * The indexes of a render whose manifest is {@code manifest} (null: none is kept); {@code notes} hears of a state
     * found damaged, or that cannot be written.
     */
    Indexes(Path manifest, SiteRenderer.Memory memory, Lexicon lexicon, java.util.function.Consumer<String> notes) {
        this.manifest = manifest;
        this.memory = memory;
        this.lexicon = lexicon;
        this.notes = notes;
    }

    /**
     * The stopwords of every language the briefs are in (English always): in a corpus half German, "und" and "der"
     * would otherwise make every German brief like every other.
     */
    static Set<String> stopwords(List<Brief> briefs, Lexicon lexicon) {
        Set<String> languages = new TreeSet<>(Set.of("en"));
        briefs.forEach(b -> b.language().ifPresent(languages::add));
        Set<String> out = new HashSet<>();
        languages.forEach(l -> out.addAll(lexicon.stopwords(l)));
        return out;
    }

    /** Related briefs for the brief pages: updated from what the last render left, and left for the next at once. */
    Relations relations() {
        return briefs -> {
            RelatedBriefs related = RelatedBriefs.update(briefs, stopwords(briefs, lexicon), this::relatedBefore);
            // Left for the next render now, and let go: at 100,000 briefs it is hundreds of megabytes of word counts.
            leave("related", related.takeState());
            return b -> related.of(b).stream().map(r -> new Relations.Related(r.brief(), r.shares())).toList();
        };
    }

    /** Writes the search index of {@code briefs} through {@code render}, its unchanged shards taken as they were. */
    void search(List<Brief> briefs, Render render) throws IOException {
        SearchIndex search = new SearchIndex(stopwords(briefs, lexicon), lexicon.words(Lexicon.INFLECTION_ENDINGS));
        leave("search", search.write(briefs, render::file, render::carry, searchBefore()));
    }

    private Optional<RelatedBriefs.State> relatedBefore() {
        if (manifest == null) {
            return Optional.empty();
        }
        // Used up by the computation that takes it (its arrays renumbered in place): not to be remembered past it.
        Optional<RelatedBriefs.State> state = memory.related.read(state("related"),
                f -> RelatedBriefs.State.read(f, notes));
        memory.related.forget();
        return state;
    }

    private Optional<SearchIndex.State> searchBefore() {
        return manifest == null ? Optional.empty() : memory.search.read(state("search"),
                f -> SearchIndex.State.read(f, notes));
    }

    /** Where what a {@code part} (related briefs, the search index) leaves for the next render is kept. */
    private Path state(String part) {
        return manifest.resolveSibling(manifest.getFileName() + "-" + part);
    }

    /** Where a part's state waits, written as soon as it is made (so as not to be held), until the site commits. */
    private Path next(String part) {
        return manifest.resolveSibling(manifest.getFileName() + "-" + part + ".next");
    }

    /** A part's state made by this render: written beside its place, and pending until the site commits. */
    private void leave(String part, RenderState state) throws IOException {
        if (manifest != null && state != null) {
            try {
                state.write(next(part));
            } catch (IOException e) {
                notes.accept(state(part) + ": cannot be written (" + Bytes.reason(e) + "); the next render computes "
                        + "it again");
                forget(part);
                return;
            }
            pending.put(part, new SoftReference<>(state));
        }
    }

    /** A part's state that could not be replaced: the one before is not left for the next render either. */
    private void forget(String part) {
        memory.related.forget();
        memory.search.forget();
        try {
            Files.deleteIfExists(state(part));
        } catch (IOException e) {
            // then it is not there to read, or is read as damaged
        }
    }

    /**
     * The site is in place: each state this render left goes in its place, and the next render in this process takes
     * it from memory. Nothing fails the build now: where a folder stands in a state's place, none is kept (the next
     * render makes it again).
     */
    void commit() {
        for (String part : new java.util.ArrayList<>(pending.keySet())) {
            if (Files.isDirectory(state(part), LinkOption.NOFOLLOW_LINKS)) {
                // A folder where the state goes: none is kept (the next render makes it again, and says so).
                leftBehind(part);
                pending.remove(part);
                continue;
            }
            try {
                Files.move(next(part), state(part), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                notes.accept(state(part) + ": cannot be written (" + Bytes.reason(e) + "); the next render "
                        + "computes it again");
                leftBehind(part);
                forget(part);
                pending.remove(part);
            }
        }
        for (Map.Entry<String, Reference<RenderState>> e : pending.entrySet()) {
            RenderState state = e.getValue().get();
            if (state instanceof RelatedBriefs.State r) {
                memory.related.wrote(state(e.getKey()), r);
            } else if (state instanceof SearchIndex.State q) {
                memory.search.wrote(state(e.getKey()), q);
            }
        }
    }

    /** A part's state that waited in vain: deleted if it can be, else said (the next render writes over it). */
    private void leftBehind(String part) {
        try {
            Files.deleteIfExists(next(part));
        } catch (IOException e) {
            notes.accept(next(part) + ": cannot be deleted (" + Bytes.reason(e) + ")");
        }
    }

    /** A render that did not commit leaves no state behind. */
    void discard() throws IOException {
        for (String part : pending.keySet()) {
            Files.deleteIfExists(next(part));
        }
        pending.clear();
    }
}
