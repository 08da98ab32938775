package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.Objects;

/**
 * A Google Cloud service account trusted to publish.
 *
 * <ul>
 *   <li>{@code email}: the service account's address, matched against the {@code email}
 *       claim <b>ignoring ASCII case</b>. pypi.org compares exactly; but Google generates
 *       service-account addresses in lowercase and treats addresses case-insensitively, so
 *       an exact comparison can only reject a correct configuration typed with capitals.
 *       The token must also carry {@code email_verified} as the JSON boolean {@code true}
 *       (the string {@code "true"} is refused, as on pypi.org).</li>
 *   <li>{@code subject}: {@code ""} accepts any; otherwise the {@code sub} claim (the
 *       account's numeric unique id) must equal it exactly. Setting it narrows trust to one
 *       principal, and survives the account being deleted and a new one made with the same
 *       address.</li>
 * </ul>
 * Google tokens have no {@code jti}, so they get no replay protection.
 */
public record GooglePublisher(String email, String subject) implements PublisherSpec {
    public GooglePublisher {
        Required.text("email", email);
        Objects.requireNonNull(subject, "subject");
    }

    @Override
    public IssuerType kind() {
        return IssuerType.GOOGLE;
    }

    @Override
    public String describe() {
        return "Google service account " + email + (subject.isEmpty() ? ", any subject" : ", subject " + subject);
    }

    @Override
    public String configurationKey() {
        return ConfigurationKey.of(kind(), CaseRule.fold(email), subject);
    }
}
