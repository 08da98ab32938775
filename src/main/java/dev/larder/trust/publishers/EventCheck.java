package dev.larder.trust.publishers;

/**
 * The {@code event_name} claim of GitHub-shaped tokens. {@code pull_request_target} runs with
 * the target repository's permissions and secrets on behalf of pull requests, including ones
 * from forks, so pypi.org refuses it outright (pypi/warehouse#19601) and so does Larder, for
 * Forgejo too. No other event is refused.
 */
final class EventCheck {
    static final String PULL_REQUEST_TARGET = "pull_request_target";

    private EventCheck() {}

    static void apply(ClaimInspection in) {
        String event = in.requiredString("event_name");
        if (PULL_REQUEST_TARGET.equals(event)) {
            in.fail("event `pull_request_target` is never allowed to publish");
        }
    }
}
