package dev.larder.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * MD5, SHA-256 and BLAKE2b-256 over a stream of chunks. Small inputs are hashed inline; past a few
 * megabytes MD5 and BLAKE2b move to two worker threads fed through a fixed pool of buffers, so a
 * large upload is hashed on every core at the speed of its slowest digest, in bounded memory.
 */
public final class StreamingDigests implements AutoCloseable {
    private static final int INLINE_LIMIT = 4 << 20;
    private static final int CHUNK = 256 << 10;
    private static final int POOL = 16;

    private final MessageDigest md5;
    private final MessageDigest sha256;
    private final Blake2bDigest blake2 = new Blake2bDigest(256);
    private long inline;
    private Workers workers;

    public StreamingDigests() {
        try {
            md5 = MessageDigest.getInstance("MD5");
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5 or SHA-256", e);
        }
    }

    public void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        if (workers == null && inline + length <= INLINE_LIMIT) {
            md5.update(bytes, offset, length);
            blake2.update(bytes, offset, length);
            inline += length;
            return;
        }
        if (workers == null) {
            workers = new Workers(md5, blake2);
        }
        workers.feed(bytes, offset, length);
    }

    public Digests finish() {
        if (workers != null) {
            workers.finish();
            workers = null;
        }
        byte[] b2 = new byte[32];
        blake2.doFinal(b2, 0);
        HexFormat hex = HexFormat.of();
        return new Digests(hex.formatHex(md5.digest()), hex.formatHex(sha256.digest()), hex.formatHex(b2));
    }

    /** Stops the workers without a result, e.g. when the upload failed half-way. */
    @Override
    public void close() {
        if (workers != null) {
            workers.finish();
            workers = null;
        }
    }

    /** Two threads, one per slow digest, sharing read-only copies of each chunk. */
    private static final class Workers {
        private record Chunk(byte[] bytes, int length, AtomicInteger readers) {}

        private static final Chunk END = new Chunk(new byte[0], 0, new AtomicInteger());

        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(POOL);
        private final BlockingQueue<Chunk> toMd5 = new ArrayBlockingQueue<>(POOL);
        private final BlockingQueue<Chunk> toBlake = new ArrayBlockingQueue<>(POOL);
        private final Thread md5Thread;
        private final Thread blakeThread;

        Workers(MessageDigest md5, Blake2bDigest blake2) {
            for (int i = 0; i < POOL; i++) {
                free.add(new byte[CHUNK]);
            }
            md5Thread = start("md5", toMd5, c -> md5.update(c.bytes(), 0, c.length()));
            blakeThread = start("blake2b", toBlake, c -> blake2.update(c.bytes(), 0, c.length()));
        }

        private Thread start(String name, BlockingQueue<Chunk> queue, java.util.function.Consumer<Chunk> digest) {
            Thread t = new Thread(() -> {
                try {
                    for (Chunk c = queue.take(); c != END; c = queue.take()) {
                        digest.accept(c);
                        if (c.readers().decrementAndGet() == 0) {
                            free.add(c.bytes());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "larder-digest-" + name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        void feed(byte[] bytes, int offset, int length) {
            try {
                while (length > 0) {
                    int n = Math.min(length, CHUNK);
                    byte[] copy = free.take();
                    System.arraycopy(bytes, offset, copy, 0, n);
                    Chunk c = new Chunk(copy, n, new AtomicInteger(2));
                    toMd5.put(c);
                    toBlake.put(c);
                    offset += n;
                    length -= n;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing", e);
            }
        }

        void finish() {
            try {
                toMd5.put(END);
                toBlake.put(END);
                md5Thread.join();
                blakeThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing", e);
            }
        }
    }
}
