-- Times are microseconds since the epoch (UTC) in BIGINT columns, the same in both dialects.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,
    name_key      TEXT    NOT NULL UNIQUE,
    email         TEXT    NOT NULL,
    password_hash TEXT,
    is_admin      INTEGER NOT NULL DEFAULT 0,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    BIGINT  NOT NULL
);

CREATE TABLE api_tokens (
    id           TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    description  TEXT    NOT NULL,
    root_key     TEXT    NOT NULL,
    projects     TEXT,
    created_at   BIGINT  NOT NULL,
    expires_at   BIGINT,
    last_used_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE projects (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL,
    normalized_name  TEXT    NOT NULL UNIQUE,
    created_at       BIGINT  NOT NULL,
    last_serial      BIGINT  NOT NULL DEFAULT 0,
    total_size       BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE project_roles (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('Owner', 'Maintainer')),
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_roles_user ON project_roles (user_id);

CREATE TABLE releases (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id        INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    version           TEXT    NOT NULL,
    canonical_version TEXT    NOT NULL,
    created_at        BIGINT  NOT NULL,
    yanked            INTEGER NOT NULL DEFAULT 0,
    yanked_reason     TEXT,
    requires_python   TEXT,
    metadata          TEXT    NOT NULL,
    UNIQUE (project_id, canonical_version)
);

CREATE TABLE files (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    release_id          INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    project_id          INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    filename            TEXT    NOT NULL UNIQUE,
    packagetype         TEXT    NOT NULL,
    python_version      TEXT    NOT NULL,
    comment_text        TEXT,
    size                BIGINT  NOT NULL,
    md5_digest          TEXT    NOT NULL UNIQUE,
    sha256_digest       TEXT    NOT NULL UNIQUE,
    blake2_256_digest   TEXT    NOT NULL UNIQUE,
    path                TEXT    NOT NULL UNIQUE,
    upload_time         BIGINT  NOT NULL,
    uploaded_via        TEXT,
    metadata_sha256     TEXT,
    metadata_blake2_256 TEXT,
    uploader_user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    uploader_token_id   TEXT
);
CREATE INDEX files_project ON files (project_id);
CREATE INDEX files_release ON files (release_id);
CREATE UNIQUE INDEX files_one_sdist_per_release ON files (release_id) WHERE packagetype = 'sdist';

-- Every filename ever stored, kept after deletes, so a deleted filename can never come back
-- with other bytes.
CREATE TABLE filename_registry (
    filename TEXT PRIMARY KEY
);

-- The change log; its id is the serial that simple pages and the JSON API report.
CREATE TABLE journal (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    project_name TEXT    NOT NULL,
    version      TEXT,
    filename     TEXT,
    action       TEXT    NOT NULL,
    submitted_by TEXT,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX journal_project ON journal (project_name);

-- Blobs written to storage whose database row is not committed yet; start-up removes the
-- ones a crash left behind.
CREATE TABLE upload_intents (
    path       TEXT   PRIMARY KEY,
    created_at BIGINT NOT NULL
);
