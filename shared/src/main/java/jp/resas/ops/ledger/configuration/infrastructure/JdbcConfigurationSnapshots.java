package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.ConfigurationSnapshots;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.MissingScope;
import jp.resas.ops.ledger.configuration.Snapshot;
import jp.resas.ops.ledger.configuration.SnapshotFilter;
import jp.resas.ops.ledger.configuration.SnapshotLink;
import jp.resas.ops.ledger.configuration.SnapshotSummary;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcConfigurationSnapshots implements ConfigurationSnapshots {

    private static final TypeReference<List<ConfiguredResource>> RESOURCES = new TypeReference<>() { };
    private static final TypeReference<List<MissingScope>> MISSING = new TypeReference<>() { };
    private static final String SUMMARY = "id, source, taken_at, taken_by, resource_count, missing::text AS missing, "
            + "previous_id, added, removed, changed";

    private final Sql sql;
    private final ObjectMapper json;

    JdbcConfigurationSnapshots(Sql sql, ObjectMapper json) {
        this.sql = sql;
        // ConfiguredResource.key() and ConfigurationDiff.isEmpty() are written for readers, not read back.
        this.json = json.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                false);
    }

    @Override
    public Optional<Snapshot> lockLatest(ConfigurationSource source) {
        sql.queryOne("SELECT pg_advisory_xact_lock(hashtext(?))", row -> 1, "configuration_snapshot:" + source.name());
        return sql.queryOne("SELECT id FROM configuration_snapshot WHERE source = ? ORDER BY id DESC LIMIT 1",
                row -> row.getLong(1), source).flatMap(this::find);
    }

    @Override
    public long insert(ConfigurationSource source, Instant takenAt, String takenBy, String digest,
            List<ConfiguredResource> resources, List<MissingScope> missing, Long previousId, ConfigurationDiff diff) {
        return sql.queryOne("""
                INSERT INTO configuration_snapshot (source, taken_at, taken_by, digest, resource_count, resources, missing,
                    previous_id, diff, added, removed, changed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), source, takenAt, takenBy, digest, resources.size(), write(resources),
                write(missing), previousId, write(diff), diff.added().size(), diff.removed().size(),
                diff.changed().size()).orElseThrow();
    }

    @Override
    public Optional<Snapshot> find(long id) {
        return sql.queryOne("SELECT id, source, taken_at, taken_by, digest, resources::text AS resources, "
                + "missing::text AS missing, previous_id, diff::text AS diff FROM configuration_snapshot WHERE id = ?",
                row -> new Snapshot(row.getLong("id"), ConfigurationSource.valueOf(row.getString("source")),
                        Sql.instant(row, "taken_at"), row.getString("taken_by"), row.getString("digest"),
                        read(row.getString("resources"), RESOURCES), read(row.getString("missing"), MISSING),
                        (Long) row.getObject("previous_id"), read(row.getString("diff"), ConfigurationDiff.class)), id);
    }

    @Override
    public List<SnapshotSummary> list(SnapshotFilter filter, Optional<Long> afterId, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        filter.source().ifPresent(s -> {
            where.append(" AND source = ?");
            params.add(s);
        });
        filter.from().ifPresent(from -> {
            where.append(" AND taken_at >= ?");
            params.add(from);
        });
        filter.until().ifPresent(until -> {
            where.append(" AND taken_at < ?");
            params.add(until);
        });
        if (filter.byScope()) {
            // a diff entry's key is "<scope> <stack>/<logicalId>" (or "<scope> <type>/<physicalId>"), its scope
            // "[<account>/]<api>:<region>": the snapshots that changed something of that account, region or stack
            where.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements((diff->'added') || (diff->'removed') || (diff->'changed'))"
                    + " e, LATERAL (SELECT split_part(e->>'key', ' ', 1) AS scope,"
                    + " split_part(split_part(e->>'key', ' ', 2), '/', 1) AS stack) k WHERE true");
            filter.account().ifPresent(a -> {
                where.append(" AND (CASE WHEN position('/' IN k.scope) > 0 THEN split_part(k.scope, '/', 1) ELSE '' END) = ?");
                params.add(a);
            });
            filter.region().ifPresent(r -> {
                where.append(" AND (CASE WHEN position(':' IN k.scope) > 0 THEN regexp_replace(k.scope, '^.*:', '')"
                        + " ELSE '' END) = ?");
                params.add(r);
            });
            filter.stack().ifPresent(st -> {
                where.append(" AND k.stack = ?");
                params.add(st);
            });
            where.append(")");
        }
        afterId.ifPresent(id -> {
            where.append(" AND id < ?");
            params.add(id);
        });
        params.add(limit);
        return sql.query("SELECT " + SUMMARY + " FROM configuration_snapshot" + where + " ORDER BY id DESC LIMIT ?",
                this::summary, params.toArray());
    }

    private SnapshotSummary summary(ResultSet row) throws SQLException {
        return new SnapshotSummary(row.getLong("id"), ConfigurationSource.valueOf(row.getString("source")),
                Sql.instant(row, "taken_at"), row.getString("taken_by"), row.getInt("resource_count"),
                read(row.getString("missing"), MISSING), (Long) row.getObject("previous_id"), row.getInt("added"),
                row.getInt("removed"), row.getInt("changed"));
    }

    @Override
    public boolean isChangeRequest(long ticketId) {
        return sql.queryOne("SELECT 1 FROM ticket WHERE id = ? AND kind = 'CHANGE_REQUEST'", row -> 1, ticketId).isPresent();
    }

    @Override
    public Optional<SnapshotLink> lockLink(long changeRequestId) {
        sql.queryOne("SELECT id FROM ticket WHERE id = ? FOR UPDATE", row -> 1, changeRequestId);
        return findLink(changeRequestId);
    }

    @Override
    public Optional<SnapshotLink> findLink(long changeRequestId) {
        return sql.queryOne("SELECT ticket_id, before_id, after_id, version FROM change_request_snapshot WHERE ticket_id = ?",
                row -> new SnapshotLink(row.getLong(1), (Long) row.getObject(2), (Long) row.getObject(3), row.getLong(4)),
                changeRequestId);
    }

    @Override
    public void saveLink(SnapshotLink link, String by, Instant at) {
        sql.update("""
                INSERT INTO change_request_snapshot (ticket_id, before_id, after_id, linked_by, linked_at, version)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET before_id = EXCLUDED.before_id, after_id = EXCLUDED.after_id,
                    linked_by = EXCLUDED.linked_by, linked_at = EXCLUDED.linked_at, version = EXCLUDED.version
                """, link.changeRequestId(), link.beforeId(), link.afterId(), by, at, link.version());
    }

    private Sql.Json write(Object value) {
        try {
            return new Sql.Json(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot JSON unreadable", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot JSON unreadable", e);
        }
    }
}
