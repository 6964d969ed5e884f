package jp.resas.ops.report.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportRecord;
import jp.resas.ops.report.Reports;

/** Reports on PostgreSQL; the version number is taken under a transaction lock on (kind, period). */
@Singleton
class JdbcReports implements Reports {

    private static final String COLUMNS = "id, kind, period, version, checksum, generated_by, generated_at, pdf_note, "
            + "accepted_by, accepted_at";

    private final Sql sql;

    JdbcReports(Sql sql) {
        this.sql = sql;
    }

    @Override
    public ReportRecord add(ReportKind kind, String period, String checksum, String generatedBy, Instant generatedAt,
            String pdfNote, List<ReportRecord.StoredFile> files) {
        sql.queryOne("SELECT pg_advisory_xact_lock(hashtext('report:' || ? || ':' || ?))", row -> 1, kind.name(), period);
        long id = sql.queryOne("INSERT INTO report (kind, period, version, checksum, generated_by, generated_at, pdf_note) "
                + "VALUES (?, ?, (SELECT coalesce(max(version), 0) + 1 FROM report WHERE kind = ? AND period = ?), ?, ?, ?, ?) "
                + "RETURNING id", row -> row.getLong(1), kind, period, kind, period, checksum, generatedBy, generatedAt,
                pdfNote).orElseThrow();
        for (ReportRecord.StoredFile f : files) {
            sql.update("INSERT INTO report_file (report_id, name, content_type, size, sha256, object_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, f.name(), f.contentType(), f.size(), f.sha256(), f.objectKey());
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ReportRecord> find(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM report WHERE id = ?", this::report, id);
    }

    @Override
    public List<ReportRecord> list(ReportKind kind, String period) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind);
        }
        if (period != null) {
            where.append(" AND period = ?");
            params.add(period);
        }
        return sql.query("SELECT " + COLUMNS + " FROM report" + where + " ORDER BY generated_at DESC, id DESC LIMIT 500",
                this::report, params.toArray());
    }

    @Override
    public void accept(long id, String acceptedBy, Instant at) {
        sql.update("UPDATE report SET accepted_by = ?, accepted_at = ? WHERE id = ?", acceptedBy, at, id);
    }

    private ReportRecord report(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return new ReportRecord(id, ReportKind.valueOf(row.getString("kind")), row.getString("period"),
                row.getInt("version"), row.getString("checksum"), row.getString("generated_by"),
                Sql.instant(row, "generated_at"), row.getString("pdf_note"), row.getString("accepted_by"),
                Sql.instant(row, "accepted_at"), sql.query("SELECT name, content_type, size, sha256, object_key "
                + "FROM report_file WHERE report_id = ? ORDER BY name", r -> new ReportRecord.StoredFile(
                r.getString("name"), r.getString("content_type"), r.getLong("size"), r.getString("sha256"),
                r.getString("object_key")), id));
    }
}
