package io.github.dossier.maven;

import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import io.github.dossier.preview.Preview;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site and serves it on localhost ({@code mvn dossier:serve}); rebuilds when a raw file, brief, author
 * file, data file or template changes, and reloads open pages. Its pages carry the researcher's tools: an edit form
 * on each brief's page, and the review queue at {@code /__dossier/review} with a button for each fix. Stops with
 * Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractDossierMojo {

    /** The port to serve on. */
    @Parameter(property = "dossier.port", defaultValue = "8000")
    int port;

    @Override
    List<String> run(Dossier dossier) throws DossierException {
        try (Preview preview = Preview.start(dossier, config(), port, message -> getLog().info("Dossier: " + message))) {
            getLog().info("Dossier: serving " + preview.uri() + " (Ctrl-C to stop)");
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new DossierException("cannot serve on port " + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

}
