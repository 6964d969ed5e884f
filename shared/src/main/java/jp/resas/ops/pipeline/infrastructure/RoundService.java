package jp.resas.ops.pipeline.infrastructure;

import jp.resas.ops.pipeline.RoundSummary;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.platform.jdbc.ColumnMap;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.ticket.ApprovalBinding;

/**
 * Update rounds (更新回, about five a year): the plan of which datasets are collected and published when,
 * approved by the owner (not by who planned it); each item's progress, and whether it slipped past its
 * publish-by date, for the weekly report.
 */
@Singleton
public class RoundService {

    /** One dataset of a planned round. */
    public record PlannedItem(String dataset, LocalDate collectOn, LocalDate publishBy) {
    }

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;

    RoundService(Sql sql, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long plan(String given, List<PlannedItem> items, Actor actor) {
        String name = given;
        if (name == null || name.isBlank() || items == null || items.isEmpty()) {
            throw new InvalidInputException(name == null || name.isBlank() ? "name" : "items", "更新回の名称と対象データセットは必須です。");
        }
        String checkedName = jp.resas.ops.common.Texts.required("name", name, 200);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlannedItem item : items) {
            if (item == null || item.dataset() == null || item.dataset().isBlank()) {
                throw new InvalidInputException("items", "items の各要素に dataset を指定してください。");
            }
            if (!seen.add(item.dataset())) {
                throw new InvalidInputException("items", "データセット「" + item.dataset() + "」が items に重複しています。");
            }
        }
        long id = sql.queryOne("INSERT INTO update_round (name, status, planned_by) VALUES (?, 'DRAFT', ?) "
                + "ON CONFLICT (name) DO NOTHING RETURNING id", row -> row.getLong(1), checkedName, actor.name())
                .orElseThrow(() -> new ConflictException("ROUND_EXISTS", "name", "更新回「" + checkedName + "」は既にあります。"));
        for (PlannedItem item : items) {
            if (item.collectOn() == null || item.publishBy() == null || item.publishBy().isBefore(item.collectOn())) {
                throw new InvalidInputException("items", "収集日と公開期限（収集日以降）を指定してください: " + item.dataset());
            }
            if (sql.queryOne("SELECT 1 FROM dataset WHERE id = ?", row -> 1, item.dataset()).isEmpty()) {
                throw new InvalidInputException("items", "データセット「" + item.dataset() + "」は登録されていません。");
            }
            sql.update("INSERT INTO update_round_item (round_id, dataset_id, collect_on, publish_by) VALUES (?, ?, ?, ?)",
                    id, item.dataset(), item.collectOn(), item.publishBy());
        }
        audit.append(new AuditEntry(actor.name(), "update_round.planned", "update_round", String.valueOf(id),
                Map.of("name", checkedName, "datasets", items.stream().map(PlannedItem::dataset).toList()), actor.source()));
        return id;
    }

    @Transactional
    public void approve(long id, Actor approver) {
        String plannedBy = sql.queryOne("SELECT planned_by FROM update_round WHERE id = ? FOR UPDATE", row -> row.getString(1), id)
                .orElseThrow(() -> new NotFoundException("更新回 " + id + " はありません。"));
        if (plannedBy.equals(approver.name())) {
            throw ApprovalBinding.refused("自分が計画した更新回は承認できません (職務分掌)。");
        }
        if (sql.update("UPDATE update_round SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE id = ? AND status = 'DRAFT'",
                approver.name(), clock.instant(), id) == 0) {
            throw new ConflictException("ALREADY_APPROVED", "id", "更新回 " + id + " は承認済みです。");
        }
        audit.append(new AuditEntry(approver.name(), "update_round.approved", "update_round", String.valueOf(id), Map.of(),
                approver.source()));
    }

    /** Rounds newest first, each with its datasets under {@code items} (progress and {@code slipped} per item). */
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        return grouped(rows("TRUE"));
    }

    /** One keyset page of {@link #rounds()}: the page's round ids are read in SQL, then their items. */
    @Transactional(readOnly = true)
    public Keyset.Page<RoundSummary> rounds(Keyset.Request request) {
        return rounds(java.util.Optional.empty(), request);
    }

    /** The same page narrowed to the rounds in {@code status} (DRAFT or APPROVED) when given. */
    @Transactional(readOnly = true)
    public Keyset.Page<RoundSummary> rounds(java.util.Optional<String> status, Keyset.Request request) {
        Keyset.Page<Long> ids = Keyset.descending(Keyset.number("id")).page(sql, "SELECT id FROM update_round"
                + (status.isPresent() ? " WHERE status = ?" : ""), row -> row.getLong("id"), request,
                status.map(s -> new Object[] {s}).orElse(new Object[0]));
        if (ids.items().isEmpty()) {
            return new Keyset.Page<>(List.of(), ids.nextCursor());
        }
        String in = ids.items().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return new Keyset.Page<>(grouped(rows("r.id IN (" + in + ")")), ids.nextCursor());
    }

    /** An approved round a run of a dataset may be started in: its id and name. */
    public record RunnableRound(long id, String name) {
    }

    /**
     * The approved rounds that plan {@code dataset}, newest first, at most {@code limit}: what the dataset page
     * offers to start a run in, read backwards from the dataset's items (V122 {@code update_round_item_by_dataset})
     * without the other rounds or any round's items.
     */
    @Transactional(readOnly = true)
    public List<RunnableRound> runnable(String dataset, int limit) {
        return sql.query("""
                SELECT r.id, r.name FROM update_round_item i JOIN update_round r ON r.id = i.round_id
                WHERE i.dataset_id = ? AND r.status = 'APPROVED'
                ORDER BY i.round_id DESC LIMIT ?""", row -> new RunnableRound(row.getLong("id"), row.getString("name")),
                dataset, limit);
    }

    /** One round per id, in the rows' order, its items in theirs. */
    private static List<RoundSummary> grouped(List<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> heads = new java.util.LinkedHashMap<>();
        Map<Object, List<RoundSummary.Item>> items = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            heads.putIfAbsent(row.get("id"), row);
            items.computeIfAbsent(row.get("id"), id -> new java.util.ArrayList<>()).add(new RoundSummary.Item(
                    (String) row.get("datasetId"), (String) row.get("collectOn"), (String) row.get("publishBy"),
                    (String) row.get("itemStatus"), (String) row.get("publishedOn"), Boolean.TRUE.equals(row.get("slipped"))));
        }
        return heads.entrySet().stream().map(e -> {
            Map<String, Object> r = e.getValue();
            return new RoundSummary(((Number) r.get("id")).longValue(), (String) r.get("name"), (String) r.get("status"),
                    (String) r.get("plannedBy"), (String) r.get("approvedBy"), (java.time.Instant) r.get("approvedAt"),
                    items.get(e.getKey()));
        }).toList();
    }

    /** {@code where}: a condition built here from numbers only, never from client text. */
    private List<Map<String, Object>> rows(String where) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        return sql.query("""
                SELECT r.id, r.name, r.status, r.planned_by, r.approved_by, r.approved_at, i.dataset_id, i.collect_on,
                       i.publish_by, i.status AS item_status, i.published_on,
                       (i.status <> 'PUBLISHED' AND i.publish_by < ?) AS slipped
                FROM update_round r JOIN update_round_item i ON i.round_id = r.id WHERE\s""" + where
                + " ORDER BY r.id DESC, i.collect_on, i.dataset_id",
                ColumnMap::row, today);
    }
}
