package dev.larder.packaging.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * "Is this a tar file?", answered like Python's {@code tarfile.is_tarfile}: the first header,
 * either as stored or after gzip or bzip2 decompression, must be a valid tar header. Only the
 * first 512 bytes are ever decompressed. (Python also tries xz; Commons Compress needs another
 * library for that, and an xz tarball named .tar.gz is refused as corrupt either way.)
 */
final class TarSignature {

    private TarSignature() {
    }

    static boolean matches(Path file) throws IOException {
        byte[] start;
        try (InputStream in = UploadInputStream.open(file)) {
            start = in.readNBytes(TarHeaderBlock.SIZE);
        }
        if (TarHeaderBlock.isValid(start)) {
            return true;
        }
        if (start.length >= 2 && (start[0] & 0xFF) == 0x1f && (start[1] & 0xFF) == 0x8b) {
            return firstBlockIsHeader(file, false);
        }
        if (start.length >= 3 && start[0] == 'B' && start[1] == 'Z' && start[2] == 'h') {
            return firstBlockIsHeader(file, true);
        }
        return false;
    }

    private static boolean firstBlockIsHeader(Path file, boolean bzip2) throws IOException {
        try (InputStream raw = UploadInputStream.open(file)) {
            try (InputStream decompressed = bzip2 ? new BZip2CompressorInputStream(raw) : new GzipMembersInputStream(raw)) {
                return TarHeaderBlock.isValid(decompressed.readNBytes(TarHeaderBlock.SIZE));
            } catch (UploadReadFailure e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                return false; // not decompressible: not a tar, as far as Python is concerned
            }
        }
    }
}
