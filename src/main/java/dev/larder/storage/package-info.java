/**
 * Blob storage for distribution files and their extracted metadata. {@link dev.larder.storage.BlobStore}
 * is the port; {@link dev.larder.storage.FileBlobStore} keeps blobs in a local folder and
 * {@link dev.larder.storage.s3.S3BlobStore} in an S3 bucket; {@link dev.larder.storage.BlobStores}
 * opens the one a {@code --storage} location names. Blobs are
 * immutable: a key is written once, atomically, and is only ever read or deleted after that.
 */
package dev.larder.storage;
