package io.github.dossier.clean;

/**
 * One block of a page before cleaning: a line of a text scrape, or a paragraph-level element of an HTML page.
 *
 * @param text        the block's text on one line
 * @param line        1-based line in the raw text (0 for HTML)
 * @param hint        what the markup says the block is, {@link Hint#NONE} for text scrapes
 * @param linkDensity share of the text inside links (0 for text scrapes)
 * @param prior       what the source's structure says of the block before its text is read: positive inside the
 *                    element an HTML extractor chose as the article, negative outside it, 0 for text scrapes
 * @param markup      what the elements around it are named, for HTML
 */
record Block(String text, int line, Hint hint, double linkDensity, double prior, Markup markup) {

    Block(String text, int line, Hint hint, double linkDensity, double prior) {
        this(text, line, hint, linkDensity, prior, Markup.NONE);
    }

    /**
     * What the elements around an HTML block say of it, for the learned reading of lines: whether one of them is
     * named as a box beside the article (Readability's unlikely names: a sidebar, comments, a share bar), as
     * negative or positive by Readability's class weights, whether it lies in a page's {@code <header>}, and how
     * deep (0 for text scrapes).
     */
    record Markup(boolean box, boolean negative, boolean positive, boolean header, int depth) {
        static final Markup NONE = new Markup(false, false, false, false, 0);
    }

    /** The structure the source itself declares. */
    public enum Hint { NONE, PARAGRAPH, HEADING, TITLE, LIST_ITEM, QUOTE, BULLET, BYLINE, TABLE_ROW, CODE }

    public static Block text(String text, int line) {
        return new Block(text, line, Hint.NONE, 0, 0);
    }
}
