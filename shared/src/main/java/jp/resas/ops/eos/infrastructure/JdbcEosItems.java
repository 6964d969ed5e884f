package jp.resas.ops.eos.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.eos.EosCategory;
import jp.resas.ops.eos.EosItem;
import jp.resas.ops.eos.EosItems;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** The calendar in {@code eos_item}; the API's list is soonest end first, keyset-paged on (ends_on, id). */
@Singleton
final class JdbcEosItems implements EosItems {

    private static final Keyset SOONEST_FIRST = Keyset.ascending(Keyset.text("ends_key"), Keyset.number("id"));
    private static final String SELECT = "SELECT *, ends_on::text AS ends_key FROM eos_item";

    private final Sql sql;

    JdbcEosItems(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<EosItem> get(long id) {
        return sql.queryOne(SELECT + " WHERE id = ?", JdbcEosItems::item, id);
    }

    @Override
    public Optional<EosItem> lock(long id) {
        return sql.queryOne(SELECT + " WHERE id = ? FOR UPDATE", JdbcEosItems::item, id);
    }

    @Override
    public long insert(EosItem i) {
        return sql.queryOne("INSERT INTO eos_item (system, category, name, product_version, ends_on, source_url, "
                + "reviewed_by, reviewed_at, note, runtime_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING "
                + "RETURNING id", row -> row.getLong(1), i.system(), i.category(), i.name(), i.productVersion(), i.endsOn(),
                i.sourceUrl(), i.reviewedBy(), i.reviewedAt(), i.note(), i.runtimeKey()).orElseThrow(() -> new jp.resas.ops.common.ConflictException(
                        "DUPLICATE", "name", i.label() + " は既に登録されています。"));
    }

    @Override
    public boolean update(EosItem i) {
        return sql.update("UPDATE eos_item SET system = ?, category = ?, name = ?, product_version = ?, ends_on = ?, "
                + "source_url = ?, reviewed_by = ?, reviewed_at = ?, reviewed = ?, note = ?, runtime_key = ?, updated_at = now(), "
                + "version = version + 1 WHERE id = ? AND version = ?", i.system(), i.category(), i.name(),
                i.productVersion(), i.endsOn(), i.sourceUrl(), i.reviewedBy(), i.reviewedAt(), i.reviewed(), i.note(),
                i.runtimeKey(), i.id(), i.version()) == 1;
    }

    @Override
    public void retire(long id, Instant at) {
        sql.update("UPDATE eos_item SET retired_at = ?, updated_at = now(), version = version + 1 WHERE id = ?", at, id);
    }

    @Override
    public List<EosItem> endingBy(LocalDate horizon) {
        return sql.query(SELECT + " WHERE retired_at IS NULL AND ends_on <= ? ORDER BY ends_on, id", JdbcEosItems::item,
                horizon);
    }

    @Override
    public List<EosItem> keyed() {
        return sql.query(SELECT + " WHERE retired_at IS NULL AND runtime_key IS NOT NULL ORDER BY id", JdbcEosItems::item);
    }

    /** A page of the calendar for the API and the portal; {@code retired} includes the items upgraded away. */
    Keyset.Page<EosItem> list(Optional<EosSystem> system, Optional<LocalDate> endingBy, boolean retired,
            Keyset.Request page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        system.ifPresent(s -> { where.append(" AND system = ?"); params.add(s); });
        endingBy.ifPresent(d -> { where.append(" AND ends_on <= ?"); params.add(d); });
        if (!retired) {
            where.append(" AND retired_at IS NULL");
        }
        return SOONEST_FIRST.page(sql, SELECT + where, JdbcEosItems::item, page, params.toArray());
    }

    static EosItem item(ResultSet row) throws SQLException {
        return new EosItem(row.getLong("id"), EosSystem.valueOf(row.getString("system")),
                EosCategory.valueOf(row.getString("category")), row.getString("name"), row.getString("product_version"),
                row.getObject("ends_on", LocalDate.class), row.getString("source_url"), row.getString("reviewed_by"),
                Sql.instant(row, "reviewed_at"), row.getBoolean("reviewed"), row.getString("note"), Sql.instant(row, "retired_at"),
                row.getLong("version"), row.getString("runtime_key"));
    }
}
