package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import io.github.dossier.preview.Preview;
import io.github.dossier.testing.SampleProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site in a real browser: headless Chromium (Debian's, installed here when missing and possible),
 * driven by Playwright from {@code src/test/browser/site-check.js}, from disk and from the preview server, with
 * axe-core's accessibility rules. Screenshots land in {@code target/screenshots/}.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path NODE_DIR = SampleProject.REPOSITORY.resolve("target/browser-node");

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }

    private static void setUp() throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM) && onPath("apt-get") && "root".equals(System.getProperty("user.name"))) {
            run(Path.of("/"), "sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
        }
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/playwright-core")) && onPath("npm")) {
            Files.createDirectories(NODE_DIR);
            run(NODE_DIR, "npm", "install", "--no-save", "--no-audit", "--no-fund", "playwright-core@1.49.1", "axe-core@4.10.2");
        }
    }

    @Test
    void theSiteWorksInChromiumFromDiskAndFromThePreviewServer(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/playwright-core")), "npm packages unavailable");
        Path project = SampleProject.copy(dir);
        DossierConfig config = DossierConfig.forProject(project).withTitle("Sample dossier")
                .withBaseUrl("https://example.org/sample/");
        Path shots = Files.createDirectories(SampleProject.REPOSITORY.resolve("target/screenshots"));
        try (Preview preview = Preview.start(new Dossier(config, m -> { }), config, 0, m -> { })) {
            Path script = SampleProject.REPOSITORY.resolve("src/test/browser/site-check.js").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), project.resolve("site").toString(),
                    preview.uri().toString(), shots.toString()).directory(NODE_DIR.toFile()).redirectErrorStream(true);
            pb.environment().put("NODE_PATH", NODE_DIR.resolve("node_modules").toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
    }

    /** The hostile corpus's payloads all set {@code window.__pwned}; on no page of its site may the flag be set. */
    @Test
    void noInjectedScriptRunsInChromium(@TempDir Path dir) throws Exception {
        setUp();
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed and cannot be installed here");
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/playwright-core")), "npm packages unavailable");
        Path project = io.github.dossier.HostileInputTest.hostileProject(dir);
        new Dossier(DossierConfig.forProject(project).withBaseUrl("https://example.org/hostile/"), m -> { }).build();
        Path script = SampleProject.REPOSITORY.resolve("src/test/browser/hostile-check.js").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), project.resolve("site").toString())
                .directory(NODE_DIR.toFile()).redirectErrorStream(true);
        pb.environment().put("NODE_PATH", NODE_DIR.resolve("node_modules").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        org.junit.jupiter.api.Assertions.assertTrue(out.matches("(?s).*\\b[2-9]\\d+ pages opened.*"), out);
    }
}
