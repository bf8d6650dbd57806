package io.github.dossier.eval;

import io.github.dossier.internal.Fingerprint;

/**
 * The two halves of a dev set, by a hash of the file name, for 2-fold figures: tune on one, quote the other.
 * Stable: the same name is in the same fold on every machine.
 */
public final class Folds {

    private Folds() {
    }

    /** "A" or "B". */
    public static String of(String name) {
        return (Character.digit(Fingerprint.of(name).charAt(0), 16) & 1) == 0 ? "A" : "B";
    }
}
