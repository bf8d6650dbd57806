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
 * @param projectDirectory   the project's folder: the folders Dossier writes inside it are never reached through a
 *                           link (a folder configured outside it is the user's choice); may be null
 * @param allowFewerBriefs   whether a build may go on when fewer than half of the raw files that gave a brief last
 *                           time give one now (by default it fails before writing anything)
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
        boolean failOnWarning,
        Path projectDirectory,
        boolean allowFewerBriefs) {

    /**
     * The files of the data directory every build reads afresh, which are no knowledge: the researcher's corrections
     * and notes of where each raw file came from. Changing one reloads nothing and cleans no article again.
     */
    public static final java.util.Set<String> PER_BUILD_DATA_FILES = java.util.Set.of(
            io.github.dossier.brief.Corrections.FILE, io.github.dossier.brief.Provenance.FILE);

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
        return builder(project).build();
    }

    /**
     * A builder starting from the conventional layout of a project rooted at {@code project}: {@code content/raw},
     * {@code content/briefs}, {@code content/authors}, {@code templates}, {@code content} for data files,
     * {@code site}, and {@code target/dossier-cache}.
     */
    public static Builder builder(Path project) {
        return new Builder(project.resolve("content/raw"), project.resolve("content/briefs"),
                project.resolve("content/authors"), project.resolve("templates"), project.resolve("content"),
                project.resolve("site"), project.resolve("target/dossier-cache"), "Dossier", "", "", false, project, false);
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory,
                outputDirectory, cacheDirectory, title, description, baseUrl, failOnWarning, projectDirectory,
                allowFewerBriefs);
    }

    public DossierConfig withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    public DossierConfig withBaseUrl(String newBaseUrl) {
        return toBuilder().baseUrl(newBaseUrl).build();
    }

    /** The same project without a cache between builds (every raw file is cleaned again). */
    public DossierConfig withoutCache() {
        return toBuilder().cacheDirectory(null).build();
    }

    /** The same project, failing the build on any warning. */
    public DossierConfig withFailOnWarning(boolean fail) {
        return toBuilder().failOnWarning(fail).build();
    }

    /** Assembles a {@link DossierConfig}; every setting has a value from the start. */
    public static final class Builder {
        private Path rawDirectory;
        private Path briefsDirectory;
        private Path authorsDirectory;
        private Path templatesDirectory;
        private Path dataDirectory;
        private Path outputDirectory;
        private Path cacheDirectory;
        private String title;
        private String description;
        private String baseUrl;
        private boolean failOnWarning;
        private Path projectDirectory;
        private boolean allowFewerBriefs;

        private Builder(Path rawDirectory, Path briefsDirectory, Path authorsDirectory, Path templatesDirectory,
                Path dataDirectory, Path outputDirectory, Path cacheDirectory, String title, String description,
                String baseUrl, boolean failOnWarning, Path projectDirectory, boolean allowFewerBriefs) {
            this.rawDirectory = rawDirectory;
            this.briefsDirectory = briefsDirectory;
            this.authorsDirectory = authorsDirectory;
            this.templatesDirectory = templatesDirectory;
            this.dataDirectory = dataDirectory;
            this.outputDirectory = outputDirectory;
            this.cacheDirectory = cacheDirectory;
            this.title = title;
            this.description = description;
            this.baseUrl = baseUrl;
            this.failOnWarning = failOnWarning;
            this.projectDirectory = projectDirectory;
            this.allowFewerBriefs = allowFewerBriefs;
        }

        public Builder rawDirectory(Path v) {
            rawDirectory = v;
            return this;
        }

        public Builder briefsDirectory(Path v) {
            briefsDirectory = v;
            return this;
        }

        public Builder authorsDirectory(Path v) {
            authorsDirectory = v;
            return this;
        }

        /** The project's templates; null for the shipped theme alone. */
        public Builder templatesDirectory(Path v) {
            templatesDirectory = v;
            return this;
        }

        /** The project's data files; null for the shipped knowledge alone. */
        public Builder dataDirectory(Path v) {
            dataDirectory = v;
            return this;
        }

        public Builder outputDirectory(Path v) {
            outputDirectory = v;
            return this;
        }

        /** Where results are kept between builds; null for no cache. */
        public Builder cacheDirectory(Path v) {
            cacheDirectory = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder baseUrl(String v) {
            baseUrl = v;
            return this;
        }

        public Builder failOnWarning(boolean v) {
            failOnWarning = v;
            return this;
        }

        /** Lets a build go on when far fewer raw files give a brief than last time (all of them skipped, say). */
        public Builder allowFewerBriefs(boolean v) {
            allowFewerBriefs = v;
            return this;
        }

        public DossierConfig build() {
            return new DossierConfig(rawDirectory, briefsDirectory, authorsDirectory, templatesDirectory, dataDirectory,
                    outputDirectory, cacheDirectory, title, description, baseUrl, failOnWarning, projectDirectory,
                    allowFewerBriefs);
        }
    }
}
