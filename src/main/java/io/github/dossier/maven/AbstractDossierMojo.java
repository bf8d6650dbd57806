package io.github.dossier.maven;

import io.github.dossier.BuildLog;
import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.DossierException;
import io.github.dossier.internal.Fault;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters every Dossier goal shares, and the adapter from them to the engine: configuration in, log lines and
 * failures naming the file at fault out.
 */
abstract class AbstractDossierMojo extends AbstractMojo {

    /** The raw article files: {@code .txt}, {@code .md}, {@code .html} and {@code .htm}, in any sub-folder. Never modified. */
    @Parameter(property = "dossier.rawDirectory", defaultValue = "${project.basedir}/content/raw", required = true)
    File rawDirectory;

    /** Where briefs are written and read. Briefs with {@code curated: true} are never rewritten. */
    @Parameter(property = "dossier.briefsDirectory", defaultValue = "${project.basedir}/content/briefs", required = true)
    File briefsDirectory;

    /**
     * The author register: one YAML file per person (name, aliases, affiliation, bio), written when a build first
     * meets an author and never overwritten, so it can be curated.
     */
    @Parameter(property = "dossier.authorsDirectory", defaultValue = "${project.basedir}/content/authors", required = true)
    File authorsDirectory;

    /**
     * The project's templates. Optional: the plugin ships a complete theme, and each file here replaces the theme's
     * file of the same name ({@code brief.ftlh}, {@code assets/style.css}, …).
     */
    @Parameter(property = "dossier.templatesDirectory", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    /**
     * The project's data files, each extending the shipped one of the same name: {@code boilerplate.yml},
     * {@code countries.tsv}, {@code people.yml}, {@code organisations.yml}, {@code publications.yml}; a
     * {@code themes.yml} here replaces the shipped taxonomy. Optional.
     */
    @Parameter(property = "dossier.dataDirectory", defaultValue = "${project.basedir}/content")
    File dataDirectory;

    /** Where the site is written. Replaced whole on every successful render; only a directory Dossier made. */
    @Parameter(property = "dossier.outputDirectory", defaultValue = "${project.basedir}/site", required = true)
    File outputDirectory;

    /**
     * Where cleaning and extraction results are kept between builds, so that unchanged raw files are not processed
     * again. Delete it, or set {@code dossier.cacheDirectory=none}, to start afresh.
     */
    @Parameter(property = "dossier.cacheDirectory", defaultValue = "${project.build.directory}/dossier-cache")
    String cacheDirectory;

    /** The site's title. */
    @Parameter(property = "dossier.title", defaultValue = "${project.name}")
    String title;

    /** One or two sentences saying what the collection is, shown on the home page. */
    @Parameter(property = "dossier.description", defaultValue = "${project.description}")
    String description;

    /**
     * The absolute URL the site is published at, such as {@code https://user.github.io/repo/}: used for canonical
     * links, the sitemap and feeds. Without it those are left out; the site itself works anywhere.
     */
    @Parameter(property = "dossier.baseUrl")
    String baseUrl;

    /**
     * Whether warnings fail the build: a raw file skipped as unreadable, binary, empty or too large, an article
     * with no text found, a curated brief with an unknown key. Off by default, so that one bad scrape among
     * thousands does not stop a build; on in CI, so that none goes unnoticed.
     */
    @Parameter(property = "dossier.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * Lets a build go on when fewer than half of the raw files that gave a brief last time give one now. Off by
     * default: such a build (a broken setting skipping every article) fails before it removes a brief or publishes a
     * site that lost them.
     */
    @Parameter(property = "dossier.allowFewerBriefs", defaultValue = "false")
    boolean allowFewerBriefs;

    /** The project's folder: the folders Dossier writes inside it are never reached through a link. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    java.io.File basedir;

    /** Skips the goal. */
    @Parameter(property = "dossier.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Dossier: skipped (dossier.skip)");
            return;
        }
        DossierConfig config = config();
        try {
            Dossier dossier = new Dossier(config, mavenLog());
            run(dossier).forEach(line -> BuildLog.wrap(line, MESSAGE_WIDTH).forEach(l -> getLog().info("Dossier: " + l)));
        } catch (DossierException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("internal error, a bug in Dossier (please report it with this line): "
                    + Fault.describe(e), e);
        }
    }

    /**
     * The build's log at Maven's levels: progress at INFO, warnings and notes at WARN; a long message goes on over
     * lines, so that none, Maven's "[WARNING] " included, is longer than {@link BuildLog#WIDTH}.
     */
    BuildLog mavenLog() {
        return new BuildLog() {
            @Override
            public void info(String message) {
                BuildLog.wrap(message, MESSAGE_WIDTH).forEach(line -> getLog().info("Dossier: " + line));
            }

            @Override
            public void warning(String message) {
                BuildLog.wrap(message, MESSAGE_WIDTH).forEach(line -> getLog().warn("Dossier: " + line));
            }

            @Override
            public void note(String message) {
                BuildLog.wrap(message, MESSAGE_WIDTH).forEach(line -> getLog().warn("Dossier: " + line));
            }
        };
    }

    /** A message's room on a line of Maven's log: the width less "[WARNING] Dossier: ". */
    private static final int MESSAGE_WIDTH = BuildLog.WIDTH - "[WARNING] Dossier: ".length();

    /** The engine configuration these parameters describe. */
    DossierConfig config() {
        // Every setting is one of the Mojo's parameters, whose defaults are the conventional layout.
        return DossierConfig.builder(basedir.toPath())
                .rawDirectory(rawDirectory.toPath())
                .briefsDirectory(briefsDirectory.toPath())
                .authorsDirectory(authorsDirectory.toPath())
                .templatesDirectory(templatesDirectory == null ? null : templatesDirectory.toPath())
                .dataDirectory(dataDirectory == null ? null : dataDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .cacheDirectory(cacheDirectory == null || cacheDirectory.equals("none") ? null : java.nio.file.Path.of(cacheDirectory))
                .title(title)
                .description(description)
                .baseUrl(baseUrl)
                .failOnWarning(failOnWarning)
                .allowFewerBriefs(allowFewerBriefs)
                .build();
    }

    /** Runs this goal's part of the pipeline; returns the summary to log. */
    abstract java.util.List<String> run(Dossier dossier) throws DossierException;
}
