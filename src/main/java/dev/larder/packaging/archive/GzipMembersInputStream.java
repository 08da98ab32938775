package dev.larder.packaging.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A gzip file decompressed member after member, like Python's {@code gzip} module reads it.
 *
 * <p>Commons Compress buffers a member's FNAME and FCOMMENT header fields whole, so a crafted
 * header could make it hold as much memory as the file is long. Each member header is therefore
 * checked here first, with those fields capped, before one {@link GzipCompressorInputStream} per
 * member decompresses it; the shared buffered stream is left exactly after each member's trailer.
 * Zero bytes between members are skipped, as Python does.
 */
final class GzipMembersInputStream extends InputStream {

    private static final int MAX_TEXT_FIELD = 4096;
    private static final int MAX_HEADER = 10 + 2 + 0xFFFF + 2 * (MAX_TEXT_FIELD + 1) + 2;
    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;

    private final BufferedInputStream source;
    private GzipCompressorInputStream member;
    private boolean finished;

    GzipMembersInputStream(InputStream compressed) throws IOException {
        this.source = new BufferedInputStream(compressed, 64 * 1024);
        if (!startMember(true)) {
            throw new CorruptCompressedStream("empty gzip stream", null);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!finished) {
            int read = decompress(buffer, offset, length);
            if (read >= 0) {
                return read;
            }
            if (!startMember(false)) {
                finished = true;
            }
        }
        return -1;
    }

    private int decompress(byte[] buffer, int offset, int length) throws IOException {
        try {
            return member.read(buffer, offset, length);
        } catch (UploadReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptCompressedStream("corrupt gzip member", e);
        }
    }

    /** Positions a new member decompressor at the next member; false at the end of the file. */
    private boolean startMember(boolean first) throws IOException {
        if (!first && !skipZeroPadding()) {
            return false;
        }
        source.mark(MAX_HEADER);
        checkHeader();
        source.reset();
        try {
            member = new GzipCompressorInputStream(source, false);
        } catch (UploadReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptCompressedStream("bad gzip header", e);
        }
        return true;
    }

    private boolean skipZeroPadding() throws IOException {
        while (true) {
            source.mark(1);
            int next = source.read();
            if (next < 0) {
                return false;
            }
            if (next != 0) {
                source.reset();
                return true;
            }
        }
    }

    private void checkHeader() throws IOException {
        if (next() != 0x1f || next() != 0x8b || next() != 8) {
            throw new CorruptCompressedStream("not a gzip member", null);
        }
        int flags = next();
        for (int i = 0; i < 6; i++) {
            next(); // MTIME, XFL, OS
        }
        if ((flags & FEXTRA) != 0) {
            int length = next() | next() << 8;
            for (int i = 0; i < length; i++) {
                next();
            }
        }
        if ((flags & FNAME) != 0) {
            skipText();
        }
        if ((flags & FCOMMENT) != 0) {
            skipText();
        }
        if ((flags & FHCRC) != 0) {
            next();
            next();
        }
    }

    private void skipText() throws IOException {
        for (int i = 0; i <= MAX_TEXT_FIELD; i++) {
            if (next() == 0) {
                return;
            }
        }
        throw new CorruptCompressedStream("gzip header text field too long", null);
    }

    private int next() throws IOException {
        int value = source.read();
        if (value < 0) {
            throw new CorruptCompressedStream("truncated gzip header", null);
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        if (member != null) {
            member.close();
        } else {
            source.close();
        }
    }
}
