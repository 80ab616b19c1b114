package jp.hoshin.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one Hoshin process on a data directory: an exclusive lock on {@code hoshin.lock} beside the database
 * files, held as long as the process lives. The operating system releases it when the process ends however it ends
 * (even killed), so a server left running under a lock nobody holds is an orphan, and a held lock means another
 * Hoshin is using the data.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "hoshin.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data directory, or refuses with {@link DataDirectoryInUseException} while another process has it. */
    static DataDirectoryLock acquire(Path dataHome) {
        Path file = dataHome.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataHome);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dataHome);
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("データディレクトリ " + dataHome + " をロックできませんでした", e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
