package dev.larder.web;

import dev.larder.config.HostPort;
import dev.larder.web.http.ErrorPage;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Javalin on Jetty with the routes the capabilities contribute, on one listen address, in plain
 * HTTP or (with a certificate) HTTPS. Handlers run on virtual threads where the JDK has them.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private static final String STARTED = "larder.started-nanos";
    private static final int INPUT_BUFFER = 256 * 1024;

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    public record Tls(Path certificate, Path privateKey) {}

    public static HttpServer start(HostPort listen, Optional<Tls> tls, List<Route> routes) {
        return start(listen, tls, routes, RequestListener.NONE);
    }

    /** With a listener told about every answered request (method, matched route pattern, status, time). */
    public static HttpServer start(HostPort listen, Optional<Tls> tls, List<Route> routes, RequestListener listener) {
        KeyStore keyStore = tls.map(t -> {
            try {
                return PemKeyStore.load(t.certificate(), t.privateKey());
            } catch (Exception e) {
                throw new IllegalArgumentException("cannot use the TLS certificate and key: " + e.getMessage(), e);
            }
        }).orElse(null);
        Javalin app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Wheels are served with byte ranges and must never be re-encoded; pages are cached as bytes.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.prefer405over404 = true;
            // "/simple/p" must redirect to "/simple/p/", so the two may not be one route.
            config.router.ignoreTrailingSlashes = false;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                if (keyStore != null) {
                    http.addCustomizer(new SecureRequestCustomizer(false));
                }
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector;
                // Uploads arrive in large bodies: bigger reads mean far fewer wake-ups per megabyte.
                HttpConnectionFactory h1 = new HttpConnectionFactory(http);
                h1.setInputBufferSize(INPUT_BUFFER);
                // Jetty's default pool keeps nothing over 64 KiB, so every request would allocate and
                // zero a fresh input buffer (a tenth of the CPU of a small page); this pool keeps them.
                ByteBufferPool pool = new ArrayByteBufferPool.Quadratic(0, 2 * INPUT_BUFFER, Integer.MAX_VALUE);
                if (keyStore != null) {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStore(keyStore);
                    ssl.setKeyStorePassword(new String(PemKeyStore.PASSWORD));
                    connector = new ServerConnector(server, null, null, pool, -1, -1, new SslConnectionFactory(ssl, "http/1.1"), h1);
                } else {
                    connector = new ServerConnector(server, null, null, pool, -1, -1, h1);
                }
                connector.setHost(listen.host());
                connector.setPort(listen.port());
                return connector;
            });
            config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
            config.routes.after(ctx -> completed(ctx, listener));
            for (Route r : routes) {
                config.routes.addHttpHandler(r.method(), r.path(), r.handler());
            }
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ErrorPage.send(ctx, 500, "The server could not complete the request; the error was logged.");
            });
        });
        app.start();
        return new HttpServer(app);
    }

    private static void completed(Context ctx, RequestListener listener) {
        Long started = ctx.attribute(STARTED);
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? RequestListener.UNMATCHED : endpoint.path;
        try {
            listener.completed(ctx.method().name(), route, ctx.statusCode(),
                    started == null ? 0 : System.nanoTime() - started);
        } catch (RuntimeException e) {
            LOG.warn("request listener failed: {}", e.toString());
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() {
        app.stop();
    }
}
