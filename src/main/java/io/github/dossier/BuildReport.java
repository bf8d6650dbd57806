package io.github.dossier;

import java.util.List;
import java.util.Map;

/**
 * What a build did, for the one-screen summary at its end.
 *
 * @param articlesRead     raw files read as articles
 * @param articlesReused   of those, how many were unchanged since the last build and not cleaned again
 * @param skipped          raw files skipped, each with its reason
 * @param briefsWritten    briefs written because they were new or changed
 * @param briefsUnchanged  briefs already up to date
 * @param briefsCurated    the researcher's briefs left alone: curated, edited by hand or made by hand
 * @param briefsEdited     of those, the briefs that are the researcher's because they were edited (or made) by hand
 * @param briefsRemoved    generated briefs removed because their raw file is gone
 * @param briefsWithheld   raw files that give no brief because the researcher deleted it
 * @param pages            HTML pages written
 * @param pagesSkipped     brief pages left out because they could not be rendered (each also a warning)
 * @param warnings         everything worth a warning line
 * @param stageMillis      wall time per stage, in pipeline order
 * @param contentWritten   the files the build wrote or removed in the project's content: briefs, author files
 * @param passed           records of web archives that are no article (redirects, requests, stylesheets, errors),
 *                         by reason
 */
public record BuildReport(
        int articlesRead,
        int articlesReused,
        List<String> skipped,
        int briefsWritten,
        int briefsUnchanged,
        int briefsCurated,
        int briefsEdited,
        int briefsRemoved,
        int briefsWithheld,
        int pages,
        int pagesSkipped,
        List<String> warnings,
        Map<String, Long> stageMillis,
        List<java.nio.file.Path> contentWritten,
        Map<String, Integer> passed) {

    public BuildReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        contentWritten = List.copyOf(contentWritten);
        passed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(passed));
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /** Lines for the log: counts, then time per stage. */
    public List<String> summary() {
        StringBuilder times = new StringBuilder();
        stageMillis.entrySet().forEach(e ->
                times.append(times.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()).append(" ms"));
        int records = passed.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder reasons = new StringBuilder();
        passed.forEach((reason, n) -> reasons.append(reasons.length() == 0 ? "" : ", ").append(n).append(' ').append(reason));
        return List.of(
                "articles read: " + articlesRead + " (" + articlesReused + " unchanged), skipped: " + skipped.size()
                        + (records > 0 ? "; archived records that are no article: " + records + " (" + reasons + ")" : ""),
                "briefs written: " + briefsWritten + ", unchanged: " + briefsUnchanged + ", curated: " + briefsCurated
                        + (briefsEdited > 0 ? " (" + briefsEdited + " edited by hand)" : "") + ", removed: "
                        + briefsRemoved + (briefsWithheld > 0 ? ", deleted by hand: " + briefsWithheld : ""),
                "pages written: " + pages + (pagesSkipped > 0 ? ", skipped: " + pagesSkipped : "") + ", warnings: "
                        + warnings.size(),
                "time: " + (times.length() == 0 ? "-" : times));
    }
}
