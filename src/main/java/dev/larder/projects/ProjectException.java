package dev.larder.projects;

/** A management request that names something that does not exist or is not allowed. */
public final class ProjectException extends RuntimeException {
    public ProjectException(String message) {
        super(message);
    }
}
