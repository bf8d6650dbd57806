/**
 * Where a render writes: the site swapped in whole or updated in place under a journal ({@code SiteOutput}), the link
 * check over what it wrote, and the state a render leaves for the next.
 *
 * <p>Part of the site stage behind {@link io.github.dossier.site.SiteRenderer}: public only so that the site's
 * packages can use one another. Not an API: do not depend on it from outside Dossier.
 */
package io.github.dossier.site.state;
