package io.github.dossier.site;

import java.io.IOException;

/**
 * Where a site's generated text files go, by path from the site's root: straight into the output, or through
 * {@link Render#file}, which takes a file from the previous site when its text is the same.
 */
@FunctionalInterface
interface TextFiles {

    void write(String path, String text) throws IOException;
}
