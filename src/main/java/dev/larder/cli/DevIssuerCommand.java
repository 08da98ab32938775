package dev.larder.cli;

import dev.larder.config.HostPort;
import dev.larder.devissuer.CiShape;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code larder dev-issuer}: a local OIDC issuer for trying trusted publishing without a CI provider. */
@Command(name = "dev-issuer", mixinStandardHelpOptions = true,
        description = {"Run a local OIDC issuer that hands out GitHub Actions- or GitLab-shaped tokens, for trying trusted "
                + "publishing (and testing Larder) without a CI provider.",
                "It prints the environment variables a publishing client needs and the issuer block for Larder's "
                        + "configuration. Never use it outside development: whoever has the secret gets tokens."})
final class DevIssuerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8081",
            description = "Loopback address to listen on (default ${DEFAULT-VALUE}; port 0 picks one).")
    String listen;

    @Option(names = "--keys", paramLabel = "DIR", defaultValue = "larder-data/dev-issuer",
            description = "Directory of the signing key, made on first start and reused (default ${DEFAULT-VALUE}).")
    Path keys;

    @Option(names = "--secret", paramLabel = "TEXT", description = "Bearer secret token requests must send (default: random).")
    String secret;

    @Option(names = "--gitlab", description = "Hand out GitLab CI-shaped tokens instead of GitHub Actions ones.")
    boolean gitlab;

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "larder",
            description = "Larder's audience, as GET /_/oidc/audience says: the host of its --base-url, or larder without one "
                    + "(default ${DEFAULT-VALUE}). The --gitlab instructions name the token variable after it.")
    String audience;

    @Option(names = "--print-token", paramLabel = "AUDIENCE",
            description = "Print one token for this audience and exit, without serving (the issuer at --listen must use the same --keys).")
    String printToken;

    @Option(names = "--repository", paramLabel = "OWNER/NAME", defaultValue = "myorg/myproject",
            description = "Repository (GitHub) or project path (GitLab) (default ${DEFAULT-VALUE}).")
    String repository;

    @Option(names = "--repository-owner-id", paramLabel = "ID", defaultValue = "1000001", description = "Owner or namespace id (default ${DEFAULT-VALUE}).")
    String repositoryOwnerId;

    @Option(names = "--repository-id", paramLabel = "ID", defaultValue = "1000002", description = "Repository or project id (default ${DEFAULT-VALUE}).")
    String repositoryId;

    @Option(names = "--workflow", paramLabel = "FILE",
            description = "Workflow file in .github/workflows (default release.yml) or GitLab pipeline file (default .gitlab-ci.yml).")
    String workflow;

    @Option(names = "--ref", paramLabel = "REF", defaultValue = "refs/heads/main", description = "Git ref (default ${DEFAULT-VALUE}).")
    String ref;

    @Option(names = "--sha", paramLabel = "SHA", defaultValue = "0123456789abcdef0123456789abcdef01234567", description = "Commit (default ${DEFAULT-VALUE}).")
    String sha;

    @Option(names = "--environment", paramLabel = "NAME", description = "Deployment environment of the job (default: none).")
    String environment;

    @Option(names = "--event", paramLabel = "NAME", defaultValue = "push", description = "Triggering event (default ${DEFAULT-VALUE}).")
    String event;

    @Option(names = "--run-id", paramLabel = "ID", defaultValue = "1", description = "Run (GitHub) or pipeline (GitLab) id (default ${DEFAULT-VALUE}).")
    String runId;

    @Option(names = "--actor", paramLabel = "LOGIN", description = "Who triggered the job (default: the repository owner).")
    String actor;

    @Override
    public Integer call() throws Exception {
        HostPort address = HostPort.parse(listen);
        DevClaims job = claims();
        PrintWriter out = spec.commandLine().getOut();
        if (printToken != null) {
            out.println(DevIssuer.mintWithoutServing(address, keys, job, printToken));
            out.flush();
            return 0;
        }
        DevIssuer issuer = secret == null ? DevIssuer.start(address, keys, job) : DevIssuer.start(address, keys, job, secret);
        out.print(issuer.clientInstructions(audience));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private DevClaims claims() {
        CiShape shape = gitlab ? CiShape.GITLAB : CiShape.GITHUB;
        String owner = repository.contains("/") ? repository.substring(0, repository.lastIndexOf('/')) : repository;
        return new DevClaims(shape, repository, repositoryOwnerId, repositoryId,
                workflow == null ? shape.defaultWorkflow() : workflow, ref, sha, Optional.ofNullable(environment), event, runId,
                actor == null ? owner : actor);
    }
}
