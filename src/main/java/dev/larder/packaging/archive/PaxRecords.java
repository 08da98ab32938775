package dev.larder.packaging.archive;

import java.nio.charset.StandardCharsets;

/**
 * Reads the keys of pax extended header records ({@code "<length> <key>=<value>\n"}), just far
 * enough to tell whether they describe a GNU sparse file, which Python's {@code tarfile} does by
 * the presence of {@code GNU.sparse.*} keys.
 */
final class PaxRecords {

    private static final String SPARSE_KEY_PREFIX = "GNU.sparse.";

    private PaxRecords() {
    }

    static boolean declareSparse(byte[] records) {
        int at = 0;
        while (at < records.length) {
            int space = at;
            long length = 0;
            while (space < records.length && records[space] >= '0' && records[space] <= '9' && length < records.length) {
                length = length * 10 + (records[space] - '0');
                space++;
            }
            if (space == at || space >= records.length || records[space] != ' ' || length <= space - at
                    || at + length > records.length) {
                return false; // malformed: the tar reader reports it
            }
            int keyStart = space + 1;
            int keyEnd = keyStart;
            int recordEnd = (int) (at + length);
            while (keyEnd < recordEnd && records[keyEnd] != '=') {
                keyEnd++;
            }
            String key = new String(records, keyStart, keyEnd - keyStart, StandardCharsets.UTF_8);
            if (key.startsWith(SPARSE_KEY_PREFIX)) {
                return true;
            }
            at = recordEnd;
        }
        return false;
    }
}
