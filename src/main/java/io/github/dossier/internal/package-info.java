/**
 * The few utilities every stage shares: word scanning and case folding ({@code Words}), fingerprints and file
 * stamps ({@code Fingerprint}), keys made of values that no two different values share ({@code Key}), atomic writes
 * ({@code AtomicFile}), the checked binary cache files ({@code Bytes}, {@code CheckedFile}) and what a process keeps of
 * them ({@code FileMemo}), a pure function's answers kept within a bound ({@code BoundedMemo}), the YAML reader with
 * its limits ({@code Yaml}), strict UTF-8 ({@code Utf8}), one-line descriptions of unexpected exceptions
 * ({@code Fault}), text from input made safe to carry and to print ({@code InputText}). Not a public API: do not
 * depend on it from outside Dossier. What a stage alone needs lives in that stage's package, package-private.
 */
package io.github.dossier.internal;
