package dev.larder.packaging.archive;

/**
 * PyPI's decompression-bomb rule: an archive is refused when it expands to more than 64 MiB
 * <em>and</em> to more than 50 times the size of the uploaded file. Small archives may compress
 * well; large ones that compress that well are not source code or binaries.
 */
final class CompressionRatio {

    static final long MIN_SIZE = 64L * 1024 * 1024;
    static final long THRESHOLD = 50;
    static final String MESSAGE = "File exceeds compression ratio of " + THRESHOLD;

    private CompressionRatio() {
    }

    /** Whether {@code expanded} bytes out of a {@code fileSize}-byte upload break the rule. */
    static boolean exceeded(long expanded, long fileSize) {
        if (expanded <= MIN_SIZE) {
            return false;
        }
        // expanded > 50 * fileSize, written so that it cannot overflow.
        long whole = expanded / THRESHOLD;
        return fileSize <= 0 || whole > fileSize || (whole == fileSize && expanded % THRESHOLD > 0);
    }

    static InvalidDistributionException rejection() {
        return new InvalidDistributionException(MESSAGE);
    }
}
