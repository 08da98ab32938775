package dev.larder.storage.s3;

import dev.larder.storage.BlobStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Blobs as objects in an S3 bucket (AWS or any S3-compatible server), under the location's key
 * prefix. A {@code PutObject} or a completed multipart upload makes an object visible whole, so
 * readers never see half a blob. Uploads are received into a local staging folder first and sent
 * to the bucket from there. Credentials come from the AWS SDK's default chain: the
 * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} environment variables, {@code AWS_PROFILE}
 * and {@code ~/.aws}, web identity, or the instance's role.
 */
public final class S3BlobStore implements BlobStore {
    /** Files above this size go up in parts, so no single request carries more than a part. */
    static final long MULTIPART_THRESHOLD = 64L << 20;
    static final long MIN_PART_SIZE = 16L << 20;
    private static final int MAX_PARTS = 10_000;

    private final S3Location location;
    private final S3Client s3;
    private final Path staging;
    private final String owner;
    /** The default chain this store made itself (it holds threads and files); closed with the store. */
    private final SdkAutoCloseable ownCredentials;

    /**
     * With credentials from the AWS SDK's default chain (environment, profile, web identity, instance role).
     *
     * @param owner names this instance's files in the local staging folder (see {@link BlobStore#stagingOwner()})
     */
    public S3BlobStore(S3Location location, Path staging, String owner) throws IOException {
        this(location, staging, owner, DefaultCredentialsProvider.builder().build(), true);
    }

    public S3BlobStore(S3Location location, Path staging, AwsCredentialsProvider credentials) throws IOException {
        this(location, staging, "local", credentials, false);
    }

    private S3BlobStore(S3Location location, Path staging, String owner, AwsCredentialsProvider credentials, boolean own)
            throws IOException {
        this.location = location;
        this.owner = BlobStore.checkOwner(owner);
        this.ownCredentials = own && credentials instanceof SdkAutoCloseable c ? c : null;
        this.staging = staging.toAbsolutePath().normalize();
        Files.createDirectories(this.staging);
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(location.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(location.pathStyle())
                // Many S3-compatible servers reject the SDK's default CRC trailers; send and check
                // checksums only where the API demands them.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        location.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
    }

    public S3Location location() {
        return location;
    }

    @Override
    public void put(String key, Path source) throws IOException {
        String objectKey = objectKey(key);
        long size = Files.size(source);
        try {
            if (size > MULTIPART_THRESHOLD) {
                putInParts(objectKey, source, size);
            } else {
                s3.putObject(b -> b.bucket(location.bucket()).key(objectKey).contentLength(size), RequestBody.fromFile(source));
            }
        } catch (SdkException e) {
            throw failure("store", key, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        String objectKey = objectKey(key);
        try {
            s3.putObject(b -> b.bucket(location.bucket()).key(objectKey).contentLength((long) bytes.length),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw failure("store", key, e);
        }
    }

    /** A multipart upload: invisible until completed, aborted (and its parts freed) on any failure. */
    private void putInParts(String objectKey, Path source, long size) throws IOException {
        long partSize = partSize(size);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(location.bucket()).key(objectKey)).uploadId();
        boolean completed = false;
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < size; offset += partSize, number++) {
                long length = Math.min(partSize, size - offset);
                long from = offset;
                int partNumber = number;
                RequestBody body = RequestBody.fromContentProvider(() -> slice(source, from, length), length,
                        "application/octet-stream");
                String etag = s3.uploadPart(b -> b.bucket(location.bucket()).key(objectKey).uploadId(uploadId)
                        .partNumber(partNumber).contentLength(length), body).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(location.bucket()).key(objectKey).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
            completed = true;
        } finally {
            if (!completed) {
                try {
                    s3.abortMultipartUpload(b -> b.bucket(location.bucket()).key(objectKey).uploadId(uploadId));
                } catch (SdkException ignored) {
                    // The bucket's lifecycle rules (or a later abort) clean up what is left.
                }
            }
        }
    }

    static long partSize(long size) {
        long needed = (size + MAX_PARTS - 1) / MAX_PARTS;
        return Math.max(MIN_PART_SIZE, needed);
    }

    /** A fresh stream over {@code length} bytes of the file from {@code offset} (the SDK may read a part twice). */
    private static InputStream slice(Path file, long offset, long length) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            ch.position(offset);
            return new BoundedInputStream(Channels.newInputStream(ch), length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            return Optional.of(s3.headObject(b -> b.bucket(location.bucket()).key(objectKey)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("look up", key, e);
        } catch (SdkException e) {
            throw failure("look up", key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        return get(key, offset, offset > 0 ? "bytes=" + offset + "-" : null);
    }

    /** Asks the bucket for just the range, so a short read of a large object does not stream all of it. */
    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (length <= 0) {
            return open(key, offset);
        }
        return get(key, offset, "bytes=" + offset + "-" + (offset + length - 1));
    }

    private InputStream get(String key, long offset, String range) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        String objectKey = objectKey(key);
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> {
                b.bucket(location.bucket()).key(objectKey);
                if (range != null) {
                    b.range(range);
                }
            });
            return in;
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(location.objectKey(key), null, "no such object in " + location);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(location.objectKey(key), null, "no such object in " + location);
            }
            if (e.statusCode() == 416) {
                // Reading from the end (or past it) of a blob: nothing to read, as with a file.
                return InputStream.nullInputStream();
            }
            throw failure("read", key, e);
        } catch (SdkException e) {
            throw failure("read", key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            s3.deleteObject(b -> b.bucket(location.bucket()).key(objectKey));
        } catch (NoSuchKeyException e) {
            // already gone
        } catch (SdkException e) {
            throw failure("delete", key, e);
        }
    }

    @Override
    public Path stagingFolder() {
        return staging;
    }

    @Override
    public String stagingOwner() {
        return owner;
    }

    @Override
    public boolean reachable() {
        try {
            s3.headBucket(b -> b.bucket(location.bucket()));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void checkReachable() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(location.bucket()));
        } catch (S3Exception e) {
            String why = switch (e.statusCode()) {
                case 404 -> "there is no bucket " + location.bucket() + (location.endpoint().isPresent() ? " at " + location.endpoint().get() : "");
                case 301, 400 -> "the bucket " + location.bucket() + " is not in region " + location.region() + " (add ?region=...)";
                case 403 -> "access to bucket " + location.bucket() + " is denied: check the AWS credentials and their permissions";
                default -> "HeadBucket answered " + e.statusCode() + ": " + e.getMessage();
            };
            throw new IOException("cannot use the storage " + location + ": " + why, e);
        } catch (SdkException e) {
            throw new IOException("cannot use the storage " + location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
        if (ownCredentials != null) {
            ownCredentials.close();
        }
    }

    @Override
    public String toString() {
        return location.toString();
    }

    private String objectKey(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.endsWith("/") || key.contains("//")
                || key.equals("..") || key.startsWith("../") || key.contains("/../") || key.endsWith("/..")
                || key.equals(".") || key.startsWith("./") || key.contains("/./")) {
            throw new IllegalArgumentException("blob key outside the store: " + key);
        }
        return location.objectKey(key);
    }

    private IOException failure(String action, String key, SdkException e) {
        return new IOException("cannot " + action + " " + location.objectKey(key) + " in bucket " + location.bucket()
                + ": " + e.getMessage(), e);
    }

    /** Stops after a fixed number of bytes, and closes the underlying stream. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buf, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
