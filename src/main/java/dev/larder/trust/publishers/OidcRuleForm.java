package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Registration of an {@link OidcRulePublisher}: {@code rules} and {@code immutable_id_claims}.
 *
 * <pre>{"issuer": "oidc",
 *  "rules": {"repository": "myorg/myproject", "ref": {"glob": "refs/tags/v*"}},
 *  "immutable_id_claims": ["repository_id"]}</pre>
 * A rule is a string (the exact value), {@code {"exact": value}} or {@code {"glob": pattern}}.
 * A glob without wildcards is stored as an exact rule; one with no fixed character at all
 * ({@code *}, {@code **}) is refused, since it would accept any value.
 */
final class OidcRuleForm {
    static final List<String> FIELDS = List.of("rules", "immutable_id_claims");

    /** Claims that token verification already handled; rules on them would add nothing. */
    private static final Set<String> VERIFIED_CLAIMS = Set.of("iss", "aud");
    /** Claims that differ in every token, so a rule or pin on them could match only once, or never. */
    private static final Set<String> PER_TOKEN_CLAIMS = Set.of("jti", "exp", "iat", "nbf");
    private static final Pattern CLAIM_NAME = Pattern.compile("[A-Za-z0-9_.:\\-]{1,100}");

    private OidcRuleForm() {}

    static FormResult validate(Map<String, ?> input) {
        FormInput in = new FormInput(input, IssuerType.OIDC, FIELDS);
        Map<String, ClaimRule> rules = rules(in);
        List<String> ids = immutableIds(in);
        return in.result(() -> new OidcRulePublisher(rules, ids));
    }

    private static Map<String, ClaimRule> rules(FormInput in) {
        Map<String, ClaimRule> rules = new LinkedHashMap<>();
        Object raw = in.raw("rules");
        if (!(raw instanceof Map<?, ?> map) || map.isEmpty()) {
            in.error("rules", raw == null || raw instanceof Map
                    ? "Add at least one rule on a claim that identifies the workload, e.g. {\"repository\": \"myorg/myproject\"}."
                    : "Rules are an object from claim names to values, not " + FormInput.describe(raw) + ".");
            return rules;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String claim = String.valueOf(entry.getKey());
            String field = "rules." + claim;
            if (claimNameProblem(in, field, claim, "a rule on it")) {
                continue;
            }
            ClaimRule rule = rule(in, field, entry.getValue());
            if (rule != null) {
                rules.put(claim, rule);
            }
        }
        return rules;
    }

    private static ClaimRule rule(FormInput in, String field, Object value) {
        String type = "exact";
        Object text = value;
        if (value instanceof Map<?, ?> m && m.size() == 1 && (m.containsKey("exact") || m.containsKey("glob"))) {
            type = m.containsKey("glob") ? "glob" : "exact";
            text = m.get(type);
        }
        if (!(text instanceof String s) || s.strip().isEmpty()) {
            in.error(field, "A rule is a value to match exactly, as a string, or {\"glob\": \"pattern\"}.");
            return null;
        }
        String v = s.strip();
        if (FormInput.hasControlCharacter(v) || v.length() > 1000) {
            in.error(field, "A rule's value must be at most 1000 characters, without control characters.");
            return null;
        }
        GlobPattern glob = new GlobPattern(v);
        if (type.equals("exact") || !glob.hasWildcard()) {
            return ClaimRule.exact(v);
        }
        if (!glob.hasLiteral()) {
            in.error(field, "The pattern " + QuotedValue.of(v) + " matches every value; include some fixed text, e.g."
                    + " `refs/tags/*`.");
            return null;
        }
        return ClaimRule.glob(v);
    }

    private static List<String> immutableIds(FormInput in) {
        List<String> ids = new ArrayList<>();
        Object raw = in.raw("immutable_id_claims");
        String needOne = "Name at least one claim whose value never changes for the workload, such as `repository_id`,"
                + " so that a deleted and re-created workload of the same name cannot publish.";
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            in.error("immutable_id_claims", raw == null || raw instanceof List ? needOne
                    : "List the claim names, e.g. [\"repository_id\"], not " + FormInput.describe(raw) + ".");
            return ids;
        }
        for (Object item : list) {
            if (!(item instanceof String s)) {
                in.error("immutable_id_claims", "List claim names as strings, not " + FormInput.describe(item) + ".");
            } else if (!claimNameProblem(in, "immutable_id_claims", s.strip(), "pinning it")) {
                ids.add(s.strip());
            }
        }
        return ids;
    }

    /** Records and returns true if {@code claim} cannot be used, saying why. */
    private static boolean claimNameProblem(FormInput in, String field, String claim, String use) {
        if (!CLAIM_NAME.matcher(claim).matches()) {
            in.error(field, QuotedValue.of(claim) + " is not a claim name: use letters, digits, `_`, `-`, `.` and `:`.");
        } else if (VERIFIED_CLAIMS.contains(claim)) {
            in.error(field, QuotedValue.of(claim) + " is checked when the token is verified, before any publisher; leave it out.");
        } else if (PER_TOKEN_CLAIMS.contains(claim)) {
            in.error(field, QuotedValue.of(claim) + " changes with every token, so " + use + " could never work twice.");
        } else {
            return false;
        }
        return true;
    }
}
