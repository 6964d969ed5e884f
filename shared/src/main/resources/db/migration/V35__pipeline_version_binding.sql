-- Issue 11: a version holds exactly one collected source, and an approval binds one version's content.
-- Every collection makes a new version (its own partition, its own raw objects and chunk outcomes), so a
-- redriven or restarted run that collects again can never mix chunks of two files; the approval records
-- the version and its content digest, and publishing verifies both before it switches.

-- A run may have had several versions (one per collection); at most one is open (loading or staged).
ALTER TABLE dataset_version DROP CONSTRAINT dataset_version_run_id_key;
CREATE UNIQUE INDEX dataset_version_one_open_per_run ON dataset_version (run_id) WHERE status IN ('LOADING', 'STAGED');
ALTER TABLE dataset_version
    ADD COLUMN collected_by  TEXT,     -- the execution that collected it
    ADD COLUMN chunks        INTEGER,  -- chunks planned by the collection; validation needs every one
    ADD COLUMN source_sha256 TEXT,     -- the raw objects' SHA-256, in part order
    ADD COLUMN digest        TEXT;     -- SHA-256 of (version, sources, chunks, observations): what an approval binds

-- Raw objects and chunk outcomes belong to the version their collection made.
ALTER TABLE raw_object ADD COLUMN version_id BIGINT REFERENCES dataset_version (id);
UPDATE raw_object r SET version_id = p.version_id FROM pipeline_run p WHERE p.id = r.run_id;
ALTER TABLE raw_object DROP CONSTRAINT raw_object_pkey;
CREATE UNIQUE INDEX raw_object_by_version ON raw_object (version_id, part);
CREATE INDEX raw_object_by_key ON raw_object (object_key);

ALTER TABLE pipeline_chunk ADD COLUMN version_id BIGINT REFERENCES dataset_version (id);
UPDATE pipeline_chunk c SET version_id = p.version_id FROM pipeline_run p WHERE p.id = c.run_id;
ALTER TABLE pipeline_chunk DROP CONSTRAINT pipeline_chunk_pkey;
CREATE UNIQUE INDEX pipeline_chunk_by_version ON pipeline_chunk (version_id, chunk);

-- The version (and its digest) the recorded decision was taken on; who runs the execution (local: pid).
ALTER TABLE pipeline_run
    ADD COLUMN decided_version_id BIGINT REFERENCES dataset_version (id),
    ADD COLUMN decided_digest     TEXT,
    ADD COLUMN execution          TEXT,   -- the execution driving the run now; a superseded one changes nothing
    ADD COLUMN executor           TEXT;   -- who runs that execution (local: process id and start), to find lost ones
UPDATE pipeline_run r SET decided_version_id = r.version_id WHERE r.decided_by IS NOT NULL;
