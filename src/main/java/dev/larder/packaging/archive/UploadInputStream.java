package dev.larder.packaging.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The raw upload as a stream, marking its own I/O errors as {@link UploadReadFailure}. */
final class UploadInputStream extends FilterInputStream {

    private UploadInputStream(InputStream in) {
        super(in);
    }

    static UploadInputStream open(Path file) throws IOException {
        return new UploadInputStream(Files.newInputStream(file));
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw new UploadReadFailure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw new UploadReadFailure(e);
        }
    }

    @Override
    public long skip(long count) throws IOException {
        try {
            return super.skip(count);
        } catch (IOException e) {
            throw new UploadReadFailure(e);
        }
    }
}
