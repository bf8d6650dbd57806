/**
 * The few utilities every stage shares: word scanning and case folding ({@code Words}), fingerprints and file
 * stamps ({@code Fingerprint}), atomic writes ({@code AtomicFile}), the YAML reader with its alias limit
 * ({@code Yaml}), one-line descriptions of unexpected exceptions ({@code Fault}), text from input made safe to carry and
 * to print ({@code InputText}). Not a public API: do not depend on
 * it from outside Dossier. What a stage alone needs lives in that stage's package, package-private.
 */
package io.github.dossier.internal;
