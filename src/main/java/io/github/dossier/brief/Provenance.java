package io.github.dossier.brief;

import io.github.dossier.internal.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

    /** What the file says of one raw file. */
    public record Entry(Optional<String> url, Optional<LocalDate> accessed) {
    }

    /** The file's name in a project's data directory. */
    public static final String FILE = "sources.yml";

    private static final Provenance NONE = new Provenance(Map.of());

    private final Map<String, Entry> bySource;

    private Provenance(Map<String, Entry> bySource) {
        this.bySource = Map.copyOf(bySource);
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
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Object loaded;
        try {
            loaded = Yaml.load(text, file.toString());
        } catch (RuntimeException e) {
            throw new BriefFormatException(file, 0, "not YAML that can be read: " + firstLine(e.getMessage()));
        }
        if (loaded == null) {
            return NONE;
        }
        if (!(loaded instanceof Map<?, ?> top)) {
            throw new BriefFormatException(file, 1, "expected a mapping from raw file names to their url and accessed");
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String source = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> fields)) {
                throw new BriefFormatException(file, lineOf(text, source), "'" + source
                        + "': expected url and accessed under it");
            }
            Optional<String> url = Optional.ofNullable(fields.get("url")).map(v -> String.valueOf(v).strip());
            if (url.isPresent() && !BriefCodec.isWebAddress(url.get())) {
                throw new BriefFormatException(file, lineOf(text, source), "'" + source
                        + "': url: expected a web address (http:// or https://), found '" + url.get() + "'");
            }
            Object day = fields.get("accessed");
            Optional<LocalDate> accessed;
            try {
                accessed = day == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(day).strip()));
            } catch (DateTimeParseException bad) {
                throw new BriefFormatException(file, lineOf(text, source), "'" + source
                        + "': accessed: expected a date (YYYY-MM-DD), found '" + day + "'");
            }
            out.put(source, new Entry(url, accessed));
        }
        return new Provenance(out);
    }

    /** What is noted of the raw file {@code source}, if anything. */
    public Optional<Entry> of(String source) {
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
