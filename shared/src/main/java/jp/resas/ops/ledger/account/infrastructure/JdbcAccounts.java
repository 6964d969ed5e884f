package jp.resas.ops.ledger.account.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.ledger.account.Account;
import jp.resas.ops.ledger.account.AccountQuery;
import jp.resas.ops.ledger.account.AccountSource;
import jp.resas.ops.ledger.account.Accounts;
import jp.resas.ops.ledger.account.ObservedAccount;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAccounts implements Accounts {

    static final String COLUMNS = "a.id, a.source, a.system, a.account_key, a.name, a.groups::text AS groups, "
            + "a.last_used_at, a.created_on, a.mfa, a.key_age_days, a.status, a.seen_at, a.version";
    private static final TypeReference<List<String>> GROUPS = new TypeReference<>() { };

    private final Sql sql;
    private final ObjectMapper json;

    JdbcAccounts(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public long upsert(ObservedAccount a, Instant at) {
        return sql.queryOne("""
                INSERT INTO review_account (source, system, account_key, name, groups, last_used_at, created_on, mfa,
                    key_age_days, status, seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)
                ON CONFLICT (source, system, account_key) DO UPDATE SET name = EXCLUDED.name, groups = EXCLUDED.groups,
                    last_used_at = EXCLUDED.last_used_at, created_on = EXCLUDED.created_on, mfa = EXCLUDED.mfa,
                    key_age_days = EXCLUDED.key_age_days, status = 'ACTIVE', seen_at = EXCLUDED.seen_at,
                    version = review_account.version + 1
                RETURNING id
                """, row -> row.getLong(1), a.source(), a.system(), a.key(), a.name(), groups(a.groups()),
                a.lastUsedAt(), a.createdOn(), a.mfa(), a.keyAgeDays(), at).orElseThrow();
    }

    @Override
    public List<String> markGone(AccountSource source, String system, List<String> seen, Instant at) {
        return sql.query("""
                UPDATE review_account SET status = 'GONE', seen_at = ?, version = version + 1
                WHERE source = ? AND system = ? AND status = 'ACTIVE' AND NOT (account_key = ANY (?))
                RETURNING account_key
                """, row -> row.getString(1), at, source, system, seen.toArray(String[]::new));
    }

    @Override
    public Optional<Account> find(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM review_account a WHERE a.id = ?", this::account, id);
    }

    @Override
    public List<Account> list(AccountQuery query, Optional<Long> afterId, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        query.source().ifPresent(s -> {
            where.append(" AND a.source = ?");
            params.add(s);
        });
        query.system().ifPresent(s -> {
            where.append(" AND a.system = ?");
            params.add(s);
        });
        query.status().ifPresent(s -> {
            where.append(" AND a.status = ?");
            params.add(s);
        });
        query.q().ifPresent(q -> {
            where.append(" AND (a.account_key ILIKE ? OR a.name ILIKE ?)");
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        });
        afterId.ifPresent(id -> {
            where.append(" AND a.id > ?");
            params.add(id);
        });
        params.add(limit);
        return sql.query("SELECT " + COLUMNS + " FROM review_account a" + where + " ORDER BY a.id LIMIT ?", this::account,
                params.toArray());
    }

    @Override
    public List<Account> active() {
        return sql.query("SELECT " + COLUMNS + " FROM review_account a WHERE a.status = 'ACTIVE' ORDER BY a.id", this::account);
    }

    Account account(ResultSet row) throws SQLException {
        return new Account(row.getLong("id"), AccountSource.valueOf(row.getString("source")), row.getString("system"),
                row.getString("account_key"), row.getString("name"), read(row.getString("groups")),
                Sql.instant(row, "last_used_at"), row.getObject("created_on", LocalDate.class),
                (Boolean) row.getObject("mfa"), (Integer) row.getObject("key_age_days"), row.getString("status"),
                Sql.instant(row, "seen_at"), row.getLong("version"));
    }

    private Sql.Json groups(List<String> groups) {
        try {
            return new Sql.Json(json.writeValueAsString(groups));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always writes", e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, GROUPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored groups unreadable", e);
        }
    }
}
