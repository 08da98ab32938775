package dev.larder.accounts;

import java.util.List;
import java.util.Optional;

/** Persistence port for accounts. */
public interface UserRepository {
    /** Inserts the user; empty when the name (compared case-insensitively) is taken. */
    Optional<User> insert(String name, String email, String passwordHash, boolean admin);

    Optional<User> byName(String name);

    Optional<User> byId(long id);

    Optional<String> passwordHash(long userId);

    List<User> all();
}
