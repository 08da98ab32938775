package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registration of an {@link ActiveStatePublisher}: organization, project, actor. The actor's
 * id is not asked for: it is pinned from the first build's token (see the record).
 */
final class ActiveStateForm {
    static final List<String> FIELDS = List.of("organization", "project", "actor");

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private ActiveStateForm() {}

    static FormResult validate(Map<String, ?> input) {
        FormInput in = new FormInput(input, IssuerType.ACTIVESTATE, FIELDS);
        String organization = name(in, "organization", "Enter the ActiveState organization that owns the project.",
                "an organization name");
        String project = name(in, "project", "Enter the name of the ActiveState project.", "a project name");
        String actor = name(in, "actor", "Enter the ActiveState user whose builds may publish.", "a user name");
        return in.result(() -> new ActiveStatePublisher(organization, project, "", actor));
    }

    private static String name(FormInput in, String field, String whenMissing, String what) {
        String value = in.required(field, whenMissing);
        if (value == null) {
            return null;
        }
        if (value.contains("/")) {
            in.error(field, "Enter only the name, e.g. `" + (field.equals("project") ? "myproject" : "myorg")
                    + "`; the organization and the project each have their own field.");
        } else if (!NAME.matcher(value).matches()) {
            in.error(field, QuotedValue.of(value) + " is not " + what + ": use letters, digits, `-`, `_` and `.`,"
                    + " starting with a letter or digit.");
        } else if (in.withinLength(field, value, 255, "A name")) {
            return value;
        }
        return null;
    }
}
