package jp.resas.ops.ledger.asset.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.ledger.asset.Asset;
import jp.resas.ops.ledger.asset.AssetCursor;
import jp.resas.ops.ledger.asset.AssetInput;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.AssetOrigin;
import jp.resas.ops.ledger.asset.AssetPage;
import jp.resas.ops.ledger.asset.AssetQuery;
import jp.resas.ops.ledger.asset.AssetStatus;
import jp.resas.ops.ledger.asset.Assets;
import jp.resas.ops.ledger.asset.DiscoveredAsset;
import jp.resas.ops.ledger.asset.Terms;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAssets implements Assets {

    private static final String COLUMNS = "id, kind, asset_key, name, origin, scope, owner, status, starts_on, ends_on, "
            + "software_version, provider, cost, cost_unit, renewal_on, notice_days, permitted_use, "
            + "attributes::text AS attributes, notes, last_seen_at, created_at, updated_at, version, "
            + "ARRAY(SELECT ticket_id FROM asset_change_request c WHERE c.asset_id = asset.id ORDER BY ticket_id) "
            + "AS change_requests";
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };

    private final Sql sql;
    private final ObjectMapper json;

    JdbcAssets(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public long insert(AssetInput a, String key, AssetOrigin origin, Instant at) {
        Terms t = a.terms();
        long id = sql.queryOne("""
                INSERT INTO asset (kind, asset_key, name, origin, owner, status, starts_on, ends_on, software_version,
                    provider, cost, cost_unit, renewal_on, notice_days, permitted_use, notes, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), a.kind(), key, a.name(), origin, a.owner(), a.status(), a.startsOn(),
                a.endsOn(), a.softwareVersion(), t.provider(), t.cost(), t.costUnit(), t.renewalOn(), t.noticeDays(),
                t.permittedUse(), a.notes(), at, at).orElseThrow();
        link(id, a.changeRequests());
        return id;
    }

    @Override
    public void update(long id, AssetInput a, String key, Instant at) {
        Terms t = a.terms();
        sql.update("""
                UPDATE asset SET asset_key = ?, name = ?, owner = ?, status = ?, starts_on = ?, ends_on = ?,
                    software_version = ?, provider = ?, cost = ?, cost_unit = ?, renewal_on = ?, notice_days = ?,
                    permitted_use = ?, notes = ?, updated_at = ?, version = version + 1
                WHERE id = ?
                """, key, a.name(), a.owner(), a.status(), a.startsOn(), a.endsOn(), a.softwareVersion(),
                t.provider(), t.cost(), t.costUnit(), t.renewalOn(), t.noticeDays(), t.permittedUse(), a.notes(), at, id);
        sql.update("DELETE FROM asset_change_request WHERE asset_id = ?", id);
        link(id, a.changeRequests());
    }

    private void link(long id, List<Long> tickets) {
        tickets.stream().distinct().forEach(ticket -> sql.update(
                "INSERT INTO asset_change_request (asset_id, ticket_id) VALUES (?, ?)", id, ticket));
    }

    @Override
    public Optional<Asset> find(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM asset WHERE id = ?", this::asset, id);
    }

    @Override
    public Optional<Asset> lock(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM asset WHERE id = ? FOR UPDATE", this::asset, id);
    }

    @Override
    public Optional<Asset> lockByKey(AssetKind kind, String key) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM asset WHERE kind = ? AND asset_key = ? FOR UPDATE",
                this::asset, kind, key);
    }

    @Override
    public AssetPage list(AssetQuery query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        query.kind().ifPresent(kind -> {
            where.append(" AND kind = ?");
            params.add(kind);
        });
        query.status().ifPresent(status -> {
            where.append(" AND status = ?");
            params.add(status);
        });
        query.owner().ifPresent(owner -> {
            where.append(" AND owner = ?");
            params.add(owner);
        });
        query.text().ifPresent(text -> {
            where.append(" AND (name ILIKE ? OR asset_key ILIKE ? OR coalesce(notes, '') ILIKE ?)");
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        });
        query.endsBefore().ifPresent(day -> {
            where.append(" AND least(ends_on, renewal_on) < ?");
            params.add(day);
        });
        query.after().ifPresent(cursor -> {
            where.append(" AND id > ?");
            params.add(cursor.afterId());
        });
        params.add(query.limit() + 1);
        List<Asset> rows = sql.query("SELECT " + COLUMNS + " FROM asset" + where + " ORDER BY id LIMIT ?", this::asset,
                params.toArray());
        if (rows.size() <= query.limit()) {
            return new AssetPage(rows, Optional.empty());
        }
        List<Asset> page = rows.subList(0, query.limit());
        return new AssetPage(page, Optional.of(new AssetCursor(page.get(page.size() - 1).id())));
    }

    @Override
    public List<Long> notChangeRequests(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> found = sql.query("SELECT id FROM ticket WHERE kind = 'CHANGE_REQUEST' AND id = ANY (?)",
                row -> row.getLong(1), (Object) ids.toArray(Long[]::new));
        return ids.stream().filter(id -> !found.contains(id)).distinct().sorted().toList();
    }

    @Override
    public long insertDiscovered(DiscoveredAsset a, Instant at) {
        return sql.queryOne("""
                INSERT INTO asset (kind, asset_key, name, origin, scope, status, ends_on, software_version, attributes,
                    last_seen_at, created_at, updated_at)
                VALUES (?, ?, ?, 'DISCOVERY', ?, 'ACTIVE', ?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), a.kind(), a.key(), a.name(), a.scope(), a.endsOn(), a.softwareVersion(),
                write(a.attributes()), at, at, at).orElseThrow();
    }

    @Override
    public void refreshDiscovered(long id, DiscoveredAsset a, Instant at) {
        sql.update("""
                UPDATE asset SET name = ?, scope = ?, ends_on = ?, software_version = ?, attributes = ?, last_seen_at = ?,
                    status = CASE WHEN status = 'GONE' THEN 'ACTIVE' ELSE status END,
                    updated_at = ?, version = version + 1
                WHERE id = ?
                """, a.name(), a.scope(), a.endsOn(), a.softwareVersion(), write(a.attributes()), at, at, id);
    }

    @Override
    public List<String> markGone(String scope, Collection<String> seen, Instant at) {
        return sql.query("""
                UPDATE asset SET status = 'GONE', updated_at = ?, version = version + 1
                WHERE origin = 'DISCOVERY' AND scope = ? AND status = 'ACTIVE' AND NOT (asset_key = ANY (?))
                RETURNING asset_key
                """, row -> row.getString(1), at, scope, seen.toArray(String[]::new));
    }

    @Override
    public List<Asset> ending(LocalDate until) {
        return sql.query("SELECT " + COLUMNS + " FROM asset WHERE status = 'ACTIVE' "
                + "AND kind IN ('DOMAIN', 'CERTIFICATE', 'LICENCE', 'CONTRACT') "
                + "AND least(ends_on, renewal_on - coalesce(notice_days, 0)) <= ? ORDER BY id", this::asset, until);
    }

    private Asset asset(ResultSet row) throws SQLException {
        Long[] tickets = (Long[]) row.getArray("change_requests").getArray();
        Integer notice = row.getObject("notice_days") == null ? null : row.getInt("notice_days");
        return new Asset(row.getLong("id"), AssetKind.valueOf(row.getString("kind")), row.getString("asset_key"),
                row.getString("name"), AssetOrigin.valueOf(row.getString("origin")), row.getString("scope"),
                row.getString("owner"), AssetStatus.valueOf(row.getString("status")),
                row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
                row.getString("software_version"),
                new Terms(row.getString("provider"), row.getBigDecimal("cost"), row.getString("cost_unit"),
                        row.getObject("renewal_on", LocalDate.class), notice, row.getString("permitted_use")),
                read(row.getString("attributes")), row.getString("notes"), List.of(tickets),
                Sql.instant(row, "last_seen_at"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                row.getLong("version"));
    }

    private Map<String, String> read(String stored) {
        try {
            return json.readValue(stored, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("asset.attributes is not a string → string object", e);
        }
    }

    private Sql.Json write(Map<String, String> attributes) {
        try {
            return new Sql.Json(json.writeValueAsString(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("asset attributes are not serialisable", e);
        }
    }
}
