package dev.larder.packaging.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Positional reads from the uploaded file through a {@link FileChannel}.
 *
 * <p>ZIP parsing jumps between the end of the file and many small headers; a 64 KiB window keeps
 * that to one system call per window instead of one per header, while never holding more than the
 * window in memory.
 */
final class RandomAccessBytes implements Closeable {

    private static final int WINDOW_SIZE = 64 * 1024;

    private final FileChannel channel;
    private final long size;
    private final byte[] window = new byte[WINDOW_SIZE];
    private long windowStart;
    private int windowLength;

    private RandomAccessBytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    static RandomAccessBytes open(Path file) throws IOException {
        return new RandomAccessBytes(FileChannel.open(file, StandardOpenOption.READ));
    }

    long size() {
        return size;
    }

    /**
     * Reads up to {@code length} bytes at {@code position}; the result is shorter only where the file
     * ends, and empty for positions at or past the end (or negative).
     */
    byte[] readAtMost(long position, int length) throws IOException {
        if (position < 0 || position >= size || length <= 0) {
            return new byte[0];
        }
        int wanted = (int) Math.min(length, size - position);
        byte[] result = new byte[wanted];
        int filled = 0;
        while (filled < wanted) {
            long at = position + filled;
            if (at < windowStart || at >= windowStart + windowLength) {
                fillWindow(at);
            }
            int offset = (int) (at - windowStart);
            int count = Math.min(wanted - filled, windowLength - offset);
            System.arraycopy(window, offset, result, filled, count);
            filled += count;
        }
        return result;
    }

    /** Reads directly into {@code target} (used for bulk member data that should bypass the window). */
    int readInto(long position, byte[] target, int length) throws IOException {
        if (position < 0 || position >= size) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(target, 0, (int) Math.min(length, size - position));
        int total = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + total);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    private void fillWindow(long position) throws IOException {
        int length = (int) Math.min(WINDOW_SIZE, size - position);
        ByteBuffer buffer = ByteBuffer.wrap(window, 0, length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        windowStart = position;
        windowLength = buffer.position();
        if (windowLength == 0) {
            throw new IOException("file shrank while being read at offset " + position);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
