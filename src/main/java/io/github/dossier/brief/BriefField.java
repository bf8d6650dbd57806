package io.github.dossier.brief;

import io.github.dossier.extract.Author;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.Quote;
import io.github.dossier.knowledge.CountryMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of brief format v1, each once, in the order a brief file writes them: its front-matter key, the kind of
 * value it holds, and what extraction found for it ({@link Metadata}). A {@link Brief} holds its values by field, and
 * the front matter ({@link BriefCodec}), the build cache, the corrections and the brief stage ({@link BriefMaker}) are
 * written and read from this one list. A new field is a line here and its accessor on {@link Brief}.
 *
 * <pre>{@code
 * Brief b = Brief.builder("a-slug", "A title", "a.txt").set(BriefField.TAGS, List.of("Energy")).build();
 * BriefField.TAGS.of(b); // [Energy]
 * }</pre>
 *
 * @param <T> the value's Java type, as its {@link Kind} says
 */
public final class BriefField<T> {

    /** The kinds of value a field holds, and so how it is written and read. */
    public enum Kind {
        /** A {@code String}, always written. */
        TEXT(""),
        /** An {@code Optional<String>}, left out when empty. */
        OPTIONAL_TEXT(Optional.empty()),
        /** An {@code Optional<String>} web address (http or https only), left out when empty. */
        OPTIONAL_URL(Optional.empty()),
        /** An {@code Optional<LocalDate>}, as {@code YYYY-MM-DD}, left out when empty. */
        OPTIONAL_DATE(Optional.empty()),
        /** A {@code List<String>}, always written, in flow style ({@code [a, b]}). */
        LIST(List.of()),
        /** A {@code List<String>}, always written, one item a line. */
        LINES(List.of()),
        /** A {@code Map<String, Integer>} of names to counts, left out when empty. */
        COUNTS(Map.of()),
        /** A {@code List<Quote>}, left out when empty. */
        QUOTES(List.of()),
        /** An {@code Integer}, always written. */
        NUMBER(0),
        /** A {@code Boolean}, written only when true. */
        FLAG(false);

        private final Object empty;

        Kind(Object empty) {
            this.empty = empty;
        }

        /** The value a new brief starts with: empty text, an empty optional, list or map, zero, false. */
        Object empty() {
            return empty;
        }
    }

    /** The fields in the order they are made below: the order a brief file writes them. */
    private static final List<BriefField<?>> DECLARED = new ArrayList<>();

    public static final BriefField<String> TITLE = field("title", Kind.TEXT, Metadata::title);
    public static final BriefField<List<String>> AUTHORS = field("authors", Kind.LIST,
            m -> m.authors().stream().map(Author::name).distinct().toList());
    public static final BriefField<Optional<String>> PUBLICATION = field("publication", Kind.OPTIONAL_TEXT,
            Metadata::publication);
    public static final BriefField<Optional<LocalDate>> PUBLISHED = field("published", Kind.OPTIONAL_DATE,
            Metadata::published);
    public static final BriefField<Optional<String>> SECTION = field("section", Kind.OPTIONAL_TEXT, Metadata::section);
    public static final BriefField<List<String>> TAGS = field("tags", Kind.LIST, Metadata::tags);
    public static final BriefField<List<String>> THEMES = field("themes", Kind.LIST, Metadata::themes);
    public static final BriefField<List<String>> COUNTRIES = field("countries", Kind.LIST,
            m -> List.copyOf(mentions(m).keySet()));
    public static final BriefField<Map<String, Integer>> COUNTRY_MENTIONS = field("country_mentions", Kind.COUNTS,
            BriefField::mentions);
    public static final BriefField<List<String>> PEOPLE = field("people", Kind.LIST, Metadata::people);
    public static final BriefField<List<String>> ORGANISATIONS = field("organisations", Kind.LIST,
            Metadata::organisations);
    public static final BriefField<List<String>> SUMMARY = field("summary", Kind.LINES, Metadata::summary);
    public static final BriefField<List<Quote>> QUOTES = field("quotes", Kind.QUOTES, Metadata::quotes);
    /** The raw file: the brief stage names it, extraction does not. */
    public static final BriefField<String> SOURCE = field("source", Kind.TEXT, null);
    public static final BriefField<Optional<String>> URL = field("url", Kind.OPTIONAL_URL, Metadata::url);
    public static final BriefField<Optional<LocalDate>> ACCESSED = field("accessed", Kind.OPTIONAL_DATE,
            Metadata::accessed);
    public static final BriefField<Optional<String>> LANGUAGE = field("language", Kind.OPTIONAL_TEXT,
            Metadata::language);
    public static final BriefField<Integer> WORDS = field("words", Kind.NUMBER, Metadata::words);
    /** A person's say, never extraction's. */
    public static final BriefField<Boolean> CURATED = field("curated", Kind.FLAG, null);

    /** Every field, in the order a brief file writes them. */
    public static final List<BriefField<?>> ALL = List.copyOf(DECLARED);

    /** Every field's key, in order. */
    public static final List<String> KEYS = ALL.stream().map(BriefField::key).toList();

    private final String key;
    private final Kind kind;
    private final Function<Metadata, T> extracted; // null for a field extraction does not give
    private final int index; // in ALL, and in the values a brief holds

    private BriefField(String key, Kind kind, Function<Metadata, T> extracted, int index) {
        this.key = key;
        this.kind = kind;
        this.extracted = extracted;
        this.index = index;
    }

    private static <T> BriefField<T> field(String key, Kind kind, Function<Metadata, T> extracted) {
        BriefField<T> field = new BriefField<>(key, kind, extracted, DECLARED.size());
        DECLARED.add(field);
        return field;
    }

    /** The countries' names and how often the article names each, most prominent first. */
    private static Map<String, Integer> mentions(Metadata meta) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (CountryMention m : meta.countries()) {
            mentions.put(m.country().name(), m.mentions());
        }
        return mentions;
    }

    /** The front-matter key. */
    public String key() {
        return key;
    }

    /** The kind of value. */
    public Kind kind() {
        return kind;
    }

    /** This field's place in {@link #ALL}. */
    int index() {
        return index;
    }

    /** This field's value in {@code brief}. */
    @SuppressWarnings("unchecked")
    public T of(Brief brief) {
        return (T) brief.value(index);
    }

    /** What extraction found for this field in {@code meta}; empty for a field extraction does not give. */
    Optional<T> extractedFrom(Metadata meta) {
        return extracted == null ? Optional.empty() : Optional.of(extracted.apply(meta));
    }

    /** Whether a brief file leaves this field of {@code brief} out: an empty optional, map or quote list, false. */
    public boolean absentIn(Brief brief) {
        Object v = of(brief);
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
        builder.set(this, (T) value);
    }
}
