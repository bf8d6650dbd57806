package io.github.dossier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A scratch Dossier project holding a copy of the sample corpus. */
public final class SampleProject {

    /** This repository, where the sample corpus lives. */
    public static final Path REPOSITORY = Path.of(System.getProperty("dossier.project", "."));

    private SampleProject() {
    }

    /**
     * Copies the sample's raw files into {@code dir/content/raw}, and the researcher's notes of where they were read
     * ({@code content/sources.yml}), and returns {@code dir}.
     */
    public static Path copy(Path dir) throws IOException {
        Path raw = Files.createDirectories(dir.resolve("content/raw"));
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("content/raw"))) {
            for (Path f : files.toList()) {
                Files.copy(f, raw.resolve(f.getFileName()));
            }
        }
        Path sources = REPOSITORY.resolve("content/sources.yml");
        if (Files.isRegularFile(sources)) {
            Files.copy(sources, dir.resolve("content/sources.yml"));
        }
        return dir;
    }
}
