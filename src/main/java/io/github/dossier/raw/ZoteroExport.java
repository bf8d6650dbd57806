package io.github.dossier.raw;

import java.nio.file.Path;

/**
 * A Zotero collection exported as Zotero RDF with its files: TODO(helper C).
 */
final class ZoteroExport implements Container {

    static final ZoteroExport DEFAULT = new ZoteroExport();

    @Override
    public Listing list(Path rawRoot, Path file) throws RawInputException {
        throw new RawInputException(RawReader.sourceName(rawRoot, file), "Zotero exports are not read yet");
    }

    @Override
    public RawDocument read(Path rawRoot, Path file, Entry entry) throws RawInputException {
        throw new RawInputException(entry.source(), "Zotero exports are not read yet");
    }
}
