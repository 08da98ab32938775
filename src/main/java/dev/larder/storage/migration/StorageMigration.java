package dev.larder.storage.migration;

import dev.larder.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Copies the blobs the database refers to from one store to another. The database is the list;
 * the stores are never listed. Each blob is checked against the recorded SHA-256 and BLAKE2b-256
 * as it is read from the source, written with the destination's atomic {@code put}, then read
 * back from the destination and checked again. Blobs already at the destination with the right
 * size are skipped, so an interrupted run is resumed by running it again; stopping at any moment
 * leaves whole blobs or none at the destination.
 */
public final class StorageMigration {
    private final BlobStore from;
    private final BlobStore to;
    private final PrintWriter out;

    public StorageMigration(BlobStore from, BlobStore to, PrintWriter out) {
        this.from = from;
        this.to = to;
        this.out = out;
    }

    /** What one run did. {@code stoppedEarly} means the copy limit was reached before the end of the list. */
    public record Summary(int referenced, int copied, int present, int failed, long bytesCopied, boolean stoppedEarly) {
        public boolean complete() {
            return failed == 0 && !stoppedEarly;
        }
    }

    /** Copies the blobs one at a time, at most {@code limit} of them in this run. */
    public Summary run(List<ReferencedBlob> blobs, OptionalLong limit) {
        return run(blobs, limit, 1);
    }

    /**
     * Copies the blobs with {@code jobs} copies in flight (object stores answer each request slowly
     * but many at once), at most {@code limit} of them in this run (a run can be cut short on purpose).
     */
    public Summary run(List<ReferencedBlob> blobs, OptionalLong limit, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        Tally tally = new Tally(limit);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < blobs.size(); i++) {
                ReferencedBlob blob = blobs.get(i);
                String progress = "[" + (i + 1) + "/" + blobs.size() + "] ";
                tasks.add(pool.submit(() -> migrate(blob, progress, tally)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; run the command again to continue", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("copying stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (tally.stopped) {
            out.printf("stopped after copying %d blob(s) (--limit); run the command again to continue%n", tally.copied.get());
        }
        return summary(blobs.size(), tally.copied.get(), tally.present.get(), tally.failed.get(), tally.bytes.get(), tally.stopped);
    }

    /** Counters shared by the copying threads. */
    private static final class Tally {
        final AtomicInteger copied = new AtomicInteger();
        final AtomicInteger present = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong started = new AtomicLong();
        final OptionalLong limit;
        volatile boolean stopped;

        Tally(OptionalLong limit) {
            this.limit = limit;
        }

        /** Whether one more copy may start under the limit. */
        boolean mayCopy() {
            if (limit.isPresent() && started.getAndIncrement() >= limit.getAsLong()) {
                stopped = true;
                return false;
            }
            return true;
        }
    }

    private void migrate(ReferencedBlob blob, String progress, Tally tally) {
        if (tally.stopped) {
            return;
        }
        try {
            Optional<Long> expected = expectedSize(blob);
            Optional<Long> there = to.size(blob.key());
            if (there.isPresent() && expected.isPresent() && there.get().equals(expected.get())) {
                tally.present.incrementAndGet();
                return;
            }
            if (expected.isEmpty() && there.isEmpty()) {
                throw new MigrationFailure("missing from the source " + from);
            }
            if (expected.isEmpty()) {
                // Missing from the source but at the destination: a copy made earlier; check it.
                verifyAtDestination(blob);
                tally.present.incrementAndGet();
                return;
            }
            if (!tally.mayCopy()) {
                return;
            }
            long size = copy(blob);
            tally.copied.incrementAndGet();
            tally.bytes.addAndGet(size);
            print(progress + "copied " + blob.key() + " (" + size + " bytes)");
        } catch (MigrationFailure | IOException | UncheckedIOException | IllegalArgumentException e) {
            tally.failed.incrementAndGet();
            print(progress + "FAILED " + blob.key() + ": " + e.getMessage());
        }
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private Summary summary(int referenced, int copied, int present, int failed, long bytes, boolean stopped) {
        out.printf("%d blob(s) referenced: %d copied (%d bytes), %d already present, %d failed%n",
                referenced, copied, bytes, present, failed);
        out.flush();
        return new Summary(referenced, copied, present, failed, bytes, stopped);
    }

    /** The size the blob must have: the database's record, or for {@code .metadata} the source's. */
    private Optional<Long> expectedSize(ReferencedBlob blob) throws IOException {
        if (blob.size().isPresent()) {
            return Optional.of(blob.size().getAsLong());
        }
        return from.size(blob.key());
    }

    private long copy(ReferencedBlob blob) throws IOException, MigrationFailure {
        Path staged = Files.createTempFile(to.stagingFolder(), "migrate-", ".part");
        try {
            Hashes read;
            try (InputStream in = from.open(blob.key(), 0); OutputStream os = Files.newOutputStream(staged)) {
                read = Hashes.copy(in, os);
            } catch (NoSuchFileException e) {
                throw new MigrationFailure("missing from the source " + from);
            }
            read.check(blob, "the source " + from);
            to.put(blob.key(), staged);
            try {
                verifyAtDestination(blob);
            } catch (MigrationFailure | IOException e) {
                to.delete(blob.key());
                throw e;
            }
            return read.size;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    private void verifyAtDestination(ReferencedBlob blob) throws IOException, MigrationFailure {
        Hashes written;
        try (InputStream in = to.open(blob.key(), 0)) {
            written = Hashes.copy(in, OutputStream.nullOutputStream());
        }
        written.check(blob, "the destination " + to);
    }

    /** A blob that cannot be copied faithfully; the run goes on with the next one. */
    static final class MigrationFailure extends Exception {
        MigrationFailure(String message) {
            super(message);
        }
    }

    private static final class Hashes {
        final MessageDigest sha256;
        final Blake2bDigest blake2 = new Blake2bDigest(256);
        long size;

        Hashes() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static Hashes copy(InputStream in, OutputStream out) throws IOException {
            Hashes h = new Hashes();
            byte[] buf = new byte[256 * 1024];
            int n;
            while ((n = in.read(buf)) != -1) {
                h.sha256.update(buf, 0, n);
                h.blake2.update(buf, 0, n);
                h.size += n;
                out.write(buf, 0, n);
            }
            return h;
        }

        void check(ReferencedBlob blob, String where) throws MigrationFailure {
            HexFormat hex = HexFormat.of();
            String sha = hex.formatHex(sha256.digest());
            byte[] b2 = new byte[32];
            blake2.doFinal(b2, 0);
            String blake = hex.formatHex(b2);
            if (blob.size().isPresent() && blob.size().getAsLong() != size) {
                throw new MigrationFailure("in " + where + " it has " + size + " bytes, the database says " + blob.size().getAsLong());
            }
            if (!sha.equalsIgnoreCase(blob.sha256())) {
                throw new MigrationFailure("in " + where + " its sha256 is " + sha + ", the database says " + blob.sha256());
            }
            if (!blake.equalsIgnoreCase(blob.blake2b256())) {
                throw new MigrationFailure("in " + where + " its blake2b-256 is " + blake + ", the database says " + blob.blake2b256());
            }
        }
    }
}
