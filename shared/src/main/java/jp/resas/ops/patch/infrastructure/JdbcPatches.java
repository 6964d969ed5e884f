package jp.resas.ops.patch.infrastructure;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.patch.Patches;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** Patches in {@code patch_record} and {@code patch_finding}; lists newest applied first, keyset-paged on (applied_at, id). */
@Singleton
final class JdbcPatches implements Patches {

    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("applied_at"), Keyset.number("id"));
    private static final String SELECT = "SELECT p.*, ARRAY(SELECT finding_id FROM patch_finding f WHERE f.patch_id = p.id "
            + "ORDER BY finding_id) AS finding_ids FROM patch_record p";

    private final Sql sql;

    JdbcPatches(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(PatchRecord p) {
        long id = sql.queryOne("INSERT INTO patch_record (title, target, environment, applied_at, applied_by, "
                + "change_request_id, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                row -> row.getLong(1), p.title(), p.target(), p.environment(), p.appliedAt(), p.appliedBy(),
                p.changeRequestId(), p.note(), p.recordedBy(), p.recordedAt()).orElseThrow();
        for (long finding : p.findingIds()) {
            sql.update("INSERT INTO patch_finding (patch_id, finding_id) VALUES (?, ?)", id, finding);
        }
        return id;
    }

    @Override
    public Optional<PatchRecord> get(long id) {
        return sql.queryOne(SELECT + " WHERE p.id = ?", JdbcPatches::patch, id);
    }

    @Override
    public Optional<PatchRecord> lock(long id) {
        return sql.queryOne(SELECT + " WHERE p.id = ? FOR UPDATE OF p", JdbcPatches::patch, id);
    }

    @Override
    public boolean verify(long id, long version, String by, Instant at) {
        return sql.update("UPDATE patch_record SET verified_by = ?, verified_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND verified_at IS NULL", by, at, id, version) == 1;
    }

    @Override
    public boolean isChangeRequest(long ticketId) {
        return sql.queryOne("SELECT 1 FROM ticket WHERE id = ? AND kind = 'CHANGE_REQUEST'", row -> true, ticketId)
                .isPresent();
    }

    @Override
    public List<PatchRecord> appliedBetween(Instant from, Instant to) {
        return sql.query(SELECT + " WHERE p.applied_at >= ? AND p.applied_at < ? ORDER BY p.applied_at, p.id",
                JdbcPatches::patch, from, to);
    }

    /** A page of patches for the API and the portal: by environment, target text, the finding closed, verified or not. */
    Keyset.Page<PatchRecord> list(Optional<PatchRecord.Environment> environment, Optional<String> target,
            Optional<Long> finding, Optional<Boolean> verified, Keyset.Request page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        environment.ifPresent(e -> { where.append(" AND p.environment = ?"); params.add(e); });
        target.ifPresent(t -> {
            where.append(" AND p.target ILIKE ? ESCAPE '\\'");
            params.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        finding.ifPresent(f -> {
            where.append(" AND EXISTS (SELECT 1 FROM patch_finding pf WHERE pf.patch_id = p.id AND pf.finding_id = ?)");
            params.add(f);
        });
        verified.ifPresent(v -> where.append(v ? " AND p.verified_at IS NOT NULL" : " AND p.verified_at IS NULL"));
        return NEWEST_FIRST.page(sql, SELECT + where, JdbcPatches::patch, page, params.toArray());
    }

    static PatchRecord patch(ResultSet row) throws SQLException {
        long change = row.getLong("change_request_id");
        Long changeRequest = row.wasNull() ? null : change;
        Array array = row.getArray("finding_ids");
        List<Long> findings = Arrays.stream((Long[]) array.getArray()).toList();
        return new PatchRecord(row.getLong("id"), row.getString("title"), row.getString("target"),
                PatchRecord.Environment.valueOf(row.getString("environment")), Sql.instant(row, "applied_at"),
                row.getString("applied_by"), changeRequest, row.getString("note"), findings, row.getString("recorded_by"),
                Sql.instant(row, "recorded_at"), row.getString("verified_by"), Sql.instant(row, "verified_at"),
                row.getLong("version"));
    }
}
