package dev.larder.packaging.archive;

import java.io.IOException;

/**
 * An I/O error on the local copy of the upload itself, as opposed to corrupt data inside it.
 * Decompressors and the tar reader surface both as {@link IOException}; this marker lets the
 * inspectors report the first as a server fault and the second as a bad upload.
 */
final class UploadReadFailure extends IOException {

    private static final long serialVersionUID = 1L;

    UploadReadFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
