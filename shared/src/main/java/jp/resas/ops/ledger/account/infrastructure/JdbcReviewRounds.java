package jp.resas.ops.ledger.account.infrastructure;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.ledger.account.AccountFlag;
import jp.resas.ops.ledger.account.Decision;
import jp.resas.ops.ledger.account.ReviewItem;
import jp.resas.ops.ledger.account.ReviewRound;
import jp.resas.ops.ledger.account.ReviewRounds;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcReviewRounds implements ReviewRounds {

    private static final String ROUND = "r.id, r.title, r.started_by, r.started_at, r.sla_business_hours, r.due_at, r.status, "
            + "r.completed_by, r.completed_at, r.version, "
            + "(SELECT count(*) FROM account_review_item i WHERE i.round_id = r.id) AS accounts, "
            + "(SELECT count(*) FROM account_review_item i WHERE i.round_id = r.id AND i.decision IS NOT NULL) AS decided";
    private static final String ITEM = "i.id AS item_id, i.round_id, i.flags, i.due_at AS item_due_at, i.decision, i.note, "
            + "i.decided_by, i.decided_at, i.version AS item_version, " + JdbcAccounts.COLUMNS;

    private static final jp.resas.ops.platform.jdbc.Keyset ITEMS = jp.resas.ops.platform.jdbc.Keyset.ascending(
            jp.resas.ops.platform.jdbc.Keyset.number("unflagged"), jp.resas.ops.platform.jdbc.Keyset.instant("item_due_at"),
            jp.resas.ops.platform.jdbc.Keyset.text("system"), jp.resas.ops.platform.jdbc.Keyset.text("account_key"),
            jp.resas.ops.platform.jdbc.Keyset.number("item_id"));

    private final Sql sql;
    private final JdbcAccounts accounts;

    JdbcReviewRounds(Sql sql, JdbcAccounts accounts) {
        this.sql = sql;
        this.accounts = accounts;
    }

    @Override
    public long insertRound(String title, String startedBy, Instant startedAt, int slaBusinessHours, Instant dueAt) {
        return sql.queryOne("""
                INSERT INTO account_review_round (title, started_by, started_at, sla_business_hours, due_at, status)
                VALUES (?, ?, ?, ?, ?, 'OPEN') RETURNING id
                """, row -> row.getLong(1), title, startedBy, startedAt, slaBusinessHours, dueAt).orElseThrow();
    }

    @Override
    public void insertItem(long roundId, long accountId, List<AccountFlag> flags, Instant dueAt) {
        sql.update("INSERT INTO account_review_item (round_id, account_id, flags, due_at) VALUES (?, ?, ?, ?)",
                roundId, accountId, flags.stream().map(Enum::name).toArray(String[]::new), dueAt);
    }

    @Override
    public Optional<ReviewRound> find(long roundId) {
        return sql.queryOne("SELECT " + ROUND + " FROM account_review_round r WHERE r.id = ?", JdbcReviewRounds::round, roundId);
    }

    @Override
    public Optional<ReviewRound> lock(long roundId) {
        sql.queryOne("SELECT id FROM account_review_round WHERE id = ? FOR UPDATE", row -> 1, roundId);
        return find(roundId);
    }

    @Override
    public List<ReviewRound> list(Optional<Long> afterId, int limit) {
        return afterId.isPresent()
                ? sql.query("SELECT " + ROUND + " FROM account_review_round r WHERE r.id < ? ORDER BY r.id DESC LIMIT ?",
                        JdbcReviewRounds::round, afterId.get(), limit)
                : sql.query("SELECT " + ROUND + " FROM account_review_round r ORDER BY r.id DESC LIMIT ?",
                        JdbcReviewRounds::round, limit);
    }

    @Override
    public List<ReviewItem> items(long roundId) {
        return sql.query("SELECT " + ITEM + " FROM account_review_item i JOIN review_account a ON a.id = i.account_id "
                + "WHERE i.round_id = ? ORDER BY cardinality(i.flags) = 0, i.due_at, a.system, a.account_key", this::item, roundId);
    }

    @Override
    public Optional<ReviewItem> lockItem(long roundId, long itemId) {
        return sql.queryOne("SELECT " + ITEM + " FROM account_review_item i JOIN review_account a ON a.id = i.account_id "
                + "WHERE i.round_id = ? AND i.id = ? FOR UPDATE OF i", this::item, roundId, itemId);
    }

    @Override
    public void decide(long itemId, Decision decision, String note, String by, Instant at) {
        sql.update("UPDATE account_review_item SET decision = ?, note = ?, decided_by = ?, decided_at = ?, version = version + 1 "
                + "WHERE id = ?", decision, note, by, at, itemId);
        sql.update("INSERT INTO account_review_decision (item_id, round_id, decision, note, decided_by, decided_at) "
                + "SELECT id, round_id, ?, ?, ?, ? FROM account_review_item WHERE id = ?", decision, note, by, at, itemId);
        sql.update("UPDATE account_review_round SET version = version + 1 WHERE id = (SELECT round_id FROM "
                + "account_review_item WHERE id = ?)", itemId);
    }

    @Override
    public Set<String> deciders(long roundId) {
        return new HashSet<>(sql.query("SELECT DISTINCT decided_by FROM account_review_decision WHERE round_id = ?",
                row -> row.getString(1), roundId));
    }

    @Override
    public void complete(long roundId, String by, Instant at) {
        sql.update("UPDATE account_review_round SET status = 'COMPLETED', completed_by = ?, completed_at = ?, "
                + "version = version + 1 WHERE id = ?", by, at, roundId);
    }

    private static ReviewRound round(ResultSet row) throws SQLException {
        return new ReviewRound(row.getLong("id"), row.getString("title"), row.getString("started_by"),
                Sql.instant(row, "started_at"), row.getInt("sla_business_hours"), Sql.instant(row, "due_at"),
                ReviewRound.RoundStatus.valueOf(row.getString("status")), row.getString("completed_by"),
                Sql.instant(row, "completed_at"), row.getInt("accounts"), row.getInt("decided"), row.getLong("version"));
    }

    /**
     * One keyset page of a round's items in the order of {@link #items}: flagged first, then by due time, system
     * and account (the item's id last, so the order is total).
     */
    jp.resas.ops.platform.jdbc.Keyset.Page<ReviewItem> items(long roundId, jp.resas.ops.platform.jdbc.Keyset.Request page) {
        return ITEMS.page(sql, "SELECT " + ITEM + ", (cardinality(i.flags) = 0)::int AS unflagged "
                + "FROM account_review_item i JOIN review_account a ON a.id = i.account_id WHERE i.round_id = ?",
                this::item, page, roundId);
    }

    /** How many of a round's items are flagged (counted, not read). */
    int flagged(long roundId) {
        return sql.queryOne("SELECT count(*) FROM account_review_item WHERE round_id = ? AND cardinality(flags) > 0",
                row -> row.getInt(1), roundId).orElse(0);
    }

    private ReviewItem item(ResultSet row) throws SQLException {
        Array flags = row.getArray("flags");
        List<AccountFlag> parsed = new ArrayList<>();
        if (flags != null) {
            Arrays.stream((String[]) flags.getArray()).map(AccountFlag::valueOf).forEach(parsed::add);
        }
        String decision = row.getString("decision");
        return new ReviewItem(row.getLong("item_id"), row.getLong("round_id"), accounts.account(row), parsed,
                Sql.instant(row, "item_due_at"), decision == null ? null : Decision.valueOf(decision), row.getString("note"),
                row.getString("decided_by"), Sql.instant(row, "decided_at"), row.getLong("item_version"));
    }
}
