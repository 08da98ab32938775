package dev.larder.tokens;

import java.util.List;

/** Who a valid token speaks for, with the caveats that still limit what it may do. */
public record TokenPrincipal(ApiToken token, List<TokenCaveat> caveats) {
    public long userId() {
        return token.userId();
    }
}
