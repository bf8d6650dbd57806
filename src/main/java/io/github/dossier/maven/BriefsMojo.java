package io.github.dossier.maven;

import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reads every raw file, cleans it, extracts its metadata and writes one brief per article
 * ({@code mvn dossier:briefs}). Curated briefs are left alone.
 */
@Mojo(name = "briefs", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BriefsMojo extends AbstractDossierMojo {

    @Override
    List<String> run(Dossier dossier) throws DossierException {
        return dossier.briefs().summary();
    }
}
