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
     * How far a running build has come ("clean+extract: 120 of 475 raw files, 38 a second"), told every two seconds
     * of a long build: as progress ({@link #info}) unless the log shows it on one line it rewrites.
     */
    default void progress(String message) {
        info(message);
    }

    /** The build has stopped telling its progress: a log that rewrote one line ends it here. */
    default void progressDone() {
    }

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

            @Override
            public void progress(String message) {
                log.progress(InputText.printable(message));
            }

            @Override
            public void progressDone() {
                log.progressDone();
            }
        };
    }

    /**
     * As {@link #lines}, a message longer than {@link #WIDTH} going on over indented lines ({@link #wrap}), with
     * progress on one line of a terminal that each report rewrites ({@code \r}), ended before the next message and
     * when the build stops telling.
     */
    static BuildLog terminal(java.io.PrintStream out) {
        BuildLog lines = lines(message -> wrap(message, WIDTH).forEach(out::println));
        return new BuildLog() {
            private boolean open;

            private synchronized void close() {
                if (open) {
                    out.println();
                    open = false;
                }
            }

            @Override
            public void info(String message) {
                close();
                lines.info(message);
            }

            @Override
            public void warning(String message) {
                close();
                lines.warning(message);
            }

            @Override
            public void note(String message) {
                close();
                lines.note(message);
            }

            @Override
            public synchronized void progress(String message) {
                out.print("\r" + message + "\u001b[K");
                out.flush();
                open = true;
            }

            @Override
            public void progressDone() {
                close();
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

    /** The longest line a log writes: it reads at a glance, in a terminal or in Maven's log. */
    int WIDTH = 160;

    /**
     * {@code message} in lines of at most {@code width} characters, broken after a comma or at a space where it can
     * be (a word longer than a line is cut), the lines after the first indented by two spaces.
     */
    static java.util.List<String> wrap(String message, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String rest = message;
        String indent = "";
        while (indent.length() + rest.length() > width) {
            int room = width - indent.length();
            // After a comma where one is far enough on ("…, 1 status 404" stays whole), else at a space.
            int cut = rest.lastIndexOf(", ", room - 1) + 1;
            if (cut <= room / 2) {
                cut = rest.lastIndexOf(' ', room);
            }
            if (cut <= room / 2) {
                cut = room;
            }
            lines.add(indent + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            indent = "  ";
        }
        lines.add(indent + rest);
        return lines;
    }
}
