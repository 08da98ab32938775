package dev.larder.web.multipart;

/** The request body is not well-formed multipart data (or ended early). */
public final class MalformedMultipartException extends RuntimeException {
    public MalformedMultipartException(String message) {
        super(message);
    }
}
