package io.github.dossier.maven;

import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import io.github.dossier.review.Review;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The review queue ({@code mvn dossier:review}): what in the corpus most needs a human, most doubtful first, each
 * item with the line of {@code corrections.yml} that fixes it. Reads the briefs on disk and their raw files; writes
 * nothing but the report ({@code reviewFile}, and the same as tab-separated values beside it). Run {@code build}
 * first to review what the raw files give now.
 */
@Mojo(name = "review", threadSafe = true, requiresProject = true)
public class ReviewMojo extends AbstractDossierMojo {

    /** Where the whole review is written, as Markdown; a {@code .tsv} of the same items goes beside it. */
    @Parameter(property = "dossier.reviewFile", defaultValue = "${project.build.directory}/dossier-review.md")
    File reviewFile;

    /** How many items the log shows in full (all of them are in {@code reviewFile}). */
    @Parameter(property = "dossier.reviewShown", defaultValue = "40")
    int shown;

    @Override
    List<String> run(Dossier dossier) throws DossierException {
        Review.Report report = dossier.review();
        try {
            report.write(reviewFile.toPath());
        } catch (IOException e) {
            throw new DossierException("cannot write " + reviewFile + ": " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>(report.lines(shown));
        lines.add("the whole review: " + reviewFile);
        return lines;
    }
}
