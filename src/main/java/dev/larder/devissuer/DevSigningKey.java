package dev.larder.devissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The development issuer's RSA key, kept as a private JWK in {@code DIR/dev-issuer-key.json} so
 * that tokens stay verifiable (and Larder's cached key stays valid) across restarts.
 */
final class DevSigningKey {
    static final String FILE_NAME = "dev-issuer-key.json";

    private final RSAKey key;
    private final RSASSASigner signer;

    private DevSigningKey(RSAKey key) throws JOSEException {
        this.key = key;
        this.signer = new RSASSASigner(key);
    }

    /** The key in {@code dir}, made (with the directory) on first use. */
    static DevSigningKey loadOrCreate(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                    throw new IOException(file + " does not hold a private RSA key; delete it to make a new one");
                }
                return new DevSigningKey(rsa);
            }
            RSAKey fresh = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, FILE_NAME, ".tmp");
            try {
                restrictToOwner(partial);
                Files.writeString(partial, fresh.toJSONString(), StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return new DevSigningKey(fresh);
        } catch (ParseException e) {
            throw new IOException(file + " is not a JWK: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new IOException("cannot use the RSA key in " + file + ": " + e.getMessage(), e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** A compact RS256 JWS of {@code json}, which is signed as given (any claim shape, for negative tests). */
    String sign(String json) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), new Payload(json.getBytes(StandardCharsets.UTF_8)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with the development key failed", e);
        }
        return jws.serialize();
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection has to do.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
