package dev.larder.packaging.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw ZIP entry names into text the way Python's {@code zipfile} does: UTF-8 when the entry
 * sets general-purpose flag bit 11, the historical IBM code page 437 otherwise.
 *
 * <p>Matching Python here keeps Larder's view of the names identical to what pip and PyPI see, so
 * a name that only differs after decoding is caught by the local-header cross-check.
 */
final class ZipNameDecoder {

    static final int UTF8_FLAG = 0x0800;

    private static final Charset CP437 = Charset.isSupported("IBM437")
            ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    private ZipNameDecoder() {
    }

    /** Decodes a name as Python would for an entry with these general-purpose flags. */
    static String decode(byte[] raw, int flags) throws CharacterCodingException {
        return (flags & UTF8_FLAG) != 0 ? strictUtf8(raw) : new String(raw, CP437);
    }

    /** Strict UTF-8, refusing what Python's {@code bytes.decode("utf-8")} refuses. */
    static String strictUtf8(byte[] raw) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw));
        return chars.toString();
    }

    /** Python truncates a stored file name at the first NUL before using it. */
    static String truncateAtNul(String name) {
        int nul = name.indexOf('\0');
        return nul < 0 ? name : name.substring(0, nul);
    }

    /** Bytes PyPI refuses in names: the C0 controls and DEL. */
    static boolean hasUnprintable(byte[] raw) {
        for (byte b : raw) {
            if ((b & 0xFF) < 0x20 || b == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
