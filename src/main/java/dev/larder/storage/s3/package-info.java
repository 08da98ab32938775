/**
 * The S3 adapter of the blob store port: {@link dev.larder.storage.s3.S3BlobStore} over the AWS SDK
 * v2 sync client, for AWS S3 and S3-compatible servers, addressed by an
 * {@link dev.larder.storage.s3.S3Location} ({@code s3://BUCKET/PREFIX?endpoint=...}).
 */
package dev.larder.storage.s3;
