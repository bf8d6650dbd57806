package io.github.dossier;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a build has come, told every two seconds while it runs: the stage, the files done of the total and the rate
 * where the stage counts them ("clean+extract: 120 of 475 raw files, 38 a second"), else how long the stage has taken
 * so far ("render: 6 s"). A build of a second says nothing (the first line comes after {@link #FIRST_MILLIS}); a
 * long one is never silent for longer than {@link #PERIOD_MILLIS}. The phases name their stages and count their
 * steps; a timer thread of the build's tells them through {@link BuildLog#progress}. One per engine, one build at a
 * time; its counters are thread-safe.
 */
final class Progress {

    /** How often a running build tells how far it has come. */
    static final long PERIOD_MILLIS = 2_000;
    /** When it first tells: soon, as the JVM's start and the knowledge's load came before. */
    static final long FIRST_MILLIS = 1_000;

    private final BuildLog log;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int total;
    private volatile String unit = "";
    private volatile long stageStart = System.nanoTime();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> ticks;

    Progress(BuildLog log) {
        this.log = log;
    }

    /** Starts telling, until {@link #end}. */
    synchronized void begin() {
        stage("starting", 0, "");
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dossier-progress");
            t.setDaemon(true);
            return t;
        });
        ticks = timer.scheduleAtFixedRate(this::tell, FIRST_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops telling; what it told last stays told. */
    synchronized void end() {
        if (timer != null) {
            ticks.cancel(false);
            timer.shutdownNow();
            timer = null;
        }
        log.progressDone();
    }

    /** The build enters {@code name}, which counts {@code total} {@code unit} ("raw files"), or counts none (0). */
    void stage(String name, int total, String unit) {
        this.total = total;
        this.unit = unit;
        done.set(0);
        stageStart = System.nanoTime();
        this.stage = name;
    }

    /** One more of the stage's steps is done. */
    void step() {
        done.incrementAndGet();
    }

    /** The line the timer tells now. */
    String line() {
        double seconds = (System.nanoTime() - stageStart) / 1e9;
        int n = done.get();
        if (total > 0 && n == 0) {
            // Nothing done yet (the first files are being read): no rate to tell.
            return String.format(Locale.ROOT, "%s: 0 of %d %s, starting", stage, total, unit);
        }
        if (total > 0) {
            return String.format(Locale.ROOT, "%s: %d of %d %s, %.0f a second", stage, Math.min(n, total), total, unit,
                    seconds > 0 ? n / seconds : 0);
        }
        return String.format(Locale.ROOT, "%s: %.0f s", stage, seconds);
    }

    private void tell() {
        try {
            log.progress(line());
        } catch (RuntimeException e) {
            // a log that fails leaves the build to go on untold
        }
    }
}
