package io.github.dossier.clean;

/** What a piece of a cleaned article is. Body types are rendered as the article; the rest feed the metadata. */
public enum PartType {
    /** The article's headline. */
    HEADLINE(false),
    /** The page's own title as a scrape's first line often gives it: "Headline - Site". */
    PAGE_TITLE(false),
    /** A standfirst bullet or deck under the headline; becomes the summary. */
    STANDFIRST(false),
    /** A section or kicker line such as {@code Topic | US-China relations} or {@code Opinion}. */
    SECTION(false),
    /** A byline: the author names, possibly with more words around them. */
    BYLINE(false),
    /** A line stating the article's date. */
    DATELINE(false),
    /** The source's own tag line. */
    TAGS(false),
    /** A line about an author ("Dr. X is a lecturer in …", "The writer is …"). */
    BIO(false),
    /** A paragraph of the article. */
    PARAGRAPH(true),
    /** A subheading inside the article. */
    HEADING(true),
    /** A block quotation inside the article. */
    QUOTE(true),
    /** An item of a list inside the article. */
    LIST_ITEM(true),
    /** A row of a table inside the article, its cells apart by {@link #CELL}. */
    TABLE_ROW(true),
    /** Preformatted text (code, a poem's lines) inside the article, its line breaks as {@link #NEWLINE}. */
    CODE(true),
    /** Removed material, kept with the rule that removed it so that later stages can read it (publication names). */
    BOILERPLATE(false);

    /** Between the cells of a {@link #TABLE_ROW}'s text. */
    public static final char CELL = '\uE000';
    /** For a line break in a {@link #CODE} part's text, which is kept on one line like every part's. */
    public static final char NEWLINE = '\uE001';
    /** For a space in a {@link #CODE} part's text, where spaces are kept as written (indentation). */
    public static final char CODE_SPACE = '\uE002';

    /** A part's text as plain text: a table row's cells apart by a tab, code's line breaks and spaces as written. */
    public static String plain(String text) {
        if (text.indexOf(CELL) < 0 && text.indexOf(NEWLINE) < 0 && text.indexOf(CODE_SPACE) < 0) {
            return text;
        }
        return text.replace(" " + CELL + " ", "\t").replace(CELL, '\t').replace(NEWLINE, '\n').replace(CODE_SPACE, ' ')
                .strip();
    }

    private final boolean body;

    PartType(boolean body) {
        this.body = body;
    }

    /** Whether this part is article text. */
    public boolean isBody() {
        return body;
    }
}
