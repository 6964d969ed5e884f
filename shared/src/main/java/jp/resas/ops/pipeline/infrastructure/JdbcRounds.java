package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.pipeline.Rounds;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;

/** {@link Rounds} in PostgreSQL ({@code update_round}, {@code update_round_item}). */
@Singleton
class JdbcRounds implements Rounds {

    private final Sql sql;

    JdbcRounds(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void requireRunnable(long roundId, DatasetId dataset) {
        String status = sql.queryOne("SELECT status FROM update_round WHERE id = ?", row -> row.getString(1), roundId)
                .orElseThrow(() -> new NotFoundException("更新回 " + roundId + " はありません。"));
        if (!"APPROVED".equals(status)) {
            throw new ConflictException("ROUND_NOT_APPROVED", "roundId", "更新回 " + roundId
                    + " は承認されていないため、実行を開始できません。");
        }
        if (sql.queryOne("SELECT 1 FROM update_round_item WHERE round_id = ? AND dataset_id = ?", row -> 1, roundId,
                dataset.value()).isEmpty()) {
            throw new ConflictException("DATASET_NOT_IN_ROUND", "dataset", "データセット「" + dataset + "」は更新回 "
                    + roundId + " の対象ではありません。");
        }
    }

    @Override
    public void progress(long roundId, DatasetId dataset, RunStatus status) {
        sql.update("UPDATE update_round_item SET status = ?, published_on = CASE WHEN ? THEN current_date END "
                + "WHERE round_id = ? AND dataset_id = ?", status, status == RunStatus.PUBLISHED, roundId, dataset.value());
    }
}
