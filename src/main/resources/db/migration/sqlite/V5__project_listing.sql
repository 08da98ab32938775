-- The public pages: a project's summary on the project row, so search can match summaries with one
-- scan of projects (never of releases and their descriptions), and an index for "recently updated".
-- The summary is that of the project's newest release (by upload), set when a release is created.

ALTER TABLE projects ADD COLUMN summary TEXT;

UPDATE projects SET summary = (
    SELECT json_extract(r.metadata, '$.summary') FROM releases r
    WHERE r.project_id = projects.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1);

CREATE INDEX projects_last_serial ON projects (last_serial);
