package io.github.dossier.clean;

import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.raw.RawDocument;
import java.nio.file.Path;

/**
 * The cleaning stage: a raw document in, its article out. Chooses the text or HTML cleaner by format.
 *
 * <pre>{@code
 * Cleaner cleaner = Cleaner.builder().knowledge(Knowledge.load(project.resolve("content"))).build();
 * CleanArticle article = cleaner.clean(rawDocument);
 * }</pre>
 *
 * Immutable and thread-safe: build once, clean many articles in parallel.
 */
public final class Cleaner {

    private final TextCleaner text;
    private final HtmlCleaner html;

    private final BlockCleaner blocks;

    private Cleaner(BlockCleaner blocks, Lexicon lexicon) {
        this.blocks = blocks;
        this.text = new TextCleaner(blocks);
        this.html = new HtmlCleaner(blocks, lexicon);
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

    /** How the rules read a document, line by line, for training the learned reading ({@link LineModel}). */
    BlockCleaner.Reading read(RawDocument doc, CorpusProfile profile) {
        return switch (doc.format()) {
            case TEXT -> blocks.read(TextCleaner.blocks(doc.text()), profile);
            case MARKDOWN -> blocks.read(TextCleaner.markdownBlocks(doc.text()), profile);
            case HTML -> blocks.read(html.parse(doc.text()).blocks(), profile);
        };
    }

    /** Configures a {@link Cleaner}. */
    public static final class Builder {
        private Knowledge knowledge; // the shipped knowledge unless set
        private boolean learned = true;

        private Builder() {
        }

        /** What the cleaner knows: boilerplate patterns (with publications' mastheads) and the lexicon. */
        public Builder knowledge(Knowledge knowledge) {
            this.knowledge = knowledge;
            return this;
        }

        /** The shipped knowledge with what a project folder's data files ({@code boilerplate.yml} …) add. */
        public Builder dataDirectory(Path dataDirectory) {
            return knowledge(Knowledge.load(dataDirectory));
        }

        /**
         * Whether the learned model of lines decides which are the article's (the default), or the rules alone do,
         * as before the model: for comparing the two.
         */
        public Builder learned(boolean learned) {
            this.learned = learned;
            return this;
        }

        public Cleaner build() {
            Knowledge k = knowledge == null ? Knowledge.shipped() : knowledge;
            BlockCleaner blocks = new BlockCleaner(k.boilerplate(), k.lexicon(), learned ? LineModel.SHIPPED : null);
            return new Cleaner(blocks, k.lexicon());
        }
    }
}
