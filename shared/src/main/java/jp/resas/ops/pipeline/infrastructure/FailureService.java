package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.resas.ops.common.Actor;
import jp.resas.ops.pipeline.CancellingRun;
import jp.resas.ops.pipeline.FailingRun;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The transaction boundary of a run's end without publication: failing (the state machine's) and cancelling. */
@Singleton
public class FailureService {

    public static final String REJECTED = FailingRun.REJECTED;
    public static final String CANCELLED = FailingRun.CANCELLED;
    private static final Logger LOG = LoggerFactory.getLogger(FailureService.class);

    private final FailingRun failing;
    private final CancellingRun cancelling;

    FailureService(FailingRun failing, CancellingRun cancelling) {
        this.failing = failing;
        this.cancelling = cancelling;
    }

    public Run fail(RunId id, String error, String cause) {
        return fail(id, error, cause, null);
    }

    /** As {@link #fail(RunId, String, String)}, reported by the named execution (a superseded one changes nothing). */
    @Transactional
    public Run fail(RunId id, String error, String cause, String execution) {
        failing.supersededBy(id, execution).ifPresent(current -> LOG.info(
                "run {}: execution {} ended ({}) but {} drives the run now; nothing changed", id.value(), execution, error,
                current));
        return failing.fail(id, error, cause, execution);
    }

    /** An operator stops an unfinished run (audited; no incident). */
    @Transactional
    public Run cancel(RunId id, String operator, String comment, String source) {
        return cancelling.cancel(id, comment, new Actor(operator, source));
    }
}
