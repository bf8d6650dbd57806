package io.github.dossier;

import io.github.dossier.internal.Bytes;
import io.github.dossier.raw.Container;
import io.github.dossier.raw.SourceNote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A container's {@link Container.Listing} in the raw index ({@link RawIndex}): its articles (source, place, note,
 * the files they are read from), what it holds that is no article, and what it could not read. Stateless.
 */
final class ContainerListings {

    private ContainerListings() {
    }

    static void write(Bytes out, Container.Listing listing) {
        out.varint(listing.entries().size());
        for (Container.Entry e : listing.entries()) {
            out.string(e.source());
            out.string(e.locator());
            write(out, e.note());
            out.varint(e.reads().size());
            for (Path p : e.reads()) {
                out.string(p.toString());
            }
        }
        out.varint(listing.passed().size());
        listing.passed().forEach((reason, n) -> {
            out.string(reason);
            out.varint(n);
        });
        out.strings(listing.skipped().toArray(String[]::new));
    }

    static Container.Listing read(Bytes in) throws IOException {
        int n = in.varint();
        List<Container.Entry> entries = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            String source = in.string();
            String locator = in.string();
            SourceNote note = note(in);
            int reads = in.varint();
            List<Path> paths = new ArrayList<>(Math.min(reads, 64));
            for (int r = 0; r < reads; r++) {
                paths.add(Path.of(in.string()));
            }
            entries.add(new Container.Entry(source, locator, note, paths));
        }
        int reasons = in.varint();
        Map<String, Integer> passed = new TreeMap<>();
        for (int i = 0; i < reasons; i++) {
            passed.put(in.string(), in.varint());
        }
        return new Container.Listing(entries, new TreeMap<>(passed), List.of(in.strings()));
    }

    private static void write(Bytes out, SourceNote note) {
        out.string(note.url().orElse(""));
        out.string(note.accessed().map(LocalDate::toString).orElse(""));
        out.string(note.title().orElse(""));
        out.strings(note.authors().toArray(String[]::new));
        out.string(note.publication().orElse(""));
        out.string(note.published().map(LocalDate::toString).orElse(""));
        out.string(note.captured().orElse(""));
    }

    private static SourceNote note(Bytes in) throws IOException {
        Optional<String> url = text(in.string());
        Optional<LocalDate> accessed = text(in.string()).map(LocalDate::parse);
        Optional<String> title = text(in.string());
        List<String> authors = List.of(in.strings());
        Optional<String> publication = text(in.string());
        Optional<LocalDate> published = text(in.string()).map(LocalDate::parse);
        Optional<String> captured = text(in.string());
        return new SourceNote(url, accessed, title, authors, publication, published, captured);
    }

    private static Optional<String> text(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
