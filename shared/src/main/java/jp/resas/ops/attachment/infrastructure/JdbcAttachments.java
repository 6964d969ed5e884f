package jp.resas.ops.attachment.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.Attachments;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAttachments implements Attachments {

    private static final String COLUMNS = "id, ticket_id, file_name, content_type, size_bytes, sha256, uploaded_by, "
            + "uploaded_at";

    private static final Keyset OLDEST_FIRST = Keyset.ascending(Keyset.number("id"));

    private final Sql sql;

    JdbcAttachments(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Attachment insert(Attachment a) {
        return sql.queryOne("""
                INSERT INTO ticket_attachment (ticket_id, file_name, content_type, size_bytes, sha256, object_key,
                                               uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING\s""" + COLUMNS, JdbcAttachments::attachment, a.ticketId(),
                a.fileName(), a.contentType(), a.size(), a.sha256(), a.objectKey(), a.uploadedBy(), a.uploadedAt())
                .orElseThrow();
    }

    @Override
    public List<Attachment> of(long ticketId) {
        return sql.query("SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = ? AND deleted_at IS NULL ORDER BY id",
                JdbcAttachments::attachment, ticketId);
    }

    /** A ticket's files not deleted, oldest first, one keyset page read in SQL. */
    Keyset.Page<Attachment> page(long ticketId, Keyset.Request request) {
        return OLDEST_FIRST.page(sql, "SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = ? "
                + "AND deleted_at IS NULL", JdbcAttachments::attachment, request, ticketId);
    }

    @Override
    public Optional<Attachment> find(long ticketId, long attachmentId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = ? AND id = ? "
                + "AND deleted_at IS NULL", JdbcAttachments::attachment, ticketId, attachmentId);
    }

    @Override
    public Usage ofTicket(long ticketId) {
        return sql.queryOne("SELECT count(*), coalesce(sum(size_bytes), 0) FROM ticket_attachment WHERE ticket_id = ? "
                + "AND deleted_at IS NULL", row -> new Usage(row.getInt(1), row.getLong(2)), ticketId).orElseThrow();
    }

    @Override
    public Usage ofUser(String user) {
        return sql.queryOne("SELECT count(*), coalesce(sum(size_bytes), 0) FROM ticket_attachment WHERE uploaded_by = ? "
                + "AND deleted_at IS NULL", row -> new Usage(row.getInt(1), row.getLong(2)), user).orElseThrow();
    }

    /** A transaction-scoped advisory lock on the user's name (released at commit or rollback). */
    @Override
    public void lockUser(String user) {
        sql.queryOne("SELECT pg_advisory_xact_lock(hashtextextended('ticket_attachment.uploaded_by:' || ?, 0))",
                row -> 1, user);
    }

    @Override
    public void lockObject(String key) {
        sql.queryOne("SELECT pg_advisory_xact_lock(hashtextextended('ticket_attachment.object_key:' || ?, 0))",
                row -> 1, key);
    }

    @Override
    public List<Deleted> deletedBefore(java.time.Instant deletedBefore, int limit) {
        return sql.query("SELECT " + COLUMNS + ", deleted_at FROM ticket_attachment WHERE deleted_at < ? "
                + "AND purged_at IS NULL ORDER BY deleted_at, id LIMIT ?",
                row -> new Deleted(attachment(row), Sql.instant(row, "deleted_at")), deletedBefore, limit);
    }

    @Override
    public boolean objectStillKept(String key, long exceptId, java.time.Instant deletedBefore) {
        return sql.queryOne("SELECT 1 FROM ticket_attachment WHERE object_key = ? AND id <> ? AND purged_at IS NULL "
                + "AND (deleted_at IS NULL OR deleted_at >= ?) LIMIT 1", row -> 1, key, exceptId, deletedBefore).isPresent();
    }

    @Override
    public void markPurged(long attachmentId, java.time.Instant at) {
        sql.update("UPDATE ticket_attachment SET purged_at = ? WHERE id = ? AND purged_at IS NULL", at, attachmentId);
    }

    @Override
    public void markDeleted(long attachmentId, String by, java.time.Instant at) {
        sql.update("UPDATE ticket_attachment SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL",
                at, by, attachmentId);
    }

    private static Attachment attachment(ResultSet row) throws SQLException {
        return new Attachment(row.getLong("id"), row.getLong("ticket_id"), row.getString("file_name"),
                row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("uploaded_by"), Sql.instant(row, "uploaded_at"));
    }
}
