-- Attachments can be deleted by their uploader or an operator (issue 9): the row and the object stay
-- until the retention period ends; deleted files leave lists, downloads and quotas.
ALTER TABLE ticket_attachment
    ADD COLUMN deleted_at TIMESTAMPTZ,
    ADD COLUMN deleted_by TEXT,
    ADD CHECK ((deleted_at IS NULL) = (deleted_by IS NULL));
-- The per-user quota sums a user's files.
CREATE INDEX ticket_attachment_by_uploader ON ticket_attachment (uploaded_by) WHERE deleted_at IS NULL;
