package dev.larder.projects;

import dev.larder.accounts.User;
import java.util.Optional;

/** A signed-in person doing something to a project, and the address they did it from (for the security log). */
public record ActingUser(User user, Optional<String> address) {}
