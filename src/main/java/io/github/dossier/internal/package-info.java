/**
 * Pieces the stages share (reading Dossier's data files, text statistics). Not a public API: do not depend on it
 * from outside Dossier.
 */
package io.github.dossier.internal;
