package dev.larder.packaging.archive;

/**
 * Why a member of a tar sdist is refused.
 *
 * <p>{@link #SPARSE} is PyPI's rule, word for word. The others are Larder's own: PyPI accepts
 * such members and relies on the extracting tool to be careful, which old tools are not.
 */
public enum TarProblem {
    SPARSE("Sparse members are not allowed"),
    ABSOLUTE_PATH("Absolute path in filename"),
    PARENT_REFERENCE("Parent directory reference in filename"),
    LINK_OUTSIDE_TOP_LEVEL("Link target outside the top-level directory"),
    SPECIAL_FILE("Device or FIFO member in archive");

    private final String reason;

    TarProblem(String reason) {
        this.reason = reason;
    }

    /** The reason as it appears between {@code tar archive not accepted: } and {@code . See …}. */
    public String reason() {
        return reason;
    }

    /** The exception to throw, with PyPI's full message around the reason. */
    public InvalidDistributionException rejection() {
        return InvalidDistributionException.tarNotAccepted(reason);
    }
}
