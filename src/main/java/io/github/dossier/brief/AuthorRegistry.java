package io.github.dossier.brief;

import io.github.dossier.internal.AtomicFile;
import io.github.dossier.internal.Utf8;
import io.github.dossier.internal.Words;
import io.github.dossier.internal.Yaml;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The curatable register of authors: one YAML file per person in {@code content/authors/}, written when a build
 * first meets an author and never overwritten after, so a curator can fix a name, add the spellings other
 * articles use, and rewrite the bio.
 *
 * <pre>{@code
 * # content/authors/dmitri-trenin.yml
 * name: Dmitri Trenin
 * aliases: [Dmitry Trenin]
 * affiliation: Carnegie Moscow Center
 * bio: Dmitri Trenin is director of the Carnegie Moscow Center.
 *
 * # content/authors/reuters.yml
 * name: Reuters
 * organisation: true      # signs as an author, cited as one literal name, never "Reuters, R."
 * }</pre>
 *
 * A name resolves to its person whatever its case, accents or punctuation, and through the aliases, so one
 * person is one name across briefs.
 */
public final class AuthorRegistry {

    /** One author as the register records them: a person, or an organisation signing as an author. */
    public record Author(String slug, String name, List<String> aliases, Optional<String> affiliation,
            Optional<String> bio, boolean organisation) {

        public Author {
            aliases = List.copyOf(aliases);
        }

        /** A person. */
        public Author(String slug, String name, List<String> aliases, Optional<String> affiliation, Optional<String> bio) {
            this(slug, name, aliases, affiliation, bio, false);
        }
    }

    private final Path directory;
    private final Map<String, Author> bySlug = new LinkedHashMap<>();
    private final Map<String, Author> byKey = new LinkedHashMap<>();
    private final List<Path> written = new ArrayList<>();
    /** The authors whose files are as Dossier wrote them, never edited: those a build may take back. */
    private final java.util.Set<String> untouched = new java.util.HashSet<>();

    private AuthorRegistry(Path directory) {
        this.directory = directory;
    }

    /** Reads every register file in {@code directory} (none when it does not exist). */
    public static AuthorRegistry read(Path directory) throws BriefFormatException, IOException {
        AuthorRegistry registry = new AuthorRegistry(directory);
        if (directory == null || !Files.isDirectory(directory)) {
            return registry;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.yml")) {
            ds.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        for (Path file : files) {
            String text;
            try {
                text = Utf8.read(file);
            } catch (Utf8.NotUtf8Exception e) {
                throw new BriefFormatException(file, e.line(), e.reason());
            }
            Author a = parse(file, text);
            registry.add(a);
            if (text.equals(write(a))) {
                registry.untouched.add(a.slug());
            }
        }
        return registry;
    }

    private static Author parse(Path file, String text) throws BriefFormatException {
        Object loaded;
        try {
            loaded = Yaml.load(text, file.toString());
        } catch (MarkedYamlEngineException e) {
            throw new BriefFormatException(file, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0),
                    "broken YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new BriefFormatException(file, 0, "broken YAML: " + e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new BriefFormatException(file, 1, "an author file must be a mapping with at least a name");
        }
        Object name = map.get("name");
        if (name == null || name instanceof Map || name instanceof List || String.valueOf(name).isBlank()) {
            throw new BriefFormatException(file, 1, "'name': an author file needs a name");
        }
        List<String> aliases = new ArrayList<>();
        Object a = map.get("aliases");
        if (a instanceof List<?> list) {
            list.forEach(x -> aliases.add(String.valueOf(x)));
        } else if (a != null) {
            aliases.add(String.valueOf(a));
        }
        Object organisation = map.get("organisation") == null ? Boolean.FALSE : map.get("organisation");
        if (!(organisation instanceof Boolean)) {
            throw new BriefFormatException(file, 1, "'organisation': true or false, not '" + organisation + "'");
        }
        String fileName = file.getFileName().toString();
        return new Author(fileName.substring(0, fileName.length() - ".yml".length()), String.valueOf(name).strip(),
                aliases, text(map.get("affiliation")), text(map.get("bio")), (Boolean) organisation);
    }

    private static Optional<String> text(Object v) {
        return v == null || String.valueOf(v).isBlank() ? Optional.empty() : Optional.of(String.valueOf(v).strip());
    }

    private void add(Author a) {
        bySlug.put(a.slug(), a);
        byKey.putIfAbsent(key(a.name()), a);
        for (String alias : a.aliases()) {
            byKey.putIfAbsent(key(alias), a);
        }
    }

    /** A comparison key for names: no accents, no case, no punctuation. */
    public static String key(String name) {
        return Words.nameKey(name);
    }

    /** The person a name (or alias, in any case or accenting) stands for. */
    public Optional<Author> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** The name a brief should show for {@code name}: the register's, when it knows the person. */
    public String canonical(String name) {
        return find(name).map(Author::name).orElse(name);
    }

    /** Every person, by slug. */
    public List<Author> all() {
        return List.copyOf(bySlug.values());
    }

    /** Registers a person; see {@link #register(String, Optional, Optional, boolean)}. */
    public Author register(String name, Optional<String> affiliation, Optional<String> bio) throws IOException {
        return register(name, affiliation, bio, false);
    }

    /**
     * Registers an author the register does not know yet and writes their file; a known author is left as the
     * file says, whatever this article suggests (a curator decides). Returns the author as registered.
     */
    public Author register(String name, Optional<String> affiliation, Optional<String> bio, boolean organisation)
            throws IOException {
        Optional<Author> known = find(name);
        if (known.isPresent()) {
            return known.get();
        }
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; bySlug.containsKey(slug) || Files.exists(directory.resolve(slug + ".yml")); n++) {
            slug = base + "-" + n;
        }
        Author a = new Author(slug, name, List.of(), affiliation, bio, organisation);
        Files.createDirectories(directory);
        Path file = directory.resolve(slug + ".yml");
        // Never over a file that appeared meanwhile: a curator's file is never overwritten.
        if (AtomicFile.create(file, write(a).getBytes(StandardCharsets.UTF_8))) {
            written.add(file);
            untouched.add(slug);
        }
        add(a);
        return a;
    }

    /**
     * Takes back the files Dossier wrote for authors no brief names any more ({@code named}: the briefs' author
     * names), where no one has edited them since: a byline misread once ("Any Means Necessary") does not stay in the
     * register for ever. A file someone edited is kept, named or not. Returns the files removed.
     */
    public List<Path> prune(java.util.Set<String> named) throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        named.forEach(n -> keys.add(key(n)));
        List<Path> removed = new ArrayList<>();
        for (Author a : List.copyOf(bySlug.values())) {
            boolean used = keys.contains(key(a.name())) || a.aliases().stream().anyMatch(x -> keys.contains(key(x)));
            if (!used && untouched.contains(a.slug())) {
                Path file = directory.resolve(a.slug() + ".yml");
                if (Files.deleteIfExists(file)) {
                    removed.add(file);
                }
                written.remove(file);
                bySlug.remove(a.slug());
                byKey.values().removeIf(x -> x == a);
            }
        }
        return removed;
    }

    /** The files {@link #register} wrote. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    private static String write(Author a) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("name", a.name());
        fm.put("aliases", a.aliases());
        a.affiliation().ifPresent(v -> fm.put("affiliation", v));
        a.bio().ifPresent(v -> fm.put("bio", v));
        if (a.organisation()) {
            fm.put("organisation", true);
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(4096)
                .setDereferenceAliases(true).build();
        StringWriter out = new StringWriter();
        out.write("# Written by Dossier when it first met this author; edit freely, it is never overwritten.\n"
                + "# aliases: other spellings of the name that articles use.\n"
                + (a.organisation() ? "# organisation: an organisation signing as the author, cited as one name.\n" : ""));
        out.write(new Dump(settings).dumpToString(fm));
        return out.toString();
    }
}
