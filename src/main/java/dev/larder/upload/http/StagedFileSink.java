package dev.larder.upload.http;

import dev.larder.upload.Digests;
import dev.larder.upload.StreamingDigests;
import dev.larder.web.multipart.MultipartReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Receives the file part: writes it to a staging file while hashing it. Past the size limit it
 * stops writing and only counts, so the client still gets the "too large" answer rather than a
 * reset connection.
 */
final class StagedFileSink implements MultipartReader.BodySink, AutoCloseable {
    private final FileChannel channel;
    private final StreamingDigests digests = new StreamingDigests();
    private final long limit;
    private long size;

    StagedFileSink(Path file, long limit) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
        this.limit = limit;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        size += length;
        if (size > limit) {
            return;
        }
        digests.update(bytes, offset, length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    long size() {
        return size;
    }

    boolean tooLarge() {
        return size > limit;
    }

    /** Flushes the bytes to disk, so that a committed upload survives a power cut. */
    Digests finish() throws IOException {
        channel.force(false);
        return digests.finish();
    }

    @Override
    public void close() throws IOException {
        digests.close();
        channel.close();
    }
}
