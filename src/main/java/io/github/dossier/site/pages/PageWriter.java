package io.github.dossier.site.pages;

import java.io.IOException;

/** Writes every page of one {@link PageKind}. Stateless: one writer serves every render. */
interface PageWriter {

    /** Writes the pages; returns how many. */
    int write(Render render) throws IOException, ThemeException;
}
