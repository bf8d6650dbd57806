package io.github.dossier;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a Dossier project keeps its files, and how its site presents itself.
 *
 * @param rawDirectory       raw article files, read and never modified
 * @param briefsDirectory    generated (and curated) briefs
 * @param authorsDirectory   the author register, one curatable file per person
 * @param templatesDirectory the project's templates; each file replaces the theme's file of the same name
 * @param dataDirectory      the project's data files, extending the shipped patterns, gazetteer and lists
 * @param outputDirectory    the site
 * @param cacheDirectory     where cleaning and extraction results are kept between builds, or null for none
 * @param title              the site's title
 * @param description        a sentence saying what the collection is
 * @param baseUrl            the absolute URL the site is published at, or empty
 * @param failOnWarning      whether a warning (a skipped raw file, a doubtful curated brief) fails the build
 */
public record DossierConfig(
        Path rawDirectory,
        Path briefsDirectory,
        Path authorsDirectory,
        Path templatesDirectory,
        Path dataDirectory,
        Path outputDirectory,
        Path cacheDirectory,
        String title,
        String description,
        String baseUrl,
        boolean failOnWarning) {

    public DossierConfig {
        Objects.requireNonNull(rawDirectory, "rawDirectory");
        Objects.requireNonNull(briefsDirectory, "briefsDirectory");
        Objects.requireNonNull(authorsDirectory, "authorsDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        title = title == null || title.isBlank() ? "Dossier" : title;
        description = description == null ? "" : description;
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
    }

    /** The conventional layout of a project rooted at {@code project}. */
    public static DossierConfig forProject(Path project) {
        return new DossierConfig(project.resolve("content/raw"), project.resolve("content/briefs"),
                project.resolve("content/authors"), project.resolve("templates"), project.resolve("content"),
                project.resolve("site"), project.resolve("target/dossier-cache"), "Dossier", "", "", false);
    }

    public DossierConfig withTitle(String newTitle) {
        return new DossierConfig(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory, outputDirectory,
                cacheDirectory, newTitle, description, baseUrl, failOnWarning);
    }

    public DossierConfig withDescription(String newDescription) {
        return new DossierConfig(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory, outputDirectory,
                cacheDirectory, title, newDescription, baseUrl, failOnWarning);
    }

    /** The same project without a cache between builds (every raw file is cleaned again). */
    public DossierConfig withoutCache() {
        return new DossierConfig(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory,
                outputDirectory, null, title, description, baseUrl, failOnWarning);
    }

    public DossierConfig withBaseUrl(String newBaseUrl) {
        return new DossierConfig(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory, outputDirectory,
                cacheDirectory, title, description, newBaseUrl, failOnWarning);
    }

    /** The same project, failing the build on any warning. */
    public DossierConfig withFailOnWarning(boolean fail) {
        return new DossierConfig(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory,
                outputDirectory, cacheDirectory, title, description, baseUrl, fail);
    }
}
