package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores publisher specs as JSON objects and reads them back.
 *
 * <p>The format is written out field by field rather than derived from the records, so that
 * renaming a Java component can never silently change what is in the database. Every object
 * has {@code "kind"} (an {@link IssuerType#configName()}) and the fields of that kind, with the
 * same snake_case names that {@link PublisherForm} accepts, plus the pinned ids. Every field
 * is written, empty ones as {@code ""}; when reading, a missing optional field means
 * {@code ""}. Example:
 * <pre>{"kind":"github","owner":"myorg","repository":"myproject","workflow":"release.yml",
 *  "environment":"release","ref_pattern":"","reusable_workflow":"","pinned_owner_id":"",
 *  "pinned_repository_id":""}</pre>
 * Stored data is trusted, so malformed JSON is a bug or corruption: {@link #read} throws
 * {@link IllegalArgumentException} rather than explaining things to a user.
 */
public final class PublisherJson {
    private static final JsonMapper MAPPER = JsonMapper.shared();

    private PublisherJson() {}

    public static String write(PublisherSpec spec) {
        return MAPPER.writeValueAsString(toTree(spec));
    }

    public static PublisherSpec read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("stored publisher is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("stored publisher is not a JSON object");
        }
        return fromTree(node);
    }

    static ObjectNode toTree(PublisherSpec spec) {
        ObjectNode out = MAPPER.createObjectNode().put("kind", spec.kind().configName());
        if (spec instanceof GitHubPublisher p) {
            out.put("owner", p.owner()).put("repository", p.repository()).put("workflow", p.workflow())
                    .put("environment", p.environment()).put("ref_pattern", p.refPattern())
                    .put("reusable_workflow", p.reusableWorkflow())
                    .put("pinned_owner_id", p.pinnedOwnerId()).put("pinned_repository_id", p.pinnedRepositoryId());
        } else if (spec instanceof GitLabPublisher p) {
            out.put("namespace", p.namespace()).put("project", p.project()).put("ci_file_path", p.ciFilePath())
                    .put("environment", p.environment()).put("ref_pattern", p.refPattern())
                    .put("pinned_namespace_id", p.pinnedNamespaceId()).put("pinned_project_id", p.pinnedProjectId());
        } else if (spec instanceof GooglePublisher p) {
            out.put("email", p.email()).put("subject", p.subject());
        } else if (spec instanceof ActiveStatePublisher p) {
            out.put("organization", p.organization()).put("project", p.project())
                    .put("actor", p.actor()).put("actor_id", p.actorId());
        } else if (spec instanceof ForgejoPublisher p) {
            out.put("owner", p.owner()).put("repository", p.repository()).put("workflow", p.workflow())
                    .put("environment", p.environment()).put("ref_pattern", p.refPattern())
                    .put("pinned_owner_id", p.pinnedOwnerId()).put("pinned_repository_id", p.pinnedRepositoryId());
        } else if (spec instanceof OidcRulePublisher p) {
            ObjectNode rules = out.putObject("rules");
            p.rules().forEach((claim, rule) -> rules.putObject(claim).put(rule.type().wireName(), rule.value()));
            ArrayNode ids = out.putArray("immutable_id_claims");
            p.immutableIdClaims().forEach(ids::add);
            ObjectNode pinned = out.putObject("pinned_ids");
            p.pinnedIds().forEach(pinned::put);
        }
        return out;
    }

    private static PublisherSpec fromTree(JsonNode node) {
        String kindName = text(node, "kind");
        IssuerType kind = IssuerType.fromConfigName(kindName)
                .orElseThrow(() -> new IllegalArgumentException("stored publisher has unknown kind " + kindName));
        switch (kind) {
            case GITHUB:
                return new GitHubPublisher(text(node, "owner"), text(node, "repository"), text(node, "workflow"),
                        text(node, "environment"), text(node, "ref_pattern"), text(node, "reusable_workflow"),
                        text(node, "pinned_owner_id"), text(node, "pinned_repository_id"));
            case GITLAB:
                return new GitLabPublisher(text(node, "namespace"), text(node, "project"), text(node, "ci_file_path"),
                        text(node, "environment"), text(node, "ref_pattern"),
                        text(node, "pinned_namespace_id"), text(node, "pinned_project_id"));
            case GOOGLE:
                return new GooglePublisher(text(node, "email"), text(node, "subject"));
            case ACTIVESTATE:
                return new ActiveStatePublisher(text(node, "organization"), text(node, "project"),
                        text(node, "actor_id"), text(node, "actor"));
            case FORGEJO:
                return new ForgejoPublisher(text(node, "owner"), text(node, "repository"), text(node, "workflow"),
                        text(node, "environment"), text(node, "ref_pattern"),
                        text(node, "pinned_owner_id"), text(node, "pinned_repository_id"));
            case OIDC:
                return new OidcRulePublisher(rules(node.get("rules")), strings(node.get("immutable_id_claims")),
                        stringMap(node.get("pinned_ids")));
            default:
                throw new AssertionError(kind);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("stored publisher field " + field + " is not a string");
        }
        return value.stringValue();
    }

    private static Map<String, ClaimRule> rules(JsonNode node) {
        Map<String, ClaimRule> rules = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("stored OIDC publisher has no rules object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode rule = e.getValue();
            if (rule.isObject() && rule.size() == 1 && rule.has("exact")) {
                rules.put(e.getKey(), ClaimRule.exact(text(rule, "exact")));
            } else if (rule.isObject() && rule.size() == 1 && rule.has("glob")) {
                rules.put(e.getKey(), ClaimRule.glob(text(rule, "glob")));
            } else {
                throw new IllegalArgumentException("stored rule for claim " + e.getKey() + " is neither {\"exact\":…} nor {\"glob\":…}");
            }
        }
        return rules;
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("stored OIDC publisher has no immutable_id_claims array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node.values()) {
            if (!item.isString()) {
                throw new IllegalArgumentException("stored immutable_id_claims holds a non-string");
            }
            out.add(item.stringValue());
        }
        return out;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("stored pinned_ids is not an object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), text(node, e.getKey()));
        }
        return out;
    }
}
