package io.github.dossier;

import io.github.dossier.internal.InputText;
import java.util.function.Consumer;

/**
 * Where a build tells what it does, by kind: progress (Maven's INFO), warnings about the input (each also in the
 * report, and what {@code failOnWarning} fails on), and notes about what the build did besides building (putting
 * back a site an interrupted build left missing), which deserve a look but are no fault of the input.
 *
 * <pre>{@code
 * new Dossier(config, BuildLog.lines(System.err::println)).build();   // "warning: …", "note: …", progress as is
 * }</pre>
 */
public interface BuildLog {

    /** Progress: how far a long stage has come, that a build waits for another. */
    void info(String message);

    /** Something wrong with one input (a raw file skipped, a doubtful curated brief). */
    void warning(String message);

    /** Something the build did besides building, worth a look. */
    void note(String message);

    /**
     * {@code log} with every message made printable first ({@link InputText#printable}): a message names files and
     * quotes text from the input, and a file named {@code $'\e[31mred.txt'} must neither colour nor clear the
     * terminal, nor a line break in a name forge a second log line. The engine writes through this, whatever log it
     * was given: the one place a message leaves it.
     *
     * <pre>{@code
     * BuildLog.printable(BuildLog.lines(System.err::println)).warning("\u001b[31mred.txt: is empty")
     * // warning: \x1b[31mred.txt: is empty
     * }</pre>
     */
    static BuildLog printable(BuildLog log) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                log.info(InputText.printable(message));
            }

            @Override
            public void warning(String message) {
                log.warning(InputText.printable(message));
            }

            @Override
            public void note(String message) {
                log.note(InputText.printable(message));
            }
        };
    }

    /** One line per message, warnings and notes marked: {@code warning: …}, {@code note: …}. */
    static BuildLog lines(Consumer<String> out) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                out.accept(message);
            }

            @Override
            public void warning(String message) {
                out.accept("warning: " + message);
            }

            @Override
            public void note(String message) {
                out.accept("note: " + message);
            }
        };
    }
}
