package jp.resas.ops.ticket.web;

import jakarta.inject.Singleton;
import java.util.List;

/** The use cases every kind's pages call, the same the API controllers call, handed over as one. */
@Singleton
public final class TicketPageServices {

    final TicketEndpoints tickets;
    private final TicketFiles files;

    TicketPageServices(TicketEndpoints tickets, TicketFiles files,
            @io.micronaut.core.annotation.Nullable jp.resas.ops.platform.security.RatingLinkSecret ratingSecret,
            java.time.Clock clock) {
        this.tickets = tickets;
        this.files = files;
        this.ratingSecret = ratingSecret;
        this.clock = clock;
    }

    /** The rating links' secret (the local signing secret, or Secrets Manager's in AWS); none: no link. */
    private final jp.resas.ops.platform.security.RatingLinkSecret ratingSecret;
    private final java.time.Clock clock;

    /**
     * The satisfaction-rating page's address for an answered or closed inquiry (issue 19), for its
     * requester and for those who send it with the answer; empty for anyone else or any other ticket.
     */
    String ratingHref(TicketView ticket, jp.resas.ops.portal.web.PortalUser user) {
        boolean answered = java.util.Set.of("ANSWERED", "CLOSED").contains(ticket.status());
        boolean sends = user.operates() || user.name().equals(ticket.requester());
        if (ratingSecret == null || !"INQUIRY".equals(ticket.kind()) || !answered || !sends) {
            return "";
        }
        return "/portal/rate?token=" + new jp.resas.ops.platform.security.RatingLinks(ratingSecret.current(), clock)
                .issue(ticket.id(), ticket.requester());
    }

    List<TicketFiles.TicketFile> attachments(jp.resas.ops.ticket.TicketKind kind, jp.resas.ops.ticket.TicketId id) {
        return files.list(kind, id);
    }

    TicketFiles files() {
        return files;
    }

    boolean attachmentsConfigured() {
        return files.configured();
    }
}
