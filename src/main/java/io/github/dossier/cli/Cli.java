package io.github.dossier.cli;

import io.github.dossier.DossierConfig;
import java.nio.file.Path;

/** Command-line arguments of {@link Main}. */
record Cli(String goal, DossierConfig config) {

    static final String USAGE = "usage: dossier [build|briefs|render|serve] [--project DIR] [--raw DIR] [--briefs DIR] [--authors DIR]"
            + " [--templates DIR] [--data DIR] [--out DIR] [--cache DIR|none] [--title T] [--description D] [--base-url URL]"
            + " [--fail-on-warning]";

    static Cli parse(String[] args) {
        String goal = "build";
        Path project = Path.of(".");
        String raw = null;
        String briefs = null;
        String authors = null;
        String templates = null;
        String data = null;
        String out = null;
        String cache = null;
        String title = null;
        String description = null;
        String baseUrl = null;
        boolean failOnWarning = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("build") || a.equals("briefs") || a.equals("render") || a.equals("serve")) {
                goal = a;
                continue;
            }
            if (a.equals("--fail-on-warning")) {
                failOnWarning = true;
                continue;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--project" -> project = Path.of(v);
                case "--raw" -> raw = v;
                case "--briefs" -> briefs = v;
                case "--authors" -> authors = v;
                case "--templates" -> templates = v;
                case "--data" -> data = v;
                case "--out" -> out = v;
                case "--cache" -> cache = v;
                case "--title" -> title = v;
                case "--description" -> description = v;
                case "--base-url" -> baseUrl = v;
                default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        DossierConfig d = DossierConfig.forProject(project);
        DossierConfig config = new DossierConfig(
                raw == null ? d.rawDirectory() : project.resolve(raw),
                briefs == null ? d.briefsDirectory() : project.resolve(briefs),
                authors == null ? d.authorsDirectory() : project.resolve(authors),
                templates == null ? d.templatesDirectory() : project.resolve(templates),
                data == null ? d.dataDirectory() : project.resolve(data),
                out == null ? d.outputDirectory() : project.resolve(out),
                cache == null ? d.cacheDirectory() : cache.equals("none") ? null : project.resolve(cache),
                title, description, baseUrl, failOnWarning);
        return new Cli(goal, config);
    }
}
