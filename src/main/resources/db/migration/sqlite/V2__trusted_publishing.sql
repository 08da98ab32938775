-- Trusted publishing: publishers, their projects, pending publishers, used token ids, minted
-- upload tokens, the per-project log of exchange attempts, and who published each file.

ALTER TABLE projects ADD COLUMN trusted_publishing_only INTEGER NOT NULL DEFAULT 0;

CREATE TABLE trusted_publishers (
    id          TEXT    PRIMARY KEY,
    issuer_name TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    spec        TEXT    NOT NULL,
    spec_key    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    UNIQUE (issuer_name, spec_key)
);

CREATE TABLE project_publishers (
    project_id   INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    publisher_id TEXT    NOT NULL REFERENCES trusted_publishers (id) ON DELETE CASCADE,
    added_at     BIGINT  NOT NULL,
    added_by     TEXT    NOT NULL,
    PRIMARY KEY (project_id, publisher_id)
);
CREATE INDEX project_publishers_publisher ON project_publishers (publisher_id);

CREATE TABLE pending_publishers (
    id              TEXT    PRIMARY KEY,
    project_name    TEXT    NOT NULL,
    normalized_name TEXT    NOT NULL,
    issuer_name     TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    spec            TEXT    NOT NULL,
    spec_key        TEXT    NOT NULL,
    added_by        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      BIGINT  NOT NULL,
    UNIQUE (issuer_name, spec_key)
);
CREATE INDEX pending_publishers_user ON pending_publishers (added_by);
CREATE INDEX pending_publishers_created ON pending_publishers (created_at);

-- OIDC token ids already exchanged, kept until the token could no longer be accepted anyway;
-- shared by every instance, so a token is exchanged once across all of them.
CREATE TABLE used_token_ids (
    issuer_url TEXT   NOT NULL,
    jti        TEXT   NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (issuer_url, jti)
);
CREATE INDEX used_token_ids_expiry ON used_token_ids (expires_at);

CREATE TABLE publisher_tokens (
    id           TEXT   PRIMARY KEY,
    publisher_id TEXT   NOT NULL REFERENCES trusted_publishers (id) ON DELETE CASCADE,
    publishers   TEXT   NOT NULL,
    root_key     TEXT   NOT NULL,
    claims       TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX publisher_tokens_expiry ON publisher_tokens (expires_at);

CREATE TABLE publishing_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id   INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    at           BIGINT  NOT NULL,
    issuer_name  TEXT    NOT NULL,
    accepted     INTEGER NOT NULL,
    publisher_id TEXT,
    reason       TEXT    NOT NULL,
    claims       TEXT    NOT NULL
);
CREATE INDEX publishing_attempts_project ON publishing_attempts (project_id, at);

ALTER TABLE files ADD COLUMN publisher_id TEXT;
ALTER TABLE files ADD COLUMN publisher_claims TEXT;
