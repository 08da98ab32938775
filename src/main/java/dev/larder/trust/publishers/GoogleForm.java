package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registration of a {@link GooglePublisher}: email, subject.
 *
 * <p>Default service accounts ({@code PROJECT_NUMBER-compute@developer.gserviceaccount.com},
 * {@code PROJECT_ID@appspot.gserviceaccount.com}) are refused. pypi.org's documentation only
 * warns against them; Larder refuses because every VM or App Engine service of the project
 * runs as them by default, so trusting one trusts the whole project.
 */
final class GoogleForm {
    static final List<String> FIELDS = List.of("email", "subject");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern SUBJECT = Pattern.compile("[0-9]{1,64}");

    private GoogleForm() {}

    static FormResult validate(Map<String, ?> input) {
        FormInput in = new FormInput(input, IssuerType.GOOGLE, FIELDS);
        String email = email(in);
        String subject = in.optional("subject");
        if (!subject.isEmpty() && !SUBJECT.matcher(subject).matches()) {
            in.error("subject", "The subject is the service account's unique ID, a number such as `104763491823456789012`.");
        }
        return in.result(() -> new GooglePublisher(email, subject));
    }

    private static String email(FormInput in) {
        String email = in.required("email", "Enter the e-mail address of the service account that publishes.");
        if (email == null) {
            return null;
        }
        if (!EMAIL.matcher(email).matches() || FormInput.hasControlCharacter(email)) {
            in.error("email", QuotedValue.of(email) + " is not an e-mail address.");
            return null;
        }
        if (!in.withinLength("email", email, 254, "An e-mail address")) {
            return null;
        }
        String lower = CaseRule.fold(email);
        if (lower.endsWith("-compute@developer.gserviceaccount.com") || lower.endsWith("@appspot.gserviceaccount.com")) {
            in.error("email", QuotedValue.of(email) + " is a default service account, which every workload of its Google Cloud"
                    + " project can use; create a dedicated service account for publishing.");
            return null;
        }
        return lower;
    }
}
