/**
 * The home page's SVG charts and the tables beside them.
 *
 * <p>Part of the site stage behind {@link io.github.dossier.site.SiteRenderer}: public only so that the site's
 * packages can use one another. Not an API: do not depend on it from outside Dossier.
 */
package io.github.dossier.site.charts;
