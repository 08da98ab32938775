package dev.larder.upload;

/** An upload refused with an HTTP status and the message PyPI would give (reason phrase and body). */
public final class UploadRejected extends RuntimeException {
    private final int status;

    public UploadRejected(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static UploadRejected badRequest(String message) {
        return new UploadRejected(400, message);
    }

    public static UploadRejected forbidden(String message) {
        return new UploadRejected(403, message);
    }

    public int status() {
        return status;
    }
}
