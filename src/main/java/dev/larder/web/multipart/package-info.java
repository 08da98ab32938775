/**
 * A streaming {@code multipart/form-data} reader (RFC 7578) for the upload API: text fields are
 * kept in order with repeats, the file part flows to a sink as it arrives, and nothing in between
 * is buffered beyond a fixed window, whatever the file size.
 */
package dev.larder.web.multipart;
