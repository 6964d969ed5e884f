package jp.resas.ops.servicelevel.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.servicelevel.Proposal;
import jp.resas.ops.servicelevel.Proposals;

@Singleton
final class JdbcProposals implements Proposals {

    private static final String SELECT = "SELECT id, month, title, proposal, expected_effect, cost, status, author, "
            + "submitted_by, decided_by, decided_at, decision_comment, created_at, version FROM improvement_proposal ";

    private final Sql sql;

    JdbcProposals(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Proposal p) {
        return sql.queryOne("INSERT INTO improvement_proposal (month, title, status, author, created_at) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING id", row -> row.getLong(1), p.month().toString(), p.title(),
                p.status(), p.author(), p.createdAt()).orElseThrow();
    }

    @Override
    public Optional<Proposal> find(long id) {
        return sql.queryOne(SELECT + "WHERE id = ?", JdbcProposals::proposal, id);
    }

    @Override
    public java.util.List<Proposal> recent(int limit, Long beforeId) {
        return beforeId == null ? sql.query(SELECT + "ORDER BY id DESC LIMIT ?", JdbcProposals::proposal, limit)
                : sql.query(SELECT + "WHERE id < ? ORDER BY id DESC LIMIT ?", JdbcProposals::proposal, beforeId, limit);
    }

    @Override
    public Optional<Proposal> lock(long id) {
        return sql.queryOne(SELECT + "WHERE id = ? FOR UPDATE", JdbcProposals::proposal, id);
    }

    @Override
    public void save(Proposal p) {
        sql.update("""
                UPDATE improvement_proposal SET proposal = ?, expected_effect = ?, cost = ?, status = ?, submitted_by = ?,
                    decided_by = ?, decided_at = ?, decision_comment = ?, version = version + 1 WHERE id = ?
                """, p.proposal(), p.expectedEffect(), p.cost(), p.status(), p.submittedBy(), p.decidedBy(),
                p.decidedAt(), p.decisionComment(), p.id());
    }

    private static Proposal proposal(ResultSet row) throws SQLException {
        return new Proposal(row.getLong("id"), YearMonth.parse(row.getString("month")), row.getString("title"),
                row.getString("proposal"), row.getString("expected_effect"), row.getString("cost"),
                Proposal.Status.valueOf(row.getString("status")), row.getString("author"),
                row.getString("submitted_by"), row.getString("decided_by"), Sql.instant(row, "decided_at"),
                row.getString("decision_comment"), Sql.instant(row, "created_at"), row.getLong("version"));
    }
}
