package dev.larder.packaging.archive;

/** The record signatures a ZIP file is made of (APPNOTE.TXT section 4.3), as little-endian ints. */
enum ZipRecordType {
    LOCAL_FILE(0x04034b50),
    CENTRAL_DIRECTORY(0x02014b50),
    END_OF_CENTRAL_DIRECTORY(0x06054b50),
    ZIP64_END_OF_CENTRAL_DIRECTORY(0x06064b50),
    ZIP64_END_LOCATOR(0x07064b50),
    DATA_DESCRIPTOR(0x08074b50);

    private final int signature;

    ZipRecordType(int signature) {
        this.signature = signature;
    }

    int signature() {
        return signature;
    }

    /** The record type a signature announces, or {@code null} for anything else. */
    static ZipRecordType of(long signature) {
        for (ZipRecordType type : ALL) {
            if ((type.signature & 0xFFFF_FFFFL) == signature) {
                return type;
            }
        }
        return null;
    }

    private static final ZipRecordType[] ALL = values();
}
