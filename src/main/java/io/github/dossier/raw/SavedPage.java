package io.github.dossier.raw;

/**
 * What a saved page records of itself beside its content: TODO(helper C) — SingleFile's comment (url, saved date).
 */
final class SavedPage {

    private SavedPage() {
    }

    /** The address and day a saved HTML page records of its saving, or {@link SourceNote#NONE}. */
    static SourceNote note(String html) {
        return SourceNote.NONE;
    }
}
