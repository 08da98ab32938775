package dev.larder.projects;

/**
 * A management request that names something that does not exist or is not allowed, with the HTTP
 * status that says which (404 unknown, 403 not allowed, 409 conflict, 400 invalid input).
 */
public final class ProjectException extends RuntimeException {
    private final int status;

    public ProjectException(String message) {
        this(400, message);
    }

    public ProjectException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
