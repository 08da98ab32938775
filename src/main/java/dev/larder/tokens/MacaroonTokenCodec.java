package dev.larder.tokens;

import com.github.nitram509.jmacaroons.CaveatPacket;
import com.github.nitram509.jmacaroons.Macaroon;
import com.github.nitram509.jmacaroons.MacaroonsBuilder;
import com.github.nitram509.jmacaroons.MacaroonsSerializer;
import com.github.nitram509.jmacaroons.MacaroonsVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Macaroons in the v2 binary format, base64url without padding, as pymacaroons and PyPI write
 * them. Keys are passed as bytes because jmacaroons reads String keys as ISO-8859-1 and
 * pymacaroons as UTF-8; our keys are ASCII hex either way.
 */
public final class MacaroonTokenCodec implements ApiTokenCodec {

    @Override
    public String mint(String location, String identifier, String rootKey, List<String> caveats) {
        MacaroonsBuilder builder = Macaroon.builder(location, rootKey.getBytes(StandardCharsets.UTF_8), identifier);
        for (String caveat : caveats) {
            builder.addCaveat(caveat);
        }
        return PREFIX + builder.build().serialize(MacaroonsSerializer.V2);
    }

    @Override
    public Optional<DecodedToken> decode(String token) {
        return parse(token).map(m -> {
            List<String> caveats = new ArrayList<>();
            for (CaveatPacket p : m.caveatPackets) {
                if (p.getType() == CaveatPacket.Type.cid) {
                    caveats.add(p.getValueAsText());
                }
            }
            return new DecodedToken(m.identifier, List.copyOf(caveats));
        });
    }

    @Override
    public boolean signatureValid(String token, String rootKey) {
        return parse(token)
                .map(m -> {
                    try {
                        // Caveats are judged separately, with the request in hand; here every
                        // first-party caveat is accepted so that only the HMAC chain is checked.
                        return new MacaroonsVerifier(m).satisfyGeneral(c -> true)
                                .isValid(rootKey.getBytes(StandardCharsets.UTF_8));
                    } catch (RuntimeException e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    private static Optional<Macaroon> parse(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 16_384) {
            return Optional.empty();
        }
        try {
            Macaroon m = Macaroon.deserialize(token.substring(PREFIX.length()), MacaroonsSerializer.V2);
            if (m.identifier == null) {
                return Optional.empty();
            }
            for (CaveatPacket p : m.caveatPackets) {
                if (p.getType() == CaveatPacket.Type.vid || p.getType() == CaveatPacket.Type.cl) {
                    return Optional.empty(); // third-party caveats are never issued by us
                }
            }
            return Optional.of(m);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
