package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a person typed into a {@link PublisherSpec}, or tells them what to fix.
 *
 * <p>Input is a map of field names to JSON values, such as the Management API's body
 * {@code {"issuer":"github","owner":"myorg","repository":"myproject","workflow":"release.yml","environment":"release"}}.
 * The fields per issuer kind (all strings unless noted):
 * <ul>
 *   <li>github: {@code owner}, {@code repository}, {@code workflow} required; {@code environment},
 *       {@code ref_pattern}, {@code reusable_workflow} optional;</li>
 *   <li>gitlab: {@code namespace}, {@code project}, {@code ci_file_path} required;
 *       {@code environment}, {@code ref_pattern} optional;</li>
 *   <li>google: {@code email} required; {@code subject} optional;</li>
 *   <li>activestate: {@code organization}, {@code project}, {@code actor} required;</li>
 *   <li>forgejo: {@code owner}, {@code repository}, {@code workflow} required;
 *       {@code environment}, {@code ref_pattern} optional;</li>
 *   <li>oidc: {@code rules} (object) and {@code immutable_id_claims} (list) required.</li>
 * </ul>
 * Unknown fields are errors, so that a misspelt optional field (say {@code enviroment})
 * cannot silently leave a publisher less strict than intended. {@code issuer} is always
 * allowed. Pinned ids cannot be given: they are taken from the first token that matches.
 *
 * <p>Values are normalised: trimmed; GitHub and Forgejo environments lowercased (they match
 * ignoring case); Google e-mail addresses lowercased. Other case is kept as typed.
 */
public final class PublisherForm {
    private PublisherForm() {}

    /** Validates {@code input}, whose {@code issuer} field names the kind (e.g. {@code "github"}). */
    public static FormResult validate(Map<String, ?> input) {
        Objects.requireNonNull(input, "input");
        Object issuer = input.get(FormInput.ISSUER_FIELD);
        Optional<IssuerType> kind = issuer instanceof String s ? IssuerType.fromConfigName(s) : Optional.empty();
        if (kind.isEmpty()) {
            return new FormResult.Invalid(List.of(new FieldError(FormInput.ISSUER_FIELD, issuer == null
                    ? "Say which kind of issuer the publisher is for: one of " + IssuerType.configNames() + "."
                    : QuotedValue.of(String.valueOf(issuer)) + " is not a kind of issuer; use one of " + IssuerType.configNames() + ".")));
        }
        return validate(kind.get(), input);
    }

    /**
     * Validates {@code input} as a publisher of {@code kind}, for callers that resolved the
     * issuer themselves (e.g. from a configured issuer's name). An {@code issuer} field is ignored.
     */
    public static FormResult validate(IssuerType kind, Map<String, ?> input) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        switch (kind) {
            case GITHUB:
                return GitHubForm.validate(input);
            case GITLAB:
                return GitLabForm.validate(input);
            case GOOGLE:
                return GoogleForm.validate(input);
            case ACTIVESTATE:
                return ActiveStateForm.validate(input);
            case FORGEJO:
                return ForgejoForm.validate(input);
            case OIDC:
                return OidcRuleForm.validate(input);
            default:
                throw new AssertionError(kind);
        }
    }

    /** Parses a JSON request body and validates it as {@link #validate(Map)} does. */
    public static FormResult validateJson(String body) {
        Object parsed;
        try {
            parsed = JsonMapper.shared().readValue(body, Object.class);
        } catch (JacksonException e) {
            return new FormResult.Invalid(List.of(new FieldError("", "The request body is not valid JSON: " + e.getOriginalMessage())));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return new FormResult.Invalid(List.of(new FieldError("", "The request body must be a JSON object.")));
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> fields = (Map<String, ?>) map;
        return validate(fields);
    }
}
