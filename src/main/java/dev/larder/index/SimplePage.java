package dev.larder.index;

/** A rendered simple page in one format, with its strong ETag and the serial it reflects. */
public record SimplePage(byte[] body, String contentType, String etag, long serial) {}
