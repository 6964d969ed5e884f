package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.resas.ops.common.Actor;
import jp.resas.ops.pipeline.RedrivingRun;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;

/** The transaction boundary of redriving a failed run ({@link RedrivingRun}): a refused redrive stores nothing. */
@Singleton
public class RedriveService {

    private final RedrivingRun redriving;

    RedriveService(RedrivingRun redriving) {
        this.redriving = redriving;
    }

    @Transactional
    public Run redrive(RunId id, String operator, String comment, String source) {
        return redriving.redrive(id, comment, new Actor(operator, source));
    }
}
