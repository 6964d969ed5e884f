package jp.resas.ops.ticket;

import java.time.Instant;

/**
 * Which open items a queue holds, in terms of stored due times: breached when the due time has passed
 * ({@code due <= now}), due soon when it has not but comes by {@code dueSoonUntil}.
 *
 * @param queue        the queue
 * @param user         who asks (for {@link Queue#MINE})
 * @param now          the instant the SLA states are read at
 * @param dueSoonUntil the end of the due-soon window ({@link SlaSnapshot#dueSoonUntil})
 */
public record QueueFilter(Queue queue, String user, Instant now, Instant dueSoonUntil) {
}
