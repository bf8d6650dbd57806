package io.github.dossier.maven;

import io.github.dossier.BuildReport;
import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reads every raw file, cleans it, extracts its metadata and writes one brief per article
 * ({@code mvn dossier:briefs}). Curated briefs are left alone.
 */
@Mojo(name = "briefs", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BriefsMojo extends AbstractDossierMojo {

    @Override
    BuildReport run(Dossier dossier) throws DossierException {
        return dossier.briefs();
    }
}
