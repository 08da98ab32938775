/**
 * The upload API's use case: PyPI's legacy {@code file_upload}, with its checks in PyPI's order,
 * its messages, its duplicate rules and atomic, crash-safe storing. The HTTP adapter hands over an
 * {@link dev.larder.upload.UploadForm} whose file is already staged on disk with its digests.
 */
package dev.larder.upload;
