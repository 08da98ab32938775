package dev.larder.trust.sql;

import dev.larder.db.Micros;
import dev.larder.db.UniqueViolation;
import dev.larder.projects.sql.SqlProjectCreation;
import dev.larder.trust.PendingPublisher;
import dev.larder.trust.PublishingAttempt;
import dev.larder.trust.TrustException;
import dev.larder.trust.TrustRepository;
import dev.larder.trust.TrustedPublisher;
import dev.larder.trust.publishers.PublisherJson;
import dev.larder.trust.publishers.PublisherSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Trusted publishing's tables in SQL. */
public final class SqlTrustRepository implements TrustRepository {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final RowMapper<TrustedPublisher> PUBLISHER = (rs, ctx) -> new TrustedPublisher(
            rs.getString("id"), rs.getString("issuer_name"), PublisherJson.read(rs.getString("spec")),
            Micros.toInstant(rs.getLong("created_at")));
    private static final RowMapper<PendingPublisher> PENDING = (rs, ctx) -> new PendingPublisher(
            rs.getString("id"), rs.getString("project_name"), rs.getString("normalized_name"), rs.getString("issuer_name"),
            PublisherJson.read(rs.getString("spec")), rs.getLong("added_by"), Micros.toInstant(rs.getLong("created_at")));

    private final Jdbi jdbi;

    public SqlTrustRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<TrustedPublisher> publishersOfIssuer(String issuerName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM trusted_publishers WHERE issuer_name = :i ORDER BY created_at, id")
                .bind("i", issuerName).map(PUBLISHER).list());
    }

    @Override
    public List<TrustedPublisher> publishersOfProject(long projectId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.* FROM trusted_publishers p JOIN project_publishers pp "
                        + "ON pp.publisher_id = p.id WHERE pp.project_id = :p ORDER BY pp.added_at, p.id")
                .bind("p", projectId).map(PUBLISHER).list());
    }

    @Override
    public Map<String, List<Long>> projectsOf(List<String> publisherIds) {
        Map<String, List<Long>> out = new HashMap<>();
        if (publisherIds.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT publisher_id, project_id FROM project_publishers WHERE publisher_id IN (<ids>) "
                        + "ORDER BY project_id")
                .bindList("ids", publisherIds)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return out;
    }

    @Override
    public TrustedPublisher addToProject(long projectId, String issuerName, PublisherSpec spec, String addedBy) {
        return jdbi.inTransaction(h -> {
            TrustedPublisher publisher = findOrCreate(h, issuerName, spec);
            int linked = h.createUpdate("INSERT INTO project_publishers (project_id, publisher_id, added_at, added_by) "
                            + "VALUES (:p, :id, :t, :by) ON CONFLICT (project_id, publisher_id) DO NOTHING")
                    .bind("p", projectId).bind("id", publisher.id()).bind("t", Micros.now()).bind("by", addedBy).execute();
            if (linked == 0) {
                throw new TrustException(409, "this project already trusts that publisher");
            }
            return publisher;
        });
    }

    private static TrustedPublisher findOrCreate(Handle h, String issuerName, PublisherSpec spec) {
        String key = spec.configurationKey();
        h.createUpdate("INSERT INTO trusted_publishers (id, issuer_name, kind, spec, spec_key, created_at) "
                        + "VALUES (:id, :i, :k, :s, :key, :t) ON CONFLICT (issuer_name, spec_key) DO NOTHING")
                .bind("id", UUID.randomUUID().toString()).bind("i", issuerName).bind("k", spec.kind().configName())
                .bind("s", PublisherJson.write(spec)).bind("key", key).bind("t", Micros.now()).execute();
        return h.createQuery("SELECT * FROM trusted_publishers WHERE issuer_name = :i AND spec_key = :key")
                .bind("i", issuerName).bind("key", key).map(PUBLISHER).one();
    }

    @Override
    public boolean removeFromProject(long projectId, String publisherId) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("DELETE FROM project_publishers WHERE project_id = :p AND publisher_id = :id")
                    .bind("p", projectId).bind("id", publisherId).execute();
            h.createUpdate("DELETE FROM trusted_publishers WHERE id = :id AND NOT EXISTS "
                    + "(SELECT 1 FROM project_publishers WHERE publisher_id = :id)").bind("id", publisherId).execute();
            return n > 0;
        });
    }

    @Override
    public void updateSpec(String publisherId, PublisherSpec spec) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE trusted_publishers SET spec = :s WHERE id = :id")
                .bind("s", PublisherJson.write(spec)).bind("id", publisherId).execute());
    }

    @Override
    public PendingPublisher addPending(String projectName, String normalizedName, String issuerName, PublisherSpec spec, long userId) {
        String id = UUID.randomUUID().toString();
        try {
            jdbi.useTransaction(h -> h.createUpdate("INSERT INTO pending_publishers (id, project_name, normalized_name, issuer_name, "
                            + "kind, spec, spec_key, added_by, created_at) VALUES (:id, :pn, :nn, :i, :k, :s, :key, :u, :t)")
                    .bind("id", id).bind("pn", projectName).bind("nn", normalizedName).bind("i", issuerName)
                    .bind("k", spec.kind().configName()).bind("s", PublisherJson.write(spec)).bind("key", spec.configurationKey())
                    .bind("u", userId).bind("t", Micros.now()).execute());
        } catch (JdbiException e) {
            if (UniqueViolation.is(e)) {
                throw new TrustException(409, "a pending publisher with this configuration is already registered "
                        + "(possibly for another project name); remove it first");
            }
            throw e;
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pending_publishers WHERE id = :id").bind("id", id).map(PENDING).one());
    }

    @Override
    public List<PendingPublisher> pendingOfUser(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pending_publishers WHERE added_by = :u ORDER BY created_at")
                .bind("u", userId).map(PENDING).list());
    }

    @Override
    public List<PendingPublisher> pendingOfIssuer(String issuerName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pending_publishers WHERE issuer_name = :i ORDER BY created_at")
                .bind("i", issuerName).map(PENDING).list());
    }

    @Override
    public boolean deletePending(String id, Optional<Long> owner) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM pending_publishers WHERE id = :id"
                        + (owner.isPresent() ? " AND added_by = :u" : ""))
                .bind("id", id).bind("u", owner.orElse(0L)).execute()) > 0;
    }

    @Override
    public int deletePendingCreatedBefore(Instant cutoff) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM pending_publishers WHERE created_at < :c")
                .bind("c", Micros.of(cutoff)).execute());
    }

    @Override
    public Optional<Reified> reify(PendingPublisher pending, String actor) {
        Optional<Reified> result;
        try {
            result = jdbi.inTransaction(h -> {
                int gone = h.createUpdate("DELETE FROM pending_publishers WHERE id = :id").bind("id", pending.id()).execute();
                if (gone == 0) {
                    return Optional.<Reified>empty();
                }
                var creation = SqlProjectCreation.createIfAbsent(h, pending.projectName(), pending.normalizedName(),
                        Optional.of(pending.addedBy()), actor);
                if (!creation.created()) {
                    throw new ProjectExists();
                }
                TrustedPublisher publisher = findOrCreate(h, pending.issuerName(), pending.spec());
                h.createUpdate("INSERT INTO project_publishers (project_id, publisher_id, added_at, added_by) VALUES (:p, :id, :t, :by)")
                        .bind("p", creation.project().id()).bind("id", publisher.id()).bind("t", Micros.now())
                        .bind("by", "pending publisher of user " + pending.addedBy()).execute();
                return Optional.of(new Reified(creation.project().id(), publisher));
            });
        } catch (ProjectExists e) {
            // The project was created another way: the pending publisher can never apply, so it goes.
            deletePending(pending.id(), Optional.empty());
            throw new TrustException(409, "valid token, but project already exists");
        }
        return result;
    }

    /** Rolls the reification back; the pending row is deleted in a transaction of its own. */
    private static final class ProjectExists extends RuntimeException {
        ProjectExists() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean claimTokenId(String issuerUrl, String jti, Instant keepUntil) {
        return jdbi.inTransaction(h -> {
            return h.createUpdate("INSERT INTO used_token_ids (issuer_url, jti, expires_at) VALUES (:i, :j, :e) "
                            + "ON CONFLICT (issuer_url, jti) DO NOTHING")
                    .bind("i", issuerUrl).bind("j", jti).bind("e", Micros.of(keepUntil)).execute() == 1;
        });
    }

    @Override
    public void forgetExpired(Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM used_token_ids WHERE expires_at < :now").bind("now", Micros.of(now)).execute();
            // Minted tokens are kept a day past expiry, so an upload a moment too late still gets "expired".
            h.createUpdate("DELETE FROM publisher_tokens WHERE expires_at < :old").bind("old", Micros.of(now.minusSeconds(86_400))).execute();
        });
    }

    @Override
    public void insertToken(String id, List<String> publisherIds, String rootKey, String claimsJson, Instant created, Instant expires) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO publisher_tokens (id, publisher_id, publishers, root_key, claims, created_at, expires_at) "
                            + "VALUES (:id, :p, :all, :k, :c, :t, :e)")
                    .bind("id", id).bind("p", publisherIds.get(0)).bind("all", JSON.writeValueAsString(publisherIds))
                    .bind("k", rootKey).bind("c", claimsJson)
                    .bind("t", Micros.of(created)).bind("e", Micros.of(expires)).execute();
        });
    }

    @Override
    public Optional<PublisherTokenRow> token(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id AS token_id, t.publishers, t.root_key, t.claims, t.expires_at, p.* "
                        + "FROM publisher_tokens t JOIN trusted_publishers p ON p.id = t.publisher_id WHERE t.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new PublisherTokenRow(rs.getString("token_id"), PUBLISHER.map(rs, ctx),
                        strings(rs.getString("publishers")), rs.getString("root_key"), rs.getString("claims"),
                        Micros.toInstant(rs.getLong("expires_at"))))
                .findOne());
    }

    @Override
    public boolean deleteToken(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM publisher_tokens WHERE id = :id").bind("id", id).execute()) > 0;
    }

    private static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        JSON.readTree(json).forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }

    @Override
    public void logAttempt(long projectId, String issuerName, boolean accepted, Optional<String> publisherId,
                           String reason, Map<String, String> claims) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO publishing_attempts (project_id, at, issuer_name, accepted, "
                        + "publisher_id, reason, claims) VALUES (:p, :t, :i, :a, :pub, :r, :c)")
                .bind("p", projectId).bind("t", Micros.now()).bind("i", issuerName).bind("a", accepted)
                .bind("pub", publisherId.orElse(null)).bind("r", reason).bind("c", JSON.writeValueAsString(claims)).execute());
    }

    @Override
    public List<PublishingAttempt> attempts(long projectId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM publishing_attempts WHERE project_id = :p ORDER BY id DESC LIMIT :n")
                .bind("p", projectId).bind("n", limit)
                .map((rs, ctx) -> new PublishingAttempt(rs.getLong("id"), Micros.toInstant(rs.getLong("at")),
                        rs.getString("issuer_name"), rs.getBoolean("accepted"), Optional.ofNullable(rs.getString("publisher_id")),
                        rs.getString("reason"), claims(rs.getString("claims"))))
                .list());
    }

    private static Map<String, String> claims(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(json);
        for (var e : node.properties()) {
            out.put(e.getKey(), e.getValue().asString());
        }
        return out;
    }

    @Override
    public void setTrustedPublishingOnly(long projectId, boolean only) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE projects SET trusted_publishing_only = :o WHERE id = :p")
                .bind("o", only).bind("p", projectId).execute());
    }

    @Override
    public boolean trustedPublishingOnly(long projectId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT trusted_publishing_only FROM projects WHERE id = :p")
                .bind("p", projectId).mapTo(Boolean.class).findOne().orElse(false));
    }
}
