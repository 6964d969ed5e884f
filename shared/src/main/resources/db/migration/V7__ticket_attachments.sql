-- Files attached to tickets (問合せの添付). The bytes live in the attachment store (S3 in AWS, a
-- directory on one machine) under object_key = 'sha256/' || sha256, written before this row, so every
-- row has its object; an object without a row is at most a leftover of a failed upload.

CREATE TABLE ticket_attachment (
    id            BIGSERIAL   PRIMARY KEY,
    ticket_id     BIGINT      NOT NULL REFERENCES ticket (id),
    file_name     TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type  TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    object_key    TEXT        NOT NULL CHECK (object_key = 'sha256/' || sha256),
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX ticket_attachment_by_ticket ON ticket_attachment (ticket_id, id);
