package dev.larder.packaging.archive;

/**
 * Why a ZIP file fails the strict structure check.
 *
 * <p>The first group are PyPI's reasons, word for word, so that uploads fail here exactly as they
 * would on pypi.org. The second group are Larder's own additions that protect anything that later
 * unpacks an accepted archive (pip, uv, a mirror): PyPI leaves those to the installers.
 */
public enum ZipProblem {
    DATA_DESCRIPTOR("ZIP contains a data descriptor"),
    COMMENT_IN_CENTRAL_DIRECTORY("Comment in central directory"),
    DUPLICATE_IN_LOCAL_HEADERS("Duplicate filename in local headers"),
    DUPLICATE_IN_CENTRAL_DIRECTORY("Duplicate filename in central directory"),
    MISSING_IN_LOCAL_HEADERS("Missing filename in local headers"),
    NOT_IN_CENTRAL_DIRECTORY("Filename not in central directory"),
    MISMATCHED_DATA_SIZE("Mis-matched data size"),
    MISMATCHED_FILE_SIZE("Mis-matched file size"),
    MISMATCHED_LOCAL_AND_CENTRAL("Mis-matched local headers and central directory"),
    INVALID_CHARACTER("Invalid character in filename"),
    NOT_VALID_UTF8("Filename not valid UTF-8"),
    NOT_UNICODE("Filename not unicode"),
    DUPLICATE_EXTRA("Invalid duplicate extra in local file"),
    ZIP64_EXTENSIBLE_DATA("ZIP64 extensible data not allowed"),
    MISMATCHED_RECORDS("Mismatched central directory records"),
    MISMATCHED_OFFSET("Mismatched central directory offset"),
    MISMATCHED_SIZE("Mismatched central directory size"),
    UNKNOWN_SIGNATURE("Unknown record signature"),
    TRAILING_DATA("Trailing data"),
    NEGATIVE_OFFSET("Negative offset"),
    MALFORMED("Malformed zip file"),

    ABSOLUTE_PATH("Absolute path in filename"),
    PARENT_REFERENCE("Parent directory reference in filename"),
    BACKSLASH("Backslash in filename"),
    SYMLINK("Symbolic link in archive"),
    ENCRYPTED("Encrypted entry in archive"),
    UNICODE_PATH_MISMATCH("Unicode path extra field differs from filename");

    private final String reason;

    ZipProblem(String reason) {
        this.reason = reason;
    }

    /** The reason as it appears between {@code ZIP archive not accepted: } and {@code . See …}. */
    public String reason() {
        return reason;
    }

    /** The exception to throw, with PyPI's full message around the reason. */
    public InvalidDistributionException rejection() {
        return InvalidDistributionException.zipNotAccepted(reason);
    }
}
