package dev.larder.devissuer;

import dev.larder.trust.oidc.IssuerType;

/** Which CI provider's claims the development issuer imitates. */
public enum CiShape {
    GITHUB(IssuerType.GITHUB, "release.yml"),
    GITLAB(IssuerType.GITLAB, ".gitlab-ci.yml");

    private final IssuerType issuerType;
    private final String defaultWorkflow;

    CiShape(IssuerType issuerType, String defaultWorkflow) {
        this.issuerType = issuerType;
        this.defaultWorkflow = defaultWorkflow;
    }

    /** The issuer type to register the development issuer as in Larder's configuration. */
    public IssuerType issuerType() {
        return issuerType;
    }

    /** The workflow file (GitHub) or pipeline file (GitLab) used when none is given. */
    public String defaultWorkflow() {
        return defaultWorkflow;
    }
}
