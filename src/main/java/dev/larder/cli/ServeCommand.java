package dev.larder.cli;

import dev.larder.app.Larder;
import dev.larder.app.LarderSettings;
import dev.larder.config.ServerSettings;
import dev.larder.web.HttpServer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code larder serve}: runs the index until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the package index.",
                "Every option can also be set as an environment variable (LARDER_ + upper snake case, e.g. LARDER_MAX_FILE_SIZE) "
                        + "or in the YAML file given with --config; the command line wins over the environment, which wins over the file."})
final class ServeCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Option(names = "--listen", paramLabel = "HOST:PORT", description = "Address to listen on (default 127.0.0.1:8080).")
    String listen;

    @Option(names = "--base-url", paramLabel = "URL", description = "The public URL clients use, e.g. https://pypi.example.com behind a proxy.")
    String baseUrl;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "Serve HTTPS with this certificate chain (PEM).")
    String tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "The certificate's private key (PEM, unencrypted PKCS#8 or PKCS#1).")
    String tlsKey;

    @Option(names = "--max-file-size", paramLabel = "SIZE", description = "Largest file accepted (default 100MiB).")
    String maxFileSize;

    @Option(names = "--max-project-size", paramLabel = "SIZE", description = "Largest total size of a project (default 10GiB).")
    String maxProjectSize;

    @Option(names = "--release-upload-window", paramLabel = "DURATION",
            description = "How long a release accepts new files after its first (default 14d, as PyPI; 0 = forever).")
    String releaseUploadWindow;

    @Option(names = "--metrics-token", paramLabel = "TOKEN",
            description = "Require Authorization: Bearer TOKEN on /metrics (default: /metrics is open; prefer env LARDER_METRICS_TOKEN to keep it out of ps).")
    String metricsToken;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "Log lines on standard error as text (default) or json (one object per line).")
    String logFormat;

    @Option(names = "--trusted-proxies", paramLabel = "ADDRESSES",
            description = "Comma-separated addresses or CIDR ranges of the reverse proxies in front of Larder; their X-Forwarded-For names the client (for sign-in limits and the security history). Default: none.")
    String trustedProxies;

    @Option(names = "--registration", paramLabel = "true|false",
            description = "Whether anyone may create an account on the sign-up page (default true; an admin can change it in the web UI).")
    String registration;

    @Override
    public void run() {
        Map<String, String> m = new HashMap<>();
        m.put("listen", listen);
        m.put("base-url", baseUrl);
        m.put("tls-cert", tlsCert);
        m.put("tls-key", tlsKey);
        m.put("max-file-size", maxFileSize);
        m.put("max-project-size", maxProjectSize);
        m.put("release-upload-window", releaseUploadWindow);
        m.put("metrics-token", metricsToken);
        m.put("log-format", logFormat);
        m.put("registration", registration);
        m.put("trusted-proxies", trustedProxies);
        LarderSettings all = store.settings(m);
        // Before anything else logs, so that every line of this server is in the chosen format.
        all.ops().logFormat().apply();
        ServerSettings settings = all.server();
        Larder larder = Larder.open(all);
        larder.recover();
        HttpServer server = larder.serve();
        String scheme = settings.tlsCert().isPresent() ? "https" : "http";
        System.out.println("Larder is serving " + scheme + "://" + settings.listen().host() + ":" + server.port()
                + "/simple/ (data: " + settings.dataDir() + ", files: " + larder.blobs() + ")");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            larder.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
