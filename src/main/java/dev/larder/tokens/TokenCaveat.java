package dev.larder.tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * First-party caveats in PyPI's compact JSON form {@code [tag, fields...]}, so that tokens read the
 * same to PyPI's tooling. A caveat we cannot read makes the token invalid: we fail closed.
 */
public sealed interface TokenCaveat {
    ObjectMapper JSON = JsonMapper.builder().build();

    String toJson();

    /** Why the caveat does not hold for this use, or empty when it holds. */
    Optional<String> failure(CaveatContext context);

    /** Tag 0: valid from notBefore (inclusive) until expiresAt (exclusive), in epoch seconds. */
    record Expiry(long expiresAt, long notBefore) implements TokenCaveat {
        @Override
        public String toJson() {
            return "[0," + expiresAt + "," + notBefore + "]";
        }

        @Override
        public Optional<String> failure(CaveatContext c) {
            long now = c.now().getEpochSecond();
            if (now < notBefore) {
                return Optional.of("token is not yet valid");
            }
            return now >= expiresAt ? Optional.of("token is expired") : Optional.empty();
        }
    }

    /** Tag 1: only for these projects, by normalized name. */
    record ProjectNames(List<String> names) implements TokenCaveat {
        @Override
        public String toJson() {
            ArrayNode a = JSON.createArrayNode().add(1);
            ArrayNode n = a.addArray();
            names.forEach(n::add);
            return a.toString();
        }

        @Override
        public Optional<String> failure(CaveatContext c) {
            if (c.projectName().isEmpty()) {
                return Optional.of("project-scoped token used outside of a project context");
            }
            String p = c.projectName().get();
            return names.contains(p) ? Optional.empty()
                    : Optional.of("project-scoped token is not valid for project: '" + p + "'");
        }
    }

    /** Tag 3: only when acting for this user. */
    record RequestUser(String userId) implements TokenCaveat {
        @Override
        public String toJson() {
            return JSON.createArrayNode().add(3).add(userId).toString();
        }

        @Override
        public Optional<String> failure(CaveatContext c) {
            return c.userId().map(String::valueOf).filter(userId::equals).isPresent() ? Optional.empty()
                    : Optional.of("current user does not match user restriction in token");
        }
    }

    /** Parses a caveat, or empty for anything that is not one of ours, well-formed. */
    static Optional<TokenCaveat> parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isArray() || node.isEmpty() || !node.get(0).isIntegralNumber()) {
                return Optional.empty();
            }
            int tag = node.get(0).asInt();
            if (tag == 0 && node.size() == 3 && node.get(1).isIntegralNumber() && node.get(2).isIntegralNumber()) {
                return Optional.of(new Expiry(node.get(1).asLong(), node.get(2).asLong()));
            }
            if (tag == 1 && node.size() == 2 && node.get(1).isArray()) {
                List<String> names = new ArrayList<>();
                for (JsonNode n : node.get(1)) {
                    if (!n.isString()) {
                        return Optional.empty();
                    }
                    names.add(n.asString());
                }
                return Optional.of(new ProjectNames(List.copyOf(names)));
            }
            if (tag == 3 && node.size() == 2 && node.get(1).isString()) {
                return Optional.of(new RequestUser(node.get(1).asString()));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What a caveat is judged against. */
    record CaveatContext(Instant now, Optional<String> projectName, Optional<Long> userId) {}
}
