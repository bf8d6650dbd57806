package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The front-matter fields of brief format v1, each once, in the order a brief file writes them: its key, the kind
 * of value it holds, and how to read it from a {@link Brief} and set it on a {@link Brief.Builder}. The front
 * matter ({@link BriefCodec}) and the build cache are written and read from this one list.
 *
 * @param key    the front-matter key
 * @param kind   the kind of value
 * @param get    the value of a brief
 * @param set    sets the value on a builder
 * @param <T>    the value's Java type, as {@code kind} says
 */
public record BriefField<T>(String key, Kind kind, Function<Brief, T> get, BiConsumer<Brief.Builder, T> set) {

    /** The kinds of value a field holds, and so how it is written and read. */
    public enum Kind {
        /** A {@code String}, always written. */
        TEXT,
        /** An {@code Optional<String>}, left out when empty. */
        OPTIONAL_TEXT,
        /** An {@code Optional<String>} web address (http or https only), left out when empty. */
        OPTIONAL_URL,
        /** An {@code Optional<LocalDate>}, as {@code YYYY-MM-DD}, left out when empty. */
        OPTIONAL_DATE,
        /** A {@code List<String>}, always written, in flow style ({@code [a, b]}). */
        LIST,
        /** A {@code List<String>}, always written, one item a line. */
        LINES,
        /** A {@code Map<String, Integer>} of names to counts, left out when empty. */
        COUNTS,
        /** A {@code List<Quote>}, left out when empty. */
        QUOTES,
        /** An {@code Integer}, always written. */
        NUMBER,
        /** A {@code Boolean}, written only when true. */
        FLAG
    }

    public static final BriefField<String> TITLE = new BriefField<>("title", Kind.TEXT, Brief::title,
            Brief.Builder::title);
    public static final BriefField<List<String>> AUTHORS = new BriefField<>("authors", Kind.LIST, Brief::authors,
            Brief.Builder::authors);
    public static final BriefField<Optional<String>> PUBLICATION = new BriefField<>("publication", Kind.OPTIONAL_TEXT,
            Brief::publication, Brief.Builder::publication);
    public static final BriefField<Optional<LocalDate>> PUBLISHED = new BriefField<>("published", Kind.OPTIONAL_DATE,
            Brief::published, Brief.Builder::published);
    public static final BriefField<Optional<String>> SECTION = new BriefField<>("section", Kind.OPTIONAL_TEXT,
            Brief::section, Brief.Builder::section);
    public static final BriefField<List<String>> TAGS = new BriefField<>("tags", Kind.LIST, Brief::tags,
            Brief.Builder::tags);
    public static final BriefField<List<String>> THEMES = new BriefField<>("themes", Kind.LIST, Brief::themes,
            Brief.Builder::themes);
    public static final BriefField<List<String>> COUNTRIES = new BriefField<>("countries", Kind.LIST, Brief::countries,
            Brief.Builder::countries);
    public static final BriefField<Map<String, Integer>> COUNTRY_MENTIONS = new BriefField<>("country_mentions",
            Kind.COUNTS, Brief::countryMentions, Brief.Builder::countryMentions);
    public static final BriefField<List<String>> PEOPLE = new BriefField<>("people", Kind.LIST, Brief::people,
            Brief.Builder::people);
    public static final BriefField<List<String>> ORGANISATIONS = new BriefField<>("organisations", Kind.LIST,
            Brief::organisations, Brief.Builder::organisations);
    public static final BriefField<List<String>> SUMMARY = new BriefField<>("summary", Kind.LINES, Brief::summary,
            Brief.Builder::summary);
    public static final BriefField<List<Quote>> QUOTES = new BriefField<>("quotes", Kind.QUOTES, Brief::quotes,
            Brief.Builder::quotes);
    public static final BriefField<String> SOURCE = new BriefField<>("source", Kind.TEXT, Brief::source,
            Brief.Builder::source);
    public static final BriefField<Optional<String>> URL = new BriefField<>("url", Kind.OPTIONAL_URL, Brief::url,
            Brief.Builder::url);
    public static final BriefField<Optional<LocalDate>> ACCESSED = new BriefField<>("accessed", Kind.OPTIONAL_DATE,
            Brief::accessed, Brief.Builder::accessed);
    public static final BriefField<Optional<String>> LANGUAGE = new BriefField<>("language", Kind.OPTIONAL_TEXT,
            Brief::language, Brief.Builder::language);
    public static final BriefField<Integer> WORDS = new BriefField<>("words", Kind.NUMBER, Brief::words,
            Brief.Builder::words);
    public static final BriefField<Boolean> CURATED = new BriefField<>("curated", Kind.FLAG, Brief::curated,
            Brief.Builder::curated);

    /** Every field, in the order a brief file writes them. */
    public static final List<BriefField<?>> ALL = List.of(TITLE, AUTHORS, PUBLICATION, PUBLISHED, SECTION, TAGS, THEMES,
            COUNTRIES, COUNTRY_MENTIONS, PEOPLE, ORGANISATIONS, SUMMARY, QUOTES, SOURCE, URL, ACCESSED, LANGUAGE, WORDS,
            CURATED);

    /** Every field's key, in order. */
    public static final List<String> KEYS = ALL.stream().map(BriefField::key).toList();

    /** This field's value in {@code brief}. */
    public T of(Brief brief) {
        return get.apply(brief);
    }

    /** Copies this field from {@code brief} to {@code builder}. */
    void copy(Brief brief, Brief.Builder builder) {
        set.accept(builder, get.apply(brief));
    }

    /** Whether a brief file leaves this field of {@code brief} out: an empty optional, map or quote list, false. */
    public boolean absentIn(Brief brief) {
        Object v = get.apply(brief);
        return switch (kind) {
            case OPTIONAL_TEXT, OPTIONAL_URL, OPTIONAL_DATE -> ((Optional<?>) v).isEmpty();
            case COUNTS -> ((Map<?, ?>) v).isEmpty();
            case QUOTES -> ((List<?>) v).isEmpty();
            case FLAG -> !((Boolean) v);
            case TEXT, LIST, LINES, NUMBER -> false;
        };
    }

    /** Sets this field from a value of its kind's Java type (as read back from a file or the cache). */
    @SuppressWarnings("unchecked")
    public void setFrom(Brief.Builder builder, Object value) {
        set.accept(builder, (T) value);
    }
}
