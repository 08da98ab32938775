package dev.larder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code larder dev-issuer}'s options; serving itself is covered by the DevIssuer tests. */
class DevIssuerCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = new CommandLine(new DevIssuerCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printTokenWritesOneJwtWithTheChosenClaimsAndNothingElse() {
        int status = run("--listen", "127.0.0.1:8765", "--keys", dir.toString(), "--gitlab", "--repository", "grp/sub/proj",
                "--environment", "release", "--print-token", "pypi");

        assertThat(status).isZero();
        String jwt = out.toString().strip();
        assertThat(jwt).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        assertThat(claims).contains("\"iss\":\"http://127.0.0.1:8765\"", "\"aud\":\"pypi\"", "\"namespace_path\":\"grp/sub\"",
                "\"project_path\":\"grp/sub/proj\"", "\"environment\":\"release\"",
                "\"ci_config_ref_uri\":\"127.0.0.1:8765/grp/sub/proj//.gitlab-ci.yml@refs/heads/main\"");
        assertThat(Files.exists(dir.resolve("dev-issuer-key.json"))).isTrue();
    }

    @Test
    void helpListsTheClaimOptions() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("--listen=HOST:PORT", "--keys=DIR", "--gitlab", "--repository=OWNER/NAME",
                "--workflow=FILE", "--environment=NAME", "--print-token=AUDIENCE");
    }

    @Test
    void aListenAddressOffLoopbackIsRefused() {
        assertThat(run("--listen", "0.0.0.0:8765", "--keys", dir.toString())).isNotZero();

        assertThat(err.toString()).contains("127.0.0.1, [::1] or localhost");
    }
}
