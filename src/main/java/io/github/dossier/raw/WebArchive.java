package io.github.dossier.raw;

import java.nio.file.Path;

/** Web archives: TODO. */
final class WebArchive implements Container {

    static final WebArchive DEFAULT = new WebArchive();

    @Override
    public Listing list(Path rawRoot, Path file) throws RawInputException {
        throw new RawInputException(RawReader.sourceName(rawRoot, file), "web archives are not read yet");
    }

    @Override
    public RawDocument read(Path rawRoot, Path file, Entry entry) throws RawInputException {
        throw new RawInputException(entry.source(), "web archives are not read yet");
    }
}
