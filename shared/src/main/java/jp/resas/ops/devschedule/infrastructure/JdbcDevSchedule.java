package jp.resas.ops.devschedule.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.devschedule.DevItem;
import jp.resas.ops.devschedule.DevItemKind;
import jp.resas.ops.devschedule.DevSchedule;
import jp.resas.ops.devschedule.DevStatus;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.MilestoneDates;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcDevSchedule implements DevSchedule {

    private static final String ITEM = "SELECT id, name, kind, description, status, progress, milestones::text AS ms, "
            + "change_requests::text AS crs, updated_by, updated_at, version FROM dev_item ";
    private static final TypeReference<Map<String, Map<String, String>>> DATES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> PLAN = new TypeReference<>() { };
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() { };

    private final Sql sql;
    private final ObjectMapper json;

    JdbcDevSchedule(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public long insert(DevItem i) {
        return sql.queryOne("""
                INSERT INTO dev_item (name, kind, description, status, progress, milestones, change_requests, updated_by,
                    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), i.name(), i.kind(), i.description(), i.status(), i.progress(),
                dates(i.milestones()), write(i.changeRequests()), i.updatedBy(), i.updatedAt()).orElseThrow();
    }

    @Override
    public Optional<DevItem> find(long id) {
        return sql.queryOne(ITEM + "WHERE id = ?", this::item, id);
    }

    @Override
    public Optional<DevItem> lock(long id) {
        return sql.queryOne(ITEM + "WHERE id = ? FOR UPDATE", this::item, id);
    }

    @Override
    public void save(DevItem i) {
        sql.update("""
                UPDATE dev_item SET name = ?, kind = ?, description = ?, status = ?, progress = ?, milestones = ?,
                    change_requests = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?
                """, i.name(), i.kind(), i.description(), i.status(), i.progress(), dates(i.milestones()),
                write(i.changeRequests()), i.updatedBy(), i.updatedAt(), i.id());
    }

    @Override
    public void keepPlan(long itemId, Map<Milestone, LocalDate> planned, String actor, Instant at) {
        Map<String, String> plan = new LinkedHashMap<>();
        planned.forEach((m, d) -> plan.put(m.name(), d == null ? null : d.toString()));
        sql.update("INSERT INTO dev_item_plan (item_id, at, actor, milestones) VALUES (?, ?, ?, ?)", itemId, at, actor,
                write(plan));
    }

    @Override
    public Optional<Map<Milestone, LocalDate>> planAt(long itemId, Instant at) {
        return sql.queryOne("SELECT milestones::text AS ms FROM dev_item_plan WHERE item_id = ? AND at <= ? "
                + "ORDER BY at DESC, id DESC LIMIT 1", row -> {
                    Map<Milestone, LocalDate> plan = new EnumMap<>(Milestone.class);
                    read(row.getString("ms"), PLAN).forEach((m, d) -> plan.put(Milestone.valueOf(m),
                            d == null ? null : LocalDate.parse(d)));
                    return plan;
                }, itemId, at);
    }

    @Override
    public List<DevItem> all() {
        return sql.query(ITEM + "ORDER BY name, id", this::item);
    }

    @Override
    public List<Long> unknownChangeRequests(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> known = sql.query("SELECT id FROM ticket WHERE kind = 'CHANGE_REQUEST' AND id IN ("
                + String.join(",", ids.stream().map(id -> "?").toList()) + ")", row -> row.getLong(1), ids.toArray());
        List<Long> unknown = new ArrayList<>(ids);
        unknown.removeAll(known);
        return unknown;
    }

    private DevItem item(ResultSet row) throws SQLException {
        Map<Milestone, MilestoneDates> ms = new EnumMap<>(Milestone.class);
        read(row.getString("ms"), DATES).forEach((m, d) -> ms.put(Milestone.valueOf(m),
                new MilestoneDates(date(d.get("planned")), date(d.get("actual")))));
        return new DevItem(row.getLong("id"), row.getString("name"), DevItemKind.valueOf(row.getString("kind")),
                row.getString("description"), DevStatus.valueOf(row.getString("status")), row.getInt("progress"), ms,
                read(row.getString("crs"), IDS), row.getString("updated_by"), Sql.instant(row, "updated_at"),
                row.getLong("version"));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private Sql.Json dates(Map<Milestone, MilestoneDates> ms) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        ms.forEach((m, d) -> {
            Map<String, String> dates = new LinkedHashMap<>();
            dates.put("planned", d.planned() == null ? null : d.planned().toString());
            dates.put("actual", d.actual() == null ? null : d.actual().toString());
            out.put(m.name(), dates);
        });
        return write(out);
    }

    private Sql.Json write(Object value) {
        try {
            return new Sql.Json(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON", e);
        }
    }
}
