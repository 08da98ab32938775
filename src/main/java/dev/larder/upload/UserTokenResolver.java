package dev.larder.upload;

import dev.larder.accounts.AccountsFacade;
import dev.larder.tokens.TokensFacade;
import java.util.Optional;

/** Resolves a user's API token to the (enabled) user it acts for. */
public final class UserTokenResolver implements UploaderResolver {
    private final TokensFacade tokens;
    private final AccountsFacade accounts;

    public UserTokenResolver(TokensFacade tokens, AccountsFacade accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public Optional<Uploader> resolve(String token) {
        return tokens.identify(token).flatMap(principal -> accounts.byId(principal.userId())
                .filter(u -> !u.disabled())
                .map(u -> new Uploader.TokenUser(u, principal)));
    }
}
