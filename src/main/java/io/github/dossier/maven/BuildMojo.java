package io.github.dossier.maven;

import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the whole project: raw files to briefs, then briefs to the site ({@code mvn dossier:build}). */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractDossierMojo {

    @Override
    List<String> run(Dossier dossier) throws DossierException {
        return dossier.build().summary();
    }
}
