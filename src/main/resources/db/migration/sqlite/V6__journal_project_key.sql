-- The journal keeps each moment's display name of the project ("My.Project", later "my_project");
-- a project's history is every entry whose name normalizes to the project's. The normalized name
-- is stored beside it, so that history is one index range instead of a scan of the whole journal.
ALTER TABLE journal ADD COLUMN project_key TEXT;

-- PEP 503 normalization of the valid names already stored: lower case, each run of '-', '_', '.'
-- one '-'. SQLite has no regexp_replace: separators become '-' and runs are halved until one is left
-- (names are at most a few hundred characters; eight rounds collapse runs of up to 256).
UPDATE journal SET project_key =
    replace(replace(replace(replace(replace(replace(replace(replace(
        lower(replace(replace(project_name, '_', '-'), '.', '-')),
    '--', '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-');

CREATE INDEX journal_project_key ON journal (project_key, id);
