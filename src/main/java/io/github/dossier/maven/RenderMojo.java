package io.github.dossier.maven;

import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Renders the briefs on disk, with the templates, into the site ({@code mvn dossier:render}). */
@Mojo(name = "render", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class RenderMojo extends AbstractDossierMojo {

    @Override
    List<String> run(Dossier dossier) throws DossierException {
        return dossier.render().summary();
    }
}
