package io.github.dossier.clean;

/**
 * The names of the rules that remove or keep a line, as a {@link Part}'s {@code rule} gives them. Rules that come
 * from {@code boilerplate.yml} are named for the list that holds them ("advertisement", "paywall", or a project's
 * own); those the cleaner itself reads by name, and the verdicts it reaches without a pattern, are named here, once.
 */
public final class Rule {

    /** A photo's caption or credit. */
    public static final String CAPTION = "caption";
    /** An author's bio. */
    public static final String BIO = "bio";
    /** A section line. */
    public static final String SECTION = "section";
    /** A byline. */
    public static final String BYLINE = "byline";
    /** A dateline. */
    public static final String DATELINE = "dateline";
    /** A tag line. */
    public static final String TAGS = "tags";
    /** A line printed in many files of the corpus: the site's template. */
    public static final String TEMPLATE = "template";
    /** A teaser for another article. */
    public static final String TEASER = "teaser";
    /** A short line printed several times over: page furniture. */
    public static final String REPEATED = "repeated";
    /** A block of links: navigation. */
    public static final String LINKS = "links";
    /** No words at all. */
    public static final String NO_WORDS = "no-words";
    /** Too few stopwords to be prose. */
    public static final String LOW_STOPWORDS = "low-stopwords";
    /** Prose printed twice, the other copy kept. */
    public static final String DUPLICATE = "duplicate";
    /** A short line that is no sentence. */
    public static final String SHORT = "short";
    /** Above the article. */
    public static final String BEFORE_ARTICLE = "before-article";
    /** Below the article. */
    public static final String AFTER_ARTICLE = "after-article";
    /** Outside the article. */
    public static final String OUTSIDE_ARTICLE = "outside-article";
    /** A page in which no article was found. */
    public static final String NO_ARTICLE = "no-article";
    /** Read as not the article's by the learned model of lines, whatever the rules said ({@link LineModel}). */
    public static final String LEARNED = "learned";

    private Rule() {
    }
}
