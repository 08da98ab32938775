package dev.larder.devissuer;

/** What {@code ./larder dev-issuer} prints at start: the client's environment and Larder's config. */
final class ClientInstructions {
    private ClientInstructions() {
    }

    static String of(DevIssuer issuer) {
        StringBuilder text = new StringBuilder();
        text.append("Development OIDC issuer at ").append(issuer.url()).append(" (")
                .append(issuer.shape() == CiShape.GITLAB ? "GitLab" : "GitHub Actions").append("-shaped tokens)\n\n");
        if (issuer.shape() == CiShape.GITLAB) {
            String curl = "curl -s -H 'Authorization: bearer " + issuer.secret() + "' '" + issuer.url() + "/token/raw?audience=pypi'";
            text.append("Environment for a publishing client (uv publish, the id library):\n")
                    .append("export GITLAB_CI=true\n")
                    .append("export PYPI_ID_TOKEN=$(").append(curl).append(")\n")
                    .append("# The variable is <AUDIENCE>_ID_TOKEN and the query's audience is Larder's\n")
                    .append("# (GET /_/oidc/audience); 'pypi' above. Tokens last 300 s: fetch one per upload.\n\n");
        } else {
            text.append("Environment for a publishing client (uv publish, gh-action-pypi-publish, the id library):\n")
                    .append("export GITHUB_ACTIONS=true\n")
                    .append("export ACTIONS_ID_TOKEN_REQUEST_URL='").append(issuer.tokenRequestUrl()).append("'\n")
                    .append("export ACTIONS_ID_TOKEN_REQUEST_TOKEN=").append(issuer.secret()).append("\n\n");
        }
        text.append("In Larder's YAML configuration (--config FILE):\n")
                .append("trusted-publishing:\n")
                .append("  issuers:\n")
                .append("    - name: dev\n")
                .append("      type: ").append(issuer.shape().issuerType().configName()).append("\n")
                .append("      url: ").append(issuer.url()).append("\n\n")
                .append("Claims can be overridden per request for negative tests: add &claim.NAME=VALUE or &omit=NAME\n")
                .append("to the token URL, or POST /token {\"audience\": ..., \"claims\": {NAME: VALUE or null}}.\n");
        return text.toString();
    }
}
