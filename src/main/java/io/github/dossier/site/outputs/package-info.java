/**
 * One class per file format the site writes besides its pages: citations (BibTeX, RIS, CSL-JSON), JSON-LD, Atom feeds,
 * the sitemap, and the escaping each needs.
 *
 * <p>Part of the site stage behind {@link io.github.dossier.site.SiteRenderer}: public only so that the site's
 * packages can use one another. Not an API: do not depend on it from outside Dossier.
 */
package io.github.dossier.site.outputs;
