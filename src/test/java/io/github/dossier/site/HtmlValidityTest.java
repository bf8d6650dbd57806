package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.Dossier;
import io.github.dossier.DossierConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's validator) finds no error on any page of the sample site. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheSampleSiteIsValidHtml(@TempDir Path dir) throws Exception {
        Path project = io.github.dossier.testing.SampleProject.copy(dir);
        new Dossier(DossierConfig.forProject(project).withTitle("Sample").withBaseUrl("https://example.org/s/"), m -> { })
                .build();
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            private Path file;

            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertEquals(List.of(), errors.stream().map(e -> e.replace(project.toString(), "")).toList());
    }
}
