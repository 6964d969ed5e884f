package jp.resas.ops.servicelevel;

import java.time.Instant;

/** One requester's rating of one inquiry, with the inquiry's channel. */
public record Rating(long ticketId, int score, String comment, String ratedBy, Instant ratedAt, String channel) {
}
