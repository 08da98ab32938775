package dev.larder.trust.publishers;

import java.util.Set;

/**
 * Validates an environment name for GitHub and Forgejo publishers with pypi.org's rules: at
 * most 255 characters, none of {@code ' " ` , ; \} or control characters. It is stored
 * lowercased, as on pypi.org, because these environments match ignoring case: two
 * registrations differing only in case are then visibly the same.
 */
final class EnvironmentInput {
    static final String FIELD = "environment";

    private EnvironmentInput() {}

    static String readCaseInsensitive(FormInput in) {
        String environment = in.optional(FIELD);
        if (environment.isEmpty() || !in.withinLength(FIELD, environment, 255, "An environment name")) {
            return "";
        }
        Set<String> forbidden = FormInput.forbiddenIn(environment, "'\"`,;\\");
        if (!forbidden.isEmpty() || FormInput.hasControlCharacter(environment)) {
            in.error(FIELD, "An environment name cannot contain control characters or any of ' \" ` , ; \\ (found "
                    + (forbidden.isEmpty() ? "a control character" : String.join(" ", forbidden)) + ").");
            return "";
        }
        return CaseRule.lower(environment);
    }
}
