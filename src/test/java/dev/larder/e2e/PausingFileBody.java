package dev.larder.e2e;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file's bytes as a request body, counted as the HTTP client reads them. It stops (blocks) once
 * {@code pauseAfter} bytes went out, which tells a test the server is mid-upload ({@link #paused}),
 * and signals when the whole file was read ({@link #endReached}). {@link #resume()} lets it go on;
 * after {@link #failFromNowOn()} reads fail, which ends the request.
 */
final class PausingFileBody extends InputStream {
    final CountDownLatch paused = new CountDownLatch(1);
    final CountDownLatch endReached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicLong sent = new AtomicLong();
    private final long pauseAfter;
    private final Path file;
    private InputStream in;
    private volatile boolean failing;

    PausingFileBody(Path file, long pauseAfter) {
        this.file = file;
        this.pauseAfter = pauseAfter;
    }

    void resume() {
        released.countDown();
    }

    void failFromNowOn() {
        failing = true;
        released.countDown();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (in == null) {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }
        long before = sent.get();
        if (before >= pauseAfter && released.getCount() > 0) {
            paused.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        if (failing) {
            throw new IOException("the test stopped sending");
        }
        int allowed = before < pauseAfter ? (int) Math.min(len, pauseAfter - before) : len;
        int n = in.read(b, off, allowed);
        if (n < 0) {
            endReached.countDown();
            return -1;
        }
        sent.addAndGet(n);
        return n;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
