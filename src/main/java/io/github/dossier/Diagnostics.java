package io.github.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a phase of a build found besides its result: warnings (each raw file skipped is one, and is also counted
 * among the skipped) and how long each of its steps took. An immutable value; a {@link Recorder} collects one
 * while a phase runs, from many threads.
 *
 * @param warnings everything worth a warning line, in the order found
 * @param skipped  the warnings that are raw files giving no brief
 * @param timings  milliseconds per step, in order
 */
record Diagnostics(List<String> warnings, List<String> skipped, Map<String, Long> timings) {

    static final Diagnostics NONE = new Diagnostics(List.of(), List.of(), Map.of());

    Diagnostics {
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** These and then {@code later}'s. */
    Diagnostics plus(Diagnostics later) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(later.warnings);
        List<String> s = new ArrayList<>(skipped);
        s.addAll(later.skipped);
        Map<String, Long> t = new LinkedHashMap<>(timings);
        t.putAll(later.timings);
        return new Diagnostics(w, s, t);
    }

    /** Collects a phase's diagnostics as it runs, telling each warning to the build's log at once. Thread-safe. */
    static final class Recorder {
        private final BuildLog log;
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Long> timings = Collections.synchronizedMap(new LinkedHashMap<>());

        Recorder(BuildLog log) {
            this.log = log;
        }

        void warn(String message) {
            warnings.add(message);
            log.warning(message);
        }

        /** A raw file that gives no brief: a warning, and counted as skipped. */
        void skip(String message) {
            skipped.add(message);
            warn(message);
        }

        /** The time since {@code since} (a {@link System#nanoTime}) as the step {@code step}; returns now. */
        long time(String step, long since) {
            long now = System.nanoTime();
            timings.put(step, (now - since) / 1_000_000);
            return now;
        }

        void timing(String step, long millis) {
            timings.put(step, millis);
        }

        Diagnostics done() {
            synchronized (warnings) {
                synchronized (skipped) {
                    synchronized (timings) {
                        return new Diagnostics(warnings, skipped, timings);
                    }
                }
            }
        }
    }
}
