package jp.resas.ops.servicelevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the service-level figures read and the one thing they write (port; PostgreSQL in {@code infrastructure}). */
public interface ServiceLevelRecords {

    Optional<RatedInquiry> inquiry(long id);

    /** Stores the rating unless the inquiry has one; true only for the first. */
    boolean rate(Rating rating);

    List<Rating> ratingsBetween(Instant from, Instant to);

    /** Tickets and incidents opened in [from, to). */
    List<HandledTicket> openedBetween(Instant from, Instant to);
}
