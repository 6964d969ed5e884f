-- Attachment retention (issue 9): a deleted file's stored object is removed when its retention ends
-- (resas.attachments.retention-days after the deletion); the row stays as the record that it existed,
-- marked purged. Files not deleted are kept with their ticket.
ALTER TABLE ticket_attachment
    ADD COLUMN purged_at TIMESTAMPTZ,
    ADD CHECK (purged_at IS NULL OR deleted_at IS NOT NULL);
-- The purge finds files deleted before a time and not yet purged; it checks whether other files share an object.
CREATE INDEX ticket_attachment_to_purge ON ticket_attachment (deleted_at) WHERE purged_at IS NULL AND deleted_at IS NOT NULL;
CREATE INDEX ticket_attachment_by_object ON ticket_attachment (object_key) WHERE purged_at IS NULL;
