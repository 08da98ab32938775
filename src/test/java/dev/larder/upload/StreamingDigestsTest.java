package dev.larder.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;

/** The three digests agree with single-threaded reference digests, inline and on worker threads alike. */
class StreamingDigestsTest {
    private static Digests reference(byte[] data) throws Exception {
        Blake2bDigest b = new Blake2bDigest(256);
        b.update(data, 0, data.length);
        byte[] out = new byte[32];
        b.doFinal(out, 0);
        HexFormat hex = HexFormat.of();
        return new Digests(hex.formatHex(MessageDigest.getInstance("MD5").digest(data)),
                hex.formatHex(MessageDigest.getInstance("SHA-256").digest(data)), hex.formatHex(out));
    }

    private static Digests streamed(byte[] data, int piece) {
        try (StreamingDigests d = new StreamingDigests()) {
            for (int off = 0; off < data.length; off += piece) {
                d.update(data, off, Math.min(piece, data.length - off));
            }
            return d.finish();
        }
    }

    @Test
    void smallInputsHashedInlineMatchTheReference() throws Exception {
        byte[] data = new byte[100_000];
        new Random(1).nextBytes(data);
        assertThat(streamed(data, 777)).isEqualTo(reference(data));
        assertThat(streamed(new byte[0], 1)).isEqualTo(reference(new byte[0]));
    }

    @Test
    void largeInputsHashedOnWorkerThreadsMatchTheReference() throws Exception {
        byte[] data = new byte[21 << 20];
        new Random(2).nextBytes(data);
        assertThat(streamed(data, 300_001)).isEqualTo(reference(data));
        assertThat(streamed(data, 1 << 20)).isEqualTo(reference(data));
    }

    @Test
    void anAbandonedDigestStopsItsWorkers() {
        StreamingDigests d = new StreamingDigests();
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < 10; i++) {
            d.update(chunk, 0, chunk.length);
        }
        d.close();
        // getAllStackTraces lists live threads only: the workers must have ended.
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("larder-digest-"));
    }
}
