package dev.larder.tokens;

import java.util.List;
import java.util.Optional;

/** The wire format of API tokens: {@code pypi-} followed by a serialized v2 macaroon. */
public interface ApiTokenCodec {

    String PREFIX = "pypi-";

    /** A token whose signature chains from the root key through each caveat in order. */
    String mint(String location, String identifier, String rootKey, List<String> caveats);

    /** The identifier and caveats of a well-formed token, signature not yet checked. */
    Optional<DecodedToken> decode(String token);

    /** Whether the token's signature chain is valid under the root key (constant-time comparison). */
    boolean signatureValid(String token, String rootKey);

    record DecodedToken(String identifier, List<String> caveats) {}
}
