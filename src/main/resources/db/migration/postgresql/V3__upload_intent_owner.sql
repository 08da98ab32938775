-- Which instance wrote each upload intent (the id in its data directory's instance-id file), so an
-- instance starting up cleans up after its own crashed uploads at once, but leaves the intents of
-- other instances sharing the database alone until they are old enough to be certainly dead.
-- Intents from before this column (one instance only) have none and count as the starter's own.

ALTER TABLE upload_intents ADD COLUMN instance_id TEXT;
