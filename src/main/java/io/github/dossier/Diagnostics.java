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
 * @param passed   how many records of the containers (web archives) are no article, by reason
 */
record Diagnostics(List<String> warnings, List<String> skipped, Map<String, Long> timings,
        java.util.SortedMap<String, Integer> passed) {

    static final Diagnostics NONE = new Diagnostics(List.of(), List.of(), Map.of(), new java.util.TreeMap<>());

    Diagnostics {
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        passed = Collections.unmodifiableSortedMap(new java.util.TreeMap<>(passed));
    }

    /** These and then {@code later}'s. */
    Diagnostics plus(Diagnostics later) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(later.warnings);
        List<String> s = new ArrayList<>(skipped);
        s.addAll(later.skipped);
        Map<String, Long> t = new LinkedHashMap<>(timings);
        t.putAll(later.timings);
        java.util.SortedMap<String, Integer> p = new java.util.TreeMap<>(passed);
        later.passed.forEach((reason, n) -> p.merge(reason, n, Integer::sum));
        return new Diagnostics(w, s, t, p);
    }

    /** Collects a phase's diagnostics as it runs, telling each warning to the build's log at once. Thread-safe. */
    static final class Recorder {
        private final BuildLog log;
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Long> timings = Collections.synchronizedMap(new LinkedHashMap<>());
        private final java.util.SortedMap<String, Integer> passed =
                Collections.synchronizedSortedMap(new java.util.TreeMap<>());

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

        /** {@code n} records of a container that are no article, for {@code reason} ("redirect", "status 404"). */
        void passed(String reason, int n) {
            passed.merge(reason, n, Integer::sum);
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
                        synchronized (passed) {
                            return new Diagnostics(warnings, skipped, timings, passed);
                        }
                    }
                }
            }
        }
    }
}
