package io.github.dossier.eval;

import java.nio.file.Path;

/**
 * What a model's training main is told, in order: the folder of the dev sets ("../shared/corpus"), the fold to train
 * on ("A"), the file to write (the shipped model), and the fold to report on (the other one).
 *
 * <pre>{@code
 * TrainingArgs run = TrainingArgs.of(args, MODEL);
 * Files.writeString(run.file(), train(run.corpora(), run.fold()));
 * }</pre>
 */
public record TrainingArgs(Path corpora, String fold, Path file, String other) {

    /** The arguments {@code args}, each left out taking its default; {@code model} is the shipped model's file. */
    public static TrainingArgs of(String[] args, Path model) {
        String fold = args.length > 1 ? args[1] : "A";
        return new TrainingArgs(Path.of(args.length > 0 ? args[0] : "../shared/corpus"), fold,
                args.length > 2 ? Path.of(args[2]) : model, args.length > 3 ? args[3] : fold.equals("A") ? "B" : "A");
    }
}
