package io.github.dossier.site.state;

import java.io.IOException;
import java.nio.file.Path;

/** What one part of a render (related briefs, the search index) leaves for the next render to start from. */
public interface RenderState {

    /** Writes the state to {@code file}, whole or not at all. */
    void write(Path file) throws IOException;
}
