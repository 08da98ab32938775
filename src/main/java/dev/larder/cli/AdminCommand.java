package dev.larder.cli;

import dev.larder.accounts.User;
import dev.larder.app.Larder;
import dev.larder.config.DurationText;
import dev.larder.projects.ProjectException;
import dev.larder.projects.Role;
import dev.larder.tokens.ApiToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code larder admin ...}: administration on the same data as a running server. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Administer the index: users, API tokens, yanks, deletions and storage moves.",
        subcommands = {
            AdminCommand.CreateUser.class, AdminCommand.CreateToken.class, AdminCommand.ListTokens.class,
            AdminCommand.RevokeToken.class, AdminCommand.AddRole.class, AdminCommand.Yank.class,
            AdminCommand.Unyank.class, AdminCommand.DeleteFile.class, AdminCommand.DeleteRelease.class,
            AdminCommand.DeleteProject.class, MigrateStorageCommand.class})
final class AdminCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs an action against the index the options name, and closes it. */
    abstract static class Action implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() throws Exception {
            try (Larder larder = Larder.open(store.settings(settingsOverrides()))) {
                return run(larder);
            } catch (ProjectException e) {
                spec.commandLine().getErr().println("larder: " + e.getMessage());
                return 1;
            }
        }

        abstract int run(Larder larder) throws Exception;

        /** Settings this command sets itself, over the options and environment. */
        Map<String, String> settingsOverrides() {
            return Map.of();
        }

        User user(Larder larder, String name) {
            return larder.accounts().byName(name)
                    .orElseThrow(() -> new IllegalArgumentException("there is no user named '" + name + "'"));
        }

        java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** An action on one release, named by project and version. */
    abstract static class ReleaseAction extends Action {
        @Parameters(index = "0", paramLabel = "PROJECT")
        String project;

        @Parameters(index = "1", paramLabel = "VERSION")
        String version;
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true, description = "Create a user account.")
    static final class CreateUser extends Action {
        @Parameters(paramLabel = "NAME", description = "User name.")
        String name;

        @Option(names = "--email", required = true, paramLabel = "ADDR", description = "Email address.")
        String email;

        @Option(names = "--password-stdin", description = "Read a password from the first line of standard input (otherwise the user has none and works with API tokens only).")
        boolean passwordStdin;

        @Option(names = "--admin", description = "Make the user an administrator.")
        boolean admin;

        @Override
        int run(Larder larder) throws IOException {
            String password = null;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (password == null) {
                    throw new IllegalArgumentException("--password-stdin was given but standard input is empty");
                }
            }
            User u = larder.accounts().createUser(name, email, password, admin);
            out().println("created user " + u.name());
            return 0;
        }
    }

    @Command(name = "create-token", mixinStandardHelpOptions = true,
            description = {"Create an API token for a user and print it (the only output on standard out).",
                    "Use it with twine or uv as user __token__."})
    static final class CreateToken extends Action {
        @Parameters(paramLabel = "NAME", description = "The user the token acts for.")
        String name;

        @Option(names = "--project", paramLabel = "P", description = "Limit the token to this project (repeatable); the project may not exist yet.")
        List<String> projects = new ArrayList<>();

        @Option(names = "--expires", paramLabel = "DURATION", description = "Lifetime, e.g. 30d or 12h (default: no expiry).")
        String expires;

        @Option(names = "--description", paramLabel = "TEXT", description = "What the token is for.")
        String description = "created with larder admin";

        @Override
        int run(Larder larder) {
            User u = user(larder, name);
            String token = larder.tokens().create(u.id(), description, projects,
                    Optional.ofNullable(expires).map(DurationText::parse));
            out().println(token);
            return 0;
        }
    }

    @Command(name = "list-tokens", mixinStandardHelpOptions = true, description = "List a user's API tokens (never their secrets).")
    static final class ListTokens extends Action {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run(Larder larder) {
            for (ApiToken t : larder.tokens().list(user(larder, name).id())) {
                out().printf("%s  %s  projects=%s  expires=%s  last-used=%s%n", t.id(), t.description(),
                        t.projects().isEmpty() ? "all" : String.join(",", t.projects()),
                        t.expiresAt().map(Object::toString).orElse("never"),
                        t.lastUsedAt().map(Object::toString).orElse("never"));
            }
            return 0;
        }
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true, description = "Revoke an API token by its id.")
    static final class RevokeToken extends Action {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        int run(Larder larder) {
            if (!larder.tokens().revoke(id)) {
                throw new IllegalArgumentException("there is no token with id " + id);
            }
            out().println("revoked " + id);
            return 0;
        }
    }

    @Command(name = "add-role", mixinStandardHelpOptions = true, description = "Give a user a role on a project.")
    static final class AddRole extends Action {
        @Parameters(index = "0", paramLabel = "PROJECT")
        String project;

        @Parameters(index = "1", paramLabel = "USER")
        String userName;

        @Option(names = "--role", defaultValue = "Maintainer", description = "Owner or Maintainer (default ${DEFAULT-VALUE}).")
        Role role;

        @Override
        int run(Larder larder) {
            larder.projects().setRole(project, user(larder, userName).id(), role, "admin");
            out().println(userName + " is now " + role + " of " + project);
            return 0;
        }
    }

    @Command(name = "yank", mixinStandardHelpOptions = true, description = "Yank a release (PEP 592): installers skip it unless pinned.")
    static final class Yank extends ReleaseAction {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, shown to installers.")
        String reason;

        @Override
        int run(Larder larder) {
            larder.projects().yank(project, version, reason, "admin");
            out().println("yanked " + project + " " + version);
            return 0;
        }
    }

    @Command(name = "unyank", mixinStandardHelpOptions = true, description = "Undo a yank.")
    static final class Unyank extends ReleaseAction {
        @Override
        int run(Larder larder) {
            larder.projects().unyank(project, version, "admin");
            out().println("un-yanked " + project + " " + version);
            return 0;
        }
    }

    @Command(name = "delete-file", mixinStandardHelpOptions = true,
            description = "Delete one file. Its filename can never be uploaded again.")
    static final class DeleteFile extends Action {
        @Parameters(index = "0", paramLabel = "PROJECT")
        String project;

        @Parameters(index = "1", paramLabel = "FILENAME")
        String filename;

        @Override
        int run(Larder larder) {
            larder.projects().deleteFile(project, filename, "admin");
            out().println("deleted " + filename);
            return 0;
        }
    }

    @Command(name = "delete-release", mixinStandardHelpOptions = true,
            description = "Delete a release and its files. Their filenames can never be uploaded again.")
    static final class DeleteRelease extends ReleaseAction {
        @Override
        int run(Larder larder) {
            larder.projects().deleteRelease(project, version, "admin");
            out().println("deleted " + project + " " + version);
            return 0;
        }
    }

    @Command(name = "delete-project", mixinStandardHelpOptions = true,
            description = "Delete a project with all its releases and files; the name becomes free again.")
    static final class DeleteProject extends Action {
        @Parameters(paramLabel = "PROJECT")
        String project;

        @Option(names = "--yes", required = true, description = "Confirm the deletion.")
        boolean yes;

        @Override
        int run(Larder larder) {
            larder.projects().deleteProject(project, "admin");
            out().println("deleted project " + project);
            return 0;
        }
    }
}
