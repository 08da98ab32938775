-- Accounts for the web UI: sessions shared by every instance, a second factor, login throttling,
-- the security history, and the instance settings an admin may change at run time.

-- TOTP: the shared secret (Base32) once confirmed, and the last accepted time step, so a code is
-- never accepted twice.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

-- One-time recovery codes, stored as SHA-256 hashes; a used code keeps its row with used_at.
CREATE TABLE recovery_codes (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT    NOT NULL,
    used_at   BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

-- Browser sessions. The cookie carries a random id; only its SHA-256 is stored, so a copy of the
-- database does not hold live session ids. A session without a user is an anonymous visitor who
-- was shown a form (it carries the CSRF token); pending_user_id is a user who gave the right
-- password and still owes the second factor.
CREATE TABLE web_sessions (
    id_hash         TEXT    PRIMARY KEY,
    user_id         INTEGER REFERENCES users (id) ON DELETE CASCADE,
    pending_user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    csrf_token      TEXT    NOT NULL,
    flash           TEXT,
    created_at      BIGINT  NOT NULL,
    last_seen_at    BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL
);
CREATE INDEX web_sessions_user ON web_sessions (user_id);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- Failed sign-ins by subject ("user:<name>" or "address:<ip>"), counted over a sliding window.
CREATE TABLE login_failures (
    subject   TEXT   NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures (subject, failed_at);

-- The security history: what happened to an account or a project, and who or what did it.
CREATE TABLE security_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    project_key TEXT,
    kind        TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    detail      TEXT    NOT NULL,
    address     TEXT,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX security_events_user ON security_events (user_id, id);
CREATE INDEX security_events_project ON security_events (project_key, id);

-- Settings an admin changes in the web UI (e.g. whether anyone may register); they override the
-- start-up configuration and are shared by every instance.
CREATE TABLE instance_settings (
    name       TEXT   PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_by TEXT,
    updated_at BIGINT NOT NULL
);
