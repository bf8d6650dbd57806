package io.github.dossier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build at a time per project: a lock on {@code .<site>.dossier-lock} beside the output directory, which every
 * goal takes before it reads or writes anything. A second build (a {@code dossier:serve} rebuild while
 * {@code mvn site} runs in another terminal) waits for the first, saying so, instead of writing the same briefs
 * and swapping the same site at the same time. The operating system releases the lock when a process dies, so a
 * killed build never leaves a project locked. Builds in one JVM also wait for each other (a file lock is held per
 * process, not per thread).
 */
final class BuildLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the project whose site is {@code outputDirectory}. */
    static Path fileFor(Path outputDirectory) {
        Path out = outputDirectory.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".dossier-lock");
    }

    /** Takes the project's lock, waiting (and telling {@code log} once) while another build holds it. */
    static BuildLock acquire(Path outputDirectory, BuildLog log) throws DossierException {
        Path file = fileFor(outputDirectory);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!inProcess.tryLock()) {
                log.info("waiting for another Dossier build of this project to finish (in this process; " + file + ")");
                inProcess.lockInterruptibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DossierException("interrupted while waiting for another build of this project (" + file + ")", e);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                log.info("waiting for another Dossier build of this project to finish (" + holder(channel) + "; "
                        + file + ")");
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new BuildLock(inProcess, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw new DossierException("cannot lock " + file + " against a second build at the same time: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw e;
        }
    }

    /** Who holds the lock, as the holder wrote it ("pid 1234"). */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(64);
            int n = channel.read(buf, 0);
            String s = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "another process" : s;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
            inProcess.unlock();
        }
    }
}
