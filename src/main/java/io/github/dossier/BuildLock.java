package io.github.dossier;

import io.github.dossier.internal.AtomicFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
            channel = open(file, log);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                log.info("waiting for another Dossier build of this project to finish (" + holder(file) + "; "
                        + file + ")");
                lock = channel.lock();
            }
            try {
                AtomicFile.write(pidFile(file), "pid " + ProcessHandle.current().pid() + "\n");
            } catch (IOException e) {
                // only the waiting message of another build needs it
            }
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

    /**
     * Opens the lock file without following a link: a link planted at the lock's name in a shared repository is
     * removed (the link, never its target) and a lock file of Dossier's own made instead. Nothing is ever written into
     * the lock file (a lock needs no content), so a file that has another name as well (a hard link) is locked and
     * left as it is; who holds the lock goes in a file beside it ({@link #pidFile}), written by a rename.
     */
    private static FileChannel open(Path file, BuildLog log) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (Files.isSymbolicLink(file)) {
                log.warning(file + ": the lock file was a link; the link was removed (not what it pointed at) and the"
                        + " lock file made again");
                Files.delete(file);
            } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a file; remove it");
            }
            try {
                return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.FileSystemException e) {
                if (attempt < 3 && Files.isSymbolicLink(file)) {
                    continue; // a link planted between the check and the open: removed on the next round
                }
                throw e;
            }
        }
    }

    /** Where the holder of the lock on {@code lockFile} says who it is ("pid 1234"). */
    static Path pidFile(Path lockFile) {
        return lockFile.resolveSibling(lockFile.getFileName() + ".pid");
    }

    /** Who holds the lock, as the holder wrote it ("pid 1234"). */
    private static String holder(Path lockFile) {
        try {
            String s = Files.readString(pidFile(lockFile), StandardCharsets.UTF_8).strip();
            return s.matches("pid \\d{1,19}") ? s : "another process";
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
