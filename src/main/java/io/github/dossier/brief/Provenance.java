package io.github.dossier.brief;

import io.github.dossier.raw.SourceNote;
import io.github.dossier.internal.InputText;
import io.github.dossier.internal.Utf8;
import io.github.dossier.internal.Yaml;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Where and when each raw file was read, as the researcher noted it: {@code content/sources.yml}, a mapping from a
 * raw file's name (as a brief's {@code source:} gives it) to its original address and the day it was saved. What it
 * says stands before what the page itself says (extraction reads it as the page's first address and date saved, and
 * a raw file whose notes change is extracted again), and a brief takes it without being curated. A scraper can
 * write it; a researcher can add to it by hand.
 *
 * <pre>{@code
 * 001_8c61eab635a33c70.txt:
 *   url: https://www.scmp.com/comment/opinion/article/3160101/how-western-pressure-pushing-china-and-russia-ever-closer
 *   accessed: 2021-12-21
 * }</pre>
 *
 * Immutable.
 */
public final class Provenance {

    /** The file's name in a project's data directory. */
    public static final String FILE = "sources.yml";

    private static final Provenance NONE = new Provenance(null, Map.of(), Map.of());

    private final Path file;
    private final Map<String, SourceNote> bySource;
    /** The line of each raw file's entry, for a warning about it. */
    private final Map<String, Integer> lines;

    private Provenance(Path file, Map<String, SourceNote> bySource, Map<String, Integer> lines) {
        this.file = file;
        this.bySource = Map.copyOf(bySource);
        this.lines = Map.copyOf(lines);
    }

    /** Nothing noted. */
    public static Provenance none() {
        return NONE;
    }

    /**
     * The provenance noted in {@code dataDirectory}'s {@value #FILE}, or none when there is no such file.
     *
     * @throws BriefFormatException naming the file and line of a value that is not an address or a date, or of YAML
     *                              that cannot be read
     */
    public static Provenance read(Path dataDirectory) throws IOException, BriefFormatException {
        Path file = dataDirectory == null ? null : dataDirectory.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return NONE;
        }
        String text;
        try {
            text = Utf8.read(file);
        } catch (Utf8.NotUtf8Exception e) {
            throw new BriefFormatException(file, e.line(), e.reason());
        }
        Object loaded;
        try {
            loaded = Yaml.load(text, file.toString());
        } catch (MarkedYamlEngineException e) {
            throw new BriefFormatException(file, e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1)
                    .orElse(0), "not YAML that can be read: " + firstLine(e.getProblem()));
        } catch (RuntimeException e) {
            throw new BriefFormatException(file, 0, "not YAML that can be read: " + firstLine(e.getMessage()));
        }
        if (loaded == null) {
            return NONE;
        }
        if (!(loaded instanceof Map<?, ?> top)) {
            throw new BriefFormatException(file, 1, "expected a mapping from raw file names to their url and accessed");
        }
        Map<String, SourceNote> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String source = String.valueOf(e.getKey());
            int line = lineOf(text, source);
            lines.put(source, line);
            if (!(e.getValue() instanceof Map<?, ?> fields)) {
                throw new BriefFormatException(file, line, "'" + source
                        + "': expected url and accessed under it");
            }
            Optional<String> url = Optional.ofNullable(fields.get("url")).map(v -> String.valueOf(v).strip());
            Optional<String> wrong = url.flatMap(Provenance::notAWebAddress);
            if (wrong.isPresent()) {
                throw new BriefFormatException(file, line, "'" + source
                        + "': url: expected a web address (http:// or https://), found '"
                        + InputText.printable(url.get()) + "'"
                        + wrong.get());
            }
            Object day = fields.get("accessed");
            Optional<LocalDate> accessed;
            try {
                accessed = day == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(day).strip()));
            } catch (DateTimeParseException bad) {
                throw new BriefFormatException(file, line, "'" + source
                        + "': accessed: expected a date (YYYY-MM-DD), found '" + day + "'");
            }
            out.put(source, new SourceNote(url, accessed));
        }
        return new Provenance(file, out, lines);
    }

    /**
     * Why {@code url} is no address a brief can give (" (a quote in it)"), or empty when it is one: http or https, a
     * host with a dot, and nothing {@link java.net.URI} refuses (quotes, spaces, control characters), which extraction
     * would otherwise drop without a word.
     */
    private static Optional<String> notAWebAddress(String url) {
        if (!BriefCodec.isWebAddress(url)) {
            return Optional.of("");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return Optional.of(" (" + (Character.isISOControl(c) ? String.format("control character U+%04X", (int) c)
                        : "'" + c + "'") + " at character " + (i + 1) + "; percent-encode it)");
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.matches("https?") || uri.getHost() == null || !uri.getHost().contains(".")) {
                return Optional.of(" (its host cannot be read)");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(" (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")");
        }
    }

    /**
     * A warning for each entry naming no raw file among {@code sources} (a typo, a file since renamed): what it notes
     * is used for nothing.
     */
    public List<String> unused(Collection<String> sources) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> known = new java.util.HashSet<>(sources);
        lines.forEach((source, line) -> {
            if (!known.contains(source)) {
                out.add(file + (line > 0 ? ":" + line : "") + ": '" + source
                        + "' names no raw file; its url and accessed are not used");
            }
        });
        return out;
    }

    /** What is noted of the raw file {@code source}, if anything. */
    public Optional<SourceNote> of(String source) {
        return Optional.ofNullable(bySource.get(source));
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith("\"" + key + "\":")
                    || lines[i].startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
