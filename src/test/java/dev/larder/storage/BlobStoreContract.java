package dev.larder.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link BlobStore} promises, run against each implementation by a subclass: blobs read
 * back byte for byte, appear whole, and the odd cases (missing keys, offsets, concurrency) behave
 * the same on every backend.
 */
public abstract class BlobStoreContract {
    @TempDir
    protected Path temp;

    protected BlobStore store;

    /** A fresh, empty store; {@code temp} is the test's own folder. */
    protected abstract BlobStore newStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aBlobPutFromAFileReadsBackByteForByte() throws IOException {
        Path source = file("demo-1.0.tar.gz", "the bytes of an sdist");
        store.put("aa/bb/cc/demo-1.0.tar.gz", source);
        assertThat(read("aa/bb/cc/demo-1.0.tar.gz", 0)).isEqualTo("the bytes of an sdist");
        assertThat(store.size("aa/bb/cc/demo-1.0.tar.gz")).contains((long) "the bytes of an sdist".length());
    }

    @Test
    void aBlobPutFromBytesReadsBackByteForByte() throws IOException {
        store.put("aa/bb/cc/demo.whl.metadata", "Metadata-Version: 2.1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read("aa/bb/cc/demo.whl.metadata", 0)).isEqualTo("Metadata-Version: 2.1\n");
    }

    @Test
    void anEmptyBlobIsStoredAndHasSizeZero() throws IOException {
        store.put("e/m/pty", new byte[0]);
        assertThat(store.size("e/m/pty")).contains(0L);
        assertThat(read("e/m/pty", 0)).isEmpty();
    }

    @Test
    void putReplacesAnExistingBlobWhole() throws IOException {
        store.put("k/e/y", file("first", "first version, rather longer than the second"));
        store.put("k/e/y", file("second", "second"));
        assertThat(read("k/e/y", 0)).isEqualTo("second");
        assertThat(store.size("k/e/y")).contains(6L);
    }

    @Test
    void readersSeeOnlyWholeBlobsWhileTheKeyIsBeingReplaced() throws Exception {
        String a = "A".repeat(200_000);
        String b = "B".repeat(300_000);
        store.put("r/e/placed", a.getBytes(StandardCharsets.UTF_8));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    store.put("r/e/placed", file("w" + i, i % 2 == 0 ? b : a));
                }
                writing.set(false);
                return null;
            });
            Future<List<String>> reader = pool.submit(() -> {
                List<String> seen = new ArrayList<>();
                do {
                    seen.add(read("r/e/placed", 0));
                } while (writing.get());
                return seen;
            });
            writer.get();
            assertThat(reader.get()).allSatisfy(s -> assertThat(s).isIn(a, b));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSizeOfAMissingKeyIsEmpty() throws IOException {
        assertThat(store.size("no/such/blob")).isEmpty();
    }

    @Test
    void openingAMissingKeyFailsWithNoSuchFile() {
        assertThatThrownBy(() -> store.open("no/such/blob", 0).close()).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readingFromAnOffsetReturnsTheRestOfTheBlob() throws IOException {
        store.put("o/f/fset", "0123456789".getBytes(StandardCharsets.UTF_8));
        assertThat(read("o/f/fset", 0)).isEqualTo("0123456789");
        assertThat(read("o/f/fset", 3)).isEqualTo("3456789");
        assertThat(read("o/f/fset", 9)).isEqualTo("9");
    }

    @Test
    void aRangeReadReturnsAtLeastTheRangeAndExactlyItsBytes() throws IOException {
        store.put("r/a/nge", "0123456789".getBytes(StandardCharsets.UTF_8));
        try (InputStream in = store.open("r/a/nge", 2, 3)) {
            assertThat(new String(in.readNBytes(3), StandardCharsets.UTF_8)).isEqualTo("234");
        }
        try (InputStream in = store.open("r/a/nge", 8, 5)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("89");
        }
    }

    @Test
    void readingFromTheEndReturnsNothing() throws IOException {
        store.put("o/f/fset", "0123456789".getBytes(StandardCharsets.UTF_8));
        assertThat(read("o/f/fset", 10)).isEmpty();
    }

    @Test
    void deleteRemovesTheBlob() throws IOException {
        store.put("d/e/l", "x".getBytes(StandardCharsets.UTF_8));
        store.delete("d/e/l");
        assertThat(store.size("d/e/l")).isEmpty();
    }

    @Test
    void deletingAMissingKeyIsFine() throws IOException {
        store.delete("never/was/here");
        assertThat(store.size("never/was/here")).isEmpty();
    }

    @Test
    void aLargeBlobGoesUpWholeWithAnIdenticalSha256() throws Exception {
        long size = 80L << 20;
        Path big = temp.resolve("big.whl");
        Random random = new Random(42);
        byte[] chunk = new byte[1 << 20];
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                sent.update(chunk);
                out.write(chunk);
            }
        }
        store.put("b/i/g/big.whl", big);
        assertThat(store.size("b/i/g/big.whl")).contains(size);
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(store.open("b/i/g/big.whl", 0), received)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    }

    @Test
    void keysWithThePypiLayoutAreStoredAsGiven() throws IOException {
        String blake2 = "4a9b0e7f" + "0".repeat(56);
        String key = BlobKey.forFile(blake2, "demo_pkg-1.0+local-py3-none-any.whl");
        store.put(key, "wheel".getBytes(StandardCharsets.UTF_8));
        store.put(BlobKey.metadataOf(key), "meta".getBytes(StandardCharsets.UTF_8));
        assertThat(key).startsWith("4a/9b/0e7f");
        assertThat(read(key, 0)).isEqualTo("wheel");
        assertThat(read(BlobKey.metadataOf(key), 0)).isEqualTo("meta");
    }

    @Test
    void concurrentPutsOfTheSameKeyLeaveOneWholeBlob() throws Exception {
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            versions.add(Character.toString('a' + i).repeat(50_000 + i * 1_000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Path source = file("v" + i, versions.get(i));
                puts.add(pool.submit(() -> {
                    store.put("s/a/me", source);
                    return null;
                }));
            }
            for (Future<?> f : puts) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String stored = read("s/a/me", 0);
        assertThat(stored).isIn(versions);
        assertThat(store.size("s/a/me")).contains((long) stored.length());
    }

    @Test
    void keysThatEscapeTheStoreAreRefused() {
        for (String key : List.of("", "../outside", "a/../../outside")) {
            assertThatThrownBy(() -> store.put(key, new byte[1])).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void clearingTheStagingFolderRemovesOwnLeftoversAndOnlyOldOnesOfOtherInstances() throws IOException {
        Path own = store.newStagingFile();
        Files.writeString(own, "half an upload");
        Path others = Files.writeString(store.stagingFolder().resolve("another-instance.123.part"), "its upload under way");
        store.clearStaging(java.time.Instant.now().minusSeconds(3600));
        assertThat(own).doesNotExist();
        assertThat(others).exists();
        store.clearStaging(java.time.Instant.now().plusSeconds(60));
        assertThat(others).doesNotExist();
        assertThat(store.stagingFolder()).isDirectory();
    }

    @Test
    void aStoreThatWorksIsReachable() {
        assertThat(store.reachable()).isTrue();
    }

    protected String read(String key, long offset) throws IOException {
        try (InputStream in = store.open(key, offset)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    protected Path file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("sources"));
        return Files.writeString(Files.createTempFile(dir, name, ".src"), content);
    }
}
