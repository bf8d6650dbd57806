package io.github.dossier.eval;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.clean.CorpusProfile;
import io.github.dossier.extract.MetadataExtractor;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cleaning alone, timed: every file of a folder decoded once, then cleaned in {@code passes} timed passes after
 * two warm-up passes; prints each pass and the median in milliseconds per page. It uses only the cleaner's public
 * entry points, so the same class compiled against an older build times that build in the same session:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.dossier.eval.CleaningBenchmark \
 *     ../shared/corpus/traf-dev/html html 9
 * </pre>
 */
public final class CleaningBenchmark {

    private CleaningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        RawDocument.Format format = args[1].equalsIgnoreCase("text") ? RawDocument.Format.TEXT : RawDocument.Format.HTML;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Cleaner cleaner = Cleaner.builder().knowledge(MetadataExtractor.builder().build().knowledge()).build();
        List<RawDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                documents.add(RawReader.DEFAULT.decode(f.getFileName().toString(), format, Files.readAllBytes(f)));
            }
        }
        double[] ms = new double[passes];
        for (int pass = -2; pass < passes; pass++) {
            long start = System.nanoTime();
            for (RawDocument d : documents) {
                cleaner.clean(d, CorpusProfile.EMPTY);
            }
            if (pass >= 0) {
                ms[pass] = (System.nanoTime() - start) / 1e6 / documents.size();
            }
        }
        System.out.println(folder + " " + format + " " + documents.size() + " pages, ms/page per pass: "
                + Arrays.toString(Arrays.stream(ms).map(m -> Math.round(m * 100) / 100.0).toArray()));
        Arrays.sort(ms);
        System.out.printf("median %.2f ms/page%n", ms[passes / 2]);
    }
}
