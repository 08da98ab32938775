package dev.larder.devissuer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What {@code ./larder dev-issuer} prints at start: the client's environment and Larder's config. */
final class ClientInstructions {
    private ClientInstructions() {
    }

    /** @param audience Larder's audience, which a GitLab job's token variable is named after */
    static String of(DevIssuer issuer, String audience) {
        StringBuilder text = new StringBuilder();
        text.append("Development OIDC issuer at ").append(issuer.url()).append(" (")
                .append(issuer.shape() == CiShape.GITLAB ? "GitLab" : "GitHub Actions").append("-shaped tokens)\n\n");
        if (issuer.shape() == CiShape.GITLAB) {
            String curl = "curl -s -H 'Authorization: bearer " + issuer.secret() + "' '" + issuer.url() + "/token/raw?audience="
                    + URLEncoder.encode(audience, StandardCharsets.UTF_8) + "'";
            text.append("Environment for a publishing client (uv publish, the id library):\n")
                    .append("export GITLAB_CI=true\n")
                    .append("export ").append(tokenVariable(audience)).append("=$(").append(curl).append(")\n")
                    .append("# The variable is <AUDIENCE>_ID_TOKEN for Larder's audience '").append(audience)
                    .append("' (GET /_/oidc/audience;\n# another with --audience). Tokens last 300 s: fetch one per upload.\n\n");
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

    /**
     * The variable GitLab-aware clients read the token from: {@code <AUDIENCE>_ID_TOKEN}, the
     * audience upper-cased with every character other than a letter or digit made {@code _}
     * ({@code pypi.example.com} gives {@code PYPI_EXAMPLE_COM_ID_TOKEN}), as uv and the id library
     * derive it.
     */
    static String tokenVariable(String audience) {
        StringBuilder name = new StringBuilder();
        for (char c : audience.toCharArray()) {
            name.append((c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A')
                    : (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return name + "_ID_TOKEN";
    }
}
