package io.github.dossier.clean;

import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Languages;
import io.github.dossier.knowledge.Lexicon;
import java.util.List;
import java.util.Map;

/**
 * Turns a page's blocks into a {@link CleanArticle}: the shared back half of the text and HTML cleaners.
 *
 * <p>Each block is scored on several signals, in the spirit of jusText and boilerpipe: the boilerplate patterns,
 * length, stopword share, sentence punctuation, link density, and repetition within the page. The article is
 * the densest run of prose (a maximum-sum run over those scores), so menus, teasers and footers around it fall
 * away while a caption or "Read more:" inside it costs little ({@link Scoring}). Blocks before the run are
 * searched for the headline, standfirst, section, byline and date; blocks after it for author bios and tags
 * ({@link Typing}). Repeated prose (a lede or pull quote printed twice, a block re-printed after a paywall) keeps
 * one copy: the fuller one, or the first.
 *
 * <p>Immutable and thread-safe; all per-page state lives in a {@link Page} made for each call.
 */
final class BlockCleaner {

    private final Boilerplate boilerplate;
    private final Languages languages;
    private final Signs signs;

    /**
     * @param boilerplate the line patterns
     * @param lexicon     the languages and their stopwords, whose share tells prose from menus, the words of names, bios, teasers, dates
     */
    BlockCleaner(Boilerplate boilerplate, Lexicon lexicon) {
        this(boilerplate, lexicon, LineModel.SHIPPED);
    }

    /**
     * @param model the learned reading of lines, or null to let the rules decide alone
     */
    BlockCleaner(Boilerplate boilerplate, Lexicon lexicon, LineModel model) {
        this.boilerplate = boilerplate;
        this.languages = lexicon.languages();
        this.signs = new Signs(lexicon);
        this.model = model;
    }

    private final LineModel model;

    /** A cleaner with the shipped patterns (no mastheads) and lexicon. */
    static BlockCleaner defaults() {
        return new BlockCleaner(Boilerplate.defaults(), Lexicon.shipped());
    }

    /** Cleans one page's blocks; {@code meta} is passed through to the result. */
    CleanArticle clean(String source, List<Block> blocks, Map<String, List<String>> meta) {
        return clean(source, blocks, meta, CorpusProfile.EMPTY);
    }

    /** Cleans one page's blocks, knowing which lines recur across the corpus. */
    CleanArticle clean(String source, List<Block> blocks, Map<String, List<String>> meta, CorpusProfile profile) {
        Reading reading = read(blocks, profile);
        return new CleanArticle(source, model == null ? reading.parts() : model.revise(reading.lines(),
                reading.features(), reading.parts()), meta);
    }

    /** A page as the rules read it: its lines, their features and the parts the rules typed them as, one a line. */
    record Reading(List<Line> lines, double[][] features, List<Part> parts) {
    }

    /** Reads a page's blocks by the rules. */
    Reading read(List<Block> blocks, CorpusProfile profile) {
        Page page = new Page(blocks, languages);
        int[] run = new Scoring(page, boilerplate, profile, signs).run();
        List<Part> parts = new Typing(page, signs).parts(run);
        return new Reading(page.lines, LineFeatures.of(page.lines, run, page.stopwords), parts);
    }
}
