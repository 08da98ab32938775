package dev.larder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;



import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The admin commands, run as a user runs them, against a data directory (SQLite) or a PostgreSQL database. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AdminCommandsTest {
    @Parameter
    Backend backend;

    @TempDir
    Path data;

    String database;

    @BeforeEach
    void database() {
        database = backend.jdbcUrl(data);
    }

    /** Runs a command on this test's data directory and database. */
    private CliRun admin(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString(), "--database", database));
        return larder(all.toArray(String[]::new));
    }


    private static CliRun larder(String... args) {
        return CliRun.larder(args);
    }

    @Test
    void createTokenPrintsOnlyTheTokenOnStandardOut() {
        assertThat(admin("admin", "create-user", "alice", "--email", "alice@example.com").exit()).isZero();
        CliRun r = admin("admin", "create-token", "alice", "--project", "demo", "--expires", "30d");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("pypi-").doesNotContain("\n").doesNotContain(" ");
    }

    @Test
    void aTokenForAnUnknownUserFailsWithAClearMessage() {
        CliRun r = admin("admin", "create-token", "nobody");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("there is no user named 'nobody'");
    }

    @Test
    void aTakenUserNameIsRefused() {
        admin("admin", "create-user", "bob", "--email", "bob@example.com");
        CliRun r = admin("admin", "create-user", "BOB", "--email", "b@example.com");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("already taken");
    }

    @Test
    void everyCommandExplainsItself() {
        CliRun r = larder("admin", "create-token", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--project").contains("--expires");
        assertThat(larder("serve", "--help").out()).contains("--listen", "--tls-cert", "--max-file-size", "LARDER_");
    }

    @Test
    void yankingAReleaseThatDoesNotExistSaysSo() {
        CliRun r = admin("admin", "yank", "ghost", "1.0");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("there is no project named 'ghost'");
    }
}
