package dev.larder.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throw-away certificate authority and a leaf certificate for 127.0.0.1 and localhost, made
 * with openssl, so clients can be pointed at the CA (uv rejects a self-signed leaf as anchor).
 */
public record TestCertificates(Path caCertificate, Path leafCertificate, Path leafKey) {

    public static TestCertificates create(Path dir) {
        try {
            Files.createDirectories(dir);
            Path ext = dir.resolve("leaf.ext");
            Files.writeString(ext, String.join("\n",
                    "basicConstraints=CA:FALSE",
                    "keyUsage=digitalSignature,keyEncipherment",
                    "extendedKeyUsage=serverAuth",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:upload.pypi.org,DNS:pypi.org,DNS:pypi.python.org,DNS:test.pypi.org",
                    ""));
            run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Larder Test CA",
                    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                    "-keyout", "ca.key", "-out", "ca.pem");
            run(dir, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-keyout", "leaf.key", "-out", "leaf.csr");
            run(dir, "openssl", "x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                    "-days", "2", "-extfile", "leaf.ext", "-out", "leaf.pem");
            return new TestCertificates(dir.resolve("ca.pem"), dir.resolve("leaf.pem"), dir.resolve("leaf.key"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
