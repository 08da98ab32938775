package dev.larder.packaging.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts decompressed bytes and stops the stream when they break the compression-ratio rule or
 * the absolute ceiling. gzip declares no sizes up front, so the rule PyPI applies to zips from the
 * central directory is enforced here while inflating.
 */
final class ExpansionBudgetInputStream extends FilterInputStream {

    private final long compressedSize;
    private final long ceiling;
    private long expanded;

    ExpansionBudgetInputStream(InputStream decompressed, long compressedSize, long ceiling) {
        super(decompressed);
        this.compressedSize = compressedSize;
        this.ceiling = ceiling;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            account(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            account(read);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        // Skip by reading, so skipped bytes are counted and inflated in bounded steps.
        byte[] scratch = new byte[(int) Math.min(Math.max(count, 0), 8192)];
        long skipped = 0;
        while (skipped < count) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    private void account(int count) throws RejectedWhileReading {
        expanded += count;
        if (CompressionRatio.exceeded(expanded, compressedSize)) {
            throw new RejectedWhileReading(CompressionRatio.rejection());
        }
        if (expanded > ceiling) {
            throw new RejectedWhileReading(new InvalidDistributionException(
                    "Archive expands to more than " + ceiling + " bytes"));
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
