package dev.larder.trust.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * Keys from a JWKS file the operator keeps up to date. It is read again when an unknown key id
 * arrives (rate limited like discovery), so a rotated key can be added without a restart.
 */
final class PinnedKeySetLoader implements KeySetLoader {
    private final Path file;
    private final int maxBytes;

    PinnedKeySetLoader(Path file, int maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    @Override
    public JWKSet load() throws KeySetUnavailable {
        try {
            if (Files.size(file) > maxBytes) {
                throw new KeySetUnavailable("the JWKS file " + file + " is larger than " + maxBytes + " bytes");
            }
            JWKSet keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (keys.getKeys().isEmpty()) {
                throw new KeySetUnavailable("the JWKS file " + file + " has no keys");
            }
            return keys;
        } catch (IOException e) {
            throw new KeySetUnavailable("cannot read the JWKS file " + file + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new KeySetUnavailable("the JWKS file " + file + " is not a JWK set: " + e.getMessage(), e);
        }
    }
}
