package io.github.dossier.raw;

import java.util.Locale;

/**
 * Pages saved as MHTML: TODO(helper C).
 */
final class Mhtml {

    private Mhtml() {
    }

    /** Whether a file of this name is read as MHTML. */
    static boolean reads(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mhtml") || lower.endsWith(".mht");
    }

    /** The page's HTML part, decoded, with the address and day it was saved. */
    static RawDocument read(String source, byte[] bytes, RawReader reader) throws RawInputException {
        throw new RawInputException(source, "MHTML pages are not read yet");
    }
}
