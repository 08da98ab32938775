package dev.larder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin commands, run as a user runs them, against a data directory. */
class AdminCommandsTest {
    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {}

    private Run larder(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void createTokenPrintsOnlyTheTokenOnStandardOut() {
        assertThat(larder("admin", "create-user", "alice", "--email", "alice@example.com", "--data", data.toString()).exit()).isZero();
        Run r = larder("admin", "create-token", "alice", "--project", "demo", "--expires", "30d", "--data", data.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("pypi-").doesNotContain("\n").doesNotContain(" ");
    }

    @Test
    void aTokenForAnUnknownUserFailsWithAClearMessage() {
        Run r = larder("admin", "create-token", "nobody", "--data", data.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("there is no user named 'nobody'");
    }

    @Test
    void aTakenUserNameIsRefused() {
        larder("admin", "create-user", "bob", "--email", "bob@example.com", "--data", data.toString());
        Run r = larder("admin", "create-user", "BOB", "--email", "b@example.com", "--data", data.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("already taken");
    }

    @Test
    void everyCommandExplainsItself() {
        Run r = larder("admin", "create-token", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--project").contains("--expires");
        assertThat(larder("serve", "--help").out()).contains("--listen", "--tls-cert", "--max-file-size", "LARDER_");
    }

    @Test
    void yankingAReleaseThatDoesNotExistSaysSo() {
        Run r = larder("admin", "yank", "ghost", "1.0", "--data", data.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("there is no project named 'ghost'");
    }
}
