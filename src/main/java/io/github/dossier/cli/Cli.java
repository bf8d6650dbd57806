package io.github.dossier.cli;

import io.github.dossier.DossierConfig;
import java.nio.file.Path;

/** Command-line arguments of {@link Main}. */
record Cli(String goal, DossierConfig config) {

    static final String USAGE = "usage: dossier [build|briefs|render|serve|review] [--project DIR] [--raw DIR] [--briefs DIR] [--authors DIR]"
            + " [--templates DIR] [--data DIR] [--out DIR] [--cache DIR|none] [--title T] [--description D] [--base-url URL]"
            + " [--fail-on-warning] [--allow-fewer-briefs]";

    static Cli parse(String[] args) {
        String goal = "build";
        Path project = Path.of(".");
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        boolean failOnWarning = false;
        boolean allowFewerBriefs = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("build") || a.equals("briefs") || a.equals("render") || a.equals("serve")
                    || a.equals("review")) {
                goal = a;
                continue;
            }
            if (a.equals("--fail-on-warning")) {
                failOnWarning = true;
                continue;
            }
            if (a.equals("--allow-fewer-briefs")) {
                allowFewerBriefs = true;
                continue;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'\n" + USAGE);
            }
            String v = args[++i];
            if (a.equals("--project")) {
                project = Path.of(v);
            } else if (OPTIONS.contains(a)) {
                options.put(a, v);
            } else {
                throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        DossierConfig.Builder config = DossierConfig.builder(project).failOnWarning(failOnWarning)
                .allowFewerBriefs(allowFewerBriefs);
        for (java.util.Map.Entry<String, String> o : options.entrySet()) {
            String v = o.getValue();
            switch (o.getKey()) {
                case "--raw" -> config.rawDirectory(project.resolve(v));
                case "--briefs" -> config.briefsDirectory(project.resolve(v));
                case "--authors" -> config.authorsDirectory(project.resolve(v));
                case "--templates" -> config.templatesDirectory(project.resolve(v));
                case "--data" -> config.dataDirectory(project.resolve(v));
                case "--out" -> config.outputDirectory(project.resolve(v));
                case "--cache" -> config.cacheDirectory(v.equals("none") ? null : project.resolve(v));
                case "--title" -> config.title(v);
                case "--description" -> config.description(v);
                default -> config.baseUrl(v); // --base-url
            }
        }
        return new Cli(goal, config.build());
    }

    private static final java.util.Set<String> OPTIONS = java.util.Set.of("--raw", "--briefs", "--authors",
            "--templates", "--data", "--out", "--cache", "--title", "--description", "--base-url");
}
