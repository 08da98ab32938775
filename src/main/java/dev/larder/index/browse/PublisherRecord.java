package dev.larder.index.browse;

import dev.larder.projects.PublisherRun;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the trusted-publisher record kept on a file into what the files table shows. The run link
 * is built only for issuers that are github.com's own and only from a well-formed repository and
 * run id, so a claim cannot point it anywhere else.
 */
final class PublisherRecord {
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9-]+/[A-Za-z0-9._-]+");
    private static final Pattern RUN_ID = Pattern.compile("[0-9]{1,20}");

    private final Set<String> githubIssuers;

    /** @param githubIssuers names of the configured issuers whose tokens come from github.com's Actions */
    PublisherRecord(Set<String> githubIssuers) {
        this.githubIssuers = Set.copyOf(githubIssuers);
    }

    PublishedBy read(String json) {
        PublisherRun run = PublisherRun.parse(json);
        List<PublishedBy.Claim> shown = run.claims().stream().map(c -> new PublishedBy.Claim(c.label(), c.value())).toList();
        Optional<String> link = Optional.empty();
        String repository = run.claim("repository").orElse("");
        String runId = run.claim("run_id").orElse("");
        if (githubIssuers.contains(run.issuer()) && REPOSITORY.matcher(repository).matches() && RUN_ID.matcher(runId).matches()) {
            link = Optional.of("https://github.com/" + repository + "/actions/runs/" + runId);
        }
        return new PublishedBy(Optional.of(run.publisher().isEmpty() ? "a trusted publisher" : run.publisher()), shown, link,
                Optional.empty());
    }
}
