package jp.resas.ops.servicelevel;

import java.time.Instant;
import jp.resas.ops.sla.Priority;

/** A ticket or incident's handling facts: kind (INQUIRY … INCIDENT), priority, opened, first response, resolved. */
public record HandledTicket(String kind, Priority priority, Instant openedAt, Instant firstRespondedAt,
        Instant resolvedAt) {
}
