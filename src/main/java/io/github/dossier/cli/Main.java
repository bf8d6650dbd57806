package io.github.dossier.cli;

import io.github.dossier.BuildLog;
import io.github.dossier.BuildReport;
import io.github.dossier.Dossier;
import io.github.dossier.DossierException;
import io.github.dossier.internal.Fault;
import io.github.dossier.preview.Preview;
import io.github.dossier.review.Review;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Dossier from the command line, as {@code mvn site} runs it in a repository like this one:
 *
 * <pre>
 * java -cp … io.github.dossier.cli.Main --project . --title "My dossier" --base-url https://me.github.io/dossier/
 * java -cp … io.github.dossier.cli.Main briefs|render|build|serve [options]
 * </pre>
 *
 * Log lines go to standard output, the summary after them; an error is one line on standard error and exit code 1.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try {
            Cli cli = Cli.parse(args);
            // On a terminal, progress rewrites one line; piped to a file, it is a line every two seconds.
            BuildLog log = System.console() != null ? BuildLog.terminal(System.out)
                    : BuildLog.lines(message -> BuildLog.wrap(message, BuildLog.WIDTH).forEach(System.out::println));
            Dossier dossier = new Dossier(cli.config(), log);
            if (cli.goal().equals("serve")) {
                try (Preview preview = Preview.start(dossier, cli.config(), Integer.getInteger("dossier.port", 8000),
                        System.out::println)) {
                    System.out.println("[dossier] serving " + preview.uri() + " (Ctrl-C to stop)");
                    Thread.currentThread().join();
                }
                return;
            }
            if (cli.goal().equals("review")) {
                Review.Report review = dossier.review();
                Path file = cli.config().cacheDirectory() == null ? Path.of("dossier-review.md")
                        : cli.config().cacheDirectory().resolveSibling("dossier-review.md");
                review.write(file);
                review.lines(40).forEach(line -> System.out.println("[dossier] " + line));
                System.out.println("[dossier] the whole review: " + file);
                return;
            }
            BuildReport report = switch (cli.goal()) {
                case "briefs" -> dossier.briefs();
                case "render" -> dossier.render();
                default -> dossier.build();
            };
            report.summary().forEach(line -> BuildLog.wrap(line, BuildLog.WIDTH - "[dossier] ".length())
                    .forEach(l -> System.out.println("[dossier] " + l)));
            if (Boolean.getBoolean("dossier.stages")) {
                // For benchmarks (bench/run.sh): every stage's time, the render's parts indented, on one line.
                StringBuilder stages = new StringBuilder("[dossier] stages (ms):");
                report.stageMillis().forEach((stage, ms) -> stages.append(' ').append(stage.strip()).append(' ')
                        .append(ms).append(','));
                System.out.println(stages.substring(0, stages.length() - 1));
            }
        } catch (DossierException | IllegalArgumentException | IOException e) {
            System.err.println("[dossier] error: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("[dossier] error: internal error, a bug in Dossier (please report it with this line): "
                    + Fault.describe(e));
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
