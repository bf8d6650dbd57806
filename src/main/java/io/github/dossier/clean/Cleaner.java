package io.github.dossier.clean;

import io.github.dossier.raw.RawDocument;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The cleaning stage: a raw document in, its article out. Chooses the text or HTML cleaner by format.
 *
 * <pre>{@code
 * Cleaner cleaner = Cleaner.builder().dataDirectory(project.resolve("dossier")).build();
 * CleanArticle article = cleaner.clean(rawDocument);
 * }</pre>
 *
 * Immutable and thread-safe: build once, clean many articles in parallel.
 */
public final class Cleaner {

    private final TextCleaner text;
    private final HtmlCleaner html;

    private Cleaner(BlockCleaner blocks) {
        this.text = new TextCleaner(blocks);
        this.html = new HtmlCleaner(blocks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Cleans one raw document on its own. */
    public CleanArticle clean(RawDocument doc) {
        return clean(doc, CorpusProfile.EMPTY);
    }

    /** Cleans one raw document of a corpus: lines the profile knows as template text are removed too. */
    public CleanArticle clean(RawDocument doc, CorpusProfile profile) {
        return switch (doc.format()) {
            case TEXT -> text.clean(doc.source(), doc.text(), profile);
            case MARKDOWN -> text.cleanMarkdown(doc.source(), doc.text(), profile);
            case HTML -> html.clean(doc.source(), doc.text(), profile);
        };
    }

    /** Configures a {@link Cleaner}. */
    public static final class Builder {
        private Path dataDirectory;
        private Collection<String> mastheads = List.of();

        private Builder() {
        }

        /** A project folder whose {@code boilerplate.yml} adds patterns to the shipped ones. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Publication names whose banner lines are boilerplate. */
        public Builder mastheads(Collection<String> mastheads) {
            this.mastheads = List.copyOf(mastheads);
            return this;
        }

        public Cleaner build() {
            Boilerplate patterns = Boilerplate.load(dataDirectory).withMastheads(mastheads);
            return new Cleaner(new BlockCleaner(patterns, BlockCleaner.englishStopwords(),
                    BlockCleaner.bioRoles(dataDirectory)));
        }
    }
}
