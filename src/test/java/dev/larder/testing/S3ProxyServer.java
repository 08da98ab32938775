package dev.larder.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A real S3 API server (S3Proxy over a folder) on a random loopback port, for storage tests. It
 * checks AWS signatures, so clients must sign with {@link #ACCESS_KEY}/{@link #SECRET_KEY}.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "larder-test-access";
    public static final String SECRET_KEY = "larder-test-secret";

    private static S3ProxyServer shared;

    private final S3Proxy proxy;
    private final BlobStore backend;
    private final URI endpoint;

    private S3ProxyServer(S3Proxy proxy, BlobStore backend, URI endpoint) {
        this.proxy = proxy;
        this.backend = backend;
        this.endpoint = endpoint;
    }

    /** Starts a server keeping its objects under {@code dir}, with the given buckets created. */
    public static S3ProxyServer start(Path dir, String... buckets) {
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        props.setProperty("jclouds.identity", ACCESS_KEY);
        props.setProperty("jclouds.credential", SECRET_KEY);
        BlobStore backend = org.gaul.s3proxy.BlobStores.create("filesystem", props);
        for (String bucket : buckets) {
            backend.createContainer(bucket);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(backend)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
        return new S3ProxyServer(proxy, backend, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    /**
     * One server for the whole test JVM, with a bucket {@code larder-suite}, stopped at exit; its
     * keys are the default credentials. For running the whole suite on S3 storage.
     */
    public static synchronized S3ProxyServer shared() {
        if (shared == null) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("larder-suite-s3");
                shared = start(dir, "larder-suite").asDefaultCredentials();
                S3ProxyServer s = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(s::close));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A {@code --storage} location for a bucket of this server, addressed path-style. */
    public String location(String bucket, String prefix) {
        return "s3://" + bucket + "/" + prefix + "?endpoint=" + endpoint + "&region=us-east-1&path-style=true";
    }

    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    /**
     * Makes the AWS SDK's default credential chain find this server's keys (its first source is
     * the {@code aws.accessKeyId}/{@code aws.secretAccessKey} system properties), for code that
     * opens storage from a location string as the server does.
     */
    public S3ProxyServer asDefaultCredentials() {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        return this;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop S3Proxy", e);
        } finally {
            backend.close();
        }
    }
}
