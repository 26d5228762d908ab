package se.esfkg.publish.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code releases/release.lock}: held from the moment a load picks its release number until that
 * release is published or discarded, so two loads on one data folder can never both become
 * "release N". The operating system drops the lock if the process dies, so a crash leaves nothing
 * to clean up.
 */
final class ReleaseLock implements AutoCloseable {

    static final String FILE = "release.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ReleaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once, naming the folder; a second load does not wait behind a long first one. */
    static ReleaseLock take(Path releasesRoot) {
        try {
            Files.createDirectories(releasesRoot);
            FileChannel ch = FileChannel.open(releasesRoot.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                ch.close();
                throw new ReleaseInProgressException("another load is making a release in " + releasesRoot
                        + "; run this load again when it has finished");
            }
            return new ReleaseLock(ch, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
