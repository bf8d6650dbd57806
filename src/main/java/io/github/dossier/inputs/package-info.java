/**
 * What every product of a build is made from, declared in one place ({@link io.github.dossier.inputs.Product}): the
 * brief fields it reads (by {@link io.github.dossier.brief.BriefField}), whether it reads a brief's body, and the
 * lexicon lists it reads (by name). A product's fingerprint is made from exactly what it declares, and it is handed a
 * lexicon that refuses every list it did not declare ({@link io.github.dossier.knowledge.Lexicon#only}); a test
 * changes every field a product did not declare and expects the product's output unchanged. So what an incremental
 * build reuses is decided by the same list that says what the product reads, as an action's key is its declared
 * inputs in Bazel.
 */
package io.github.dossier.inputs;
