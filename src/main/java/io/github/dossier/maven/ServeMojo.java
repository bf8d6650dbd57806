package io.github.dossier.maven;

import io.github.dossier.BuildReport;
import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import io.github.dossier.preview.Preview;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site and serves it on localhost ({@code mvn dossier:serve}); rebuilds when a raw file, brief, author
 * file or template changes, and reloads open pages. Stops with Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractDossierMojo {

    /** The port to serve on. */
    @Parameter(property = "dossier.port", defaultValue = "8000")
    int port;

    @Override
    BuildReport run(Dossier dossier) throws DossierException {
        try (Preview preview = Preview.start(dossier, config(), port, message -> getLog().info("Dossier: " + message))) {
            getLog().info("Dossier: serving " + preview.uri() + " (Ctrl-C to stop)");
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new DossierException("cannot serve on port " + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new BuildReport(0, 0, java.util.List.of(), 0, 0, 0, 0, 0, 0, java.util.List.of(), java.util.Map.of(),
                java.util.List.of());
    }

}
