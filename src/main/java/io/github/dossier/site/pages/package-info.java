/**
 * The kinds of page ({@code PageKind}), each with its template and its writer, and one render's shared state ({@code
 * Render}).
 *
 * <p>Part of the site stage behind {@link io.github.dossier.site.SiteRenderer}: public only so that the site's
 * packages can use one another. Not an API: do not depend on it from outside Dossier.
 */
package io.github.dossier.site.pages;
