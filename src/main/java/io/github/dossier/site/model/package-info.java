/**
 * What pages are made from and where they go: the corpus and its terms, the models templates see, what each page is
 * made from ({@code PageInputs}), and every path of the site ({@code SitePaths}).
 *
 * <p>Part of the site stage behind {@link io.github.dossier.site.SiteRenderer}: public only so that the site's
 * packages can use one another. Not an API: do not depend on it from outside Dossier.
 */
package io.github.dossier.site.model;
