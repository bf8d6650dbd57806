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
 * @param pages            HTML pages the site has
 * @param pagesRendered    of those, with the citation files, how many this build rendered (the rest were kept as the
 *                         last build left them, their inputs the same); 0 when the site was already up to date
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
        int pagesRendered,
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

    /** This report with the time of these {@code stages} as well (after the others). */
    BuildReport withStages(Map<String, Long> stages) {
        Map<String, Long> more = new java.util.LinkedHashMap<>(stageMillis);
        stages.forEach((stage, millis) -> more.merge(stage, millis, Long::sum));
        return new BuildReport(articlesRead, articlesReused, skipped, briefsWritten, briefsUnchanged, briefsCurated,
                briefsEdited, briefsRemoved, briefsWithheld, pages, pagesRendered, pagesSkipped, warnings, more,
                contentWritten, passed);
    }

    /** The longest a summary line may be ({@link BuildLog#WIDTH}). */
    static final int WIDTH = BuildLog.WIDTH;

    /** Whether the build changed nothing: no brief or author file written or removed, no page rendered or left out. */
    public boolean unchanged() {
        return briefsWritten == 0 && briefsRemoved == 0 && contentWritten.isEmpty() && pagesRendered == 0
                && pagesSkipped == 0 && articlesRead == articlesReused;
    }

    /**
     * A few short lines for the log: what was read and skipped, the briefs, the pages and the warnings, and the time
     * of the main stages; or that nothing changed. Only the first may be longer than {@value #WIDTH} characters (a
     * web archive's many kinds of records that are no article), which a log then wraps ({@link BuildLog#wrap}).
     * Every stage's time, to the millisecond, is in {@link #stageMillis}.
     */
    public List<String> summary() {
        int records = passed.values().stream().mapToInt(Integer::intValue).sum();
        String read = "articles read: " + articlesRead + " (" + articlesReused + " unchanged), skipped: " + skipped.size();
        if (records > 0) {
            read += "; archived records that are no article: " + records;
            StringBuilder reasons = new StringBuilder();
            for (Map.Entry<String, Integer> e : byCount(passed)) {
                reasons.append(reasons.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            }
            read += " (" + reasons + ")";
        }
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        if (unchanged()) {
            lines.add("nothing changed since the last build: no brief or page written");
        }
        lines.add(read);
        lines.add("briefs written: " + briefsWritten + ", unchanged: " + briefsUnchanged + ", curated: " + briefsCurated
                + (briefsEdited > 0 ? " (" + briefsEdited + " edited by hand)" : "") + ", removed: " + briefsRemoved
                + (briefsWithheld > 0 ? ", deleted by hand: " + briefsWithheld : ""));
        lines.add("pages: " + pages + (pagesRendered == 0 && pages > 0 ? ", none rendered (the site is up to date)"
                : ", files rendered: " + pagesRendered) + (pagesSkipped > 0 ? ", skipped: " + pagesSkipped : "")
                + ", warnings: " + warnings.size());
        lines.add(times());
        return List.copyOf(lines);
    }

    /** "time: 34.4 s (clean+extract 27.0 s, render 10.1 s, …)": the whole, and the main stages, longest first. */
    private String times() {
        java.util.List<Map.Entry<String, Long>> main = stageMillis.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(" ")).toList();
        long total = main.stream().mapToLong(Map.Entry::getValue).sum();
        StringBuilder line = new StringBuilder("time: " + seconds(total));
        String sep = " (";
        for (Map.Entry<String, Long> e : main.stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList()) {
            String part = sep + e.getKey() + " " + seconds(e.getValue());
            if (line.length() + part.length() + 1 > WIDTH || e.getValue() < 100) {
                break;
            }
            line.append(part);
            sep = ", ";
        }
        return sep.equals(", ") ? line.append(')').toString() : line.toString();
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static java.util.List<Map.Entry<String, Integer>> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).toList();
    }
}
