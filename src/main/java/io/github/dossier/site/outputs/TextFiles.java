package io.github.dossier.site.outputs;

import java.io.IOException;

/**
 * Where a site's generated text files go, by path from the site's root: straight into the output, or through the
 * render ({@code pages.Render#file}), which takes a file from the previous site when its text is the same.
 */
@FunctionalInterface
public interface TextFiles {

    void write(String path, String text) throws IOException;
}
