package dev.larder.packaging.archive;

import java.io.IOException;

/**
 * The compressed stream under a tar archive is broken (bad gzip framing, bad deflate data,
 * CRC mismatch, truncation). PyPI reports this as the literal detail {@code None}.
 */
final class CorruptCompressedStream extends IOException {

    private static final long serialVersionUID = 1L;

    CorruptCompressedStream(String message, Throwable cause) {
        super(message, cause);
    }
}
