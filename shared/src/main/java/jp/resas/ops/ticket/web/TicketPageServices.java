package jp.resas.ops.ticket.web;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.infrastructure.AttachmentService;
import jp.resas.ops.attachment.web.AttachmentEndpoints;

/** The use cases every kind's pages call, the same the API controllers call, handed over as one. */
@Singleton
public final class TicketPageServices {

    final TicketEndpoints tickets;
    private final BeanProvider<AttachmentService> attachments;
    private final BeanProvider<AttachmentEndpoints> files;

    /** Attachments need a configured store ({@code resas.attachments.*}); without one a ticket lists none. */
    TicketPageServices(TicketEndpoints tickets, BeanProvider<AttachmentService> attachments,
            BeanProvider<AttachmentEndpoints> files,
            @io.micronaut.core.annotation.Nullable @io.micronaut.context.annotation.Property(name = LINK_SECRET)
            String secret, java.time.Clock clock) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.files = files;
        this.ratingLinks = secret == null || secret.isBlank() ? null
                : new jp.resas.ops.platform.security.RatingLinks(secret, clock);
    }

    /** The secret the login links are signed with; rating links derive their own key from it. */
    static final String LINK_SECRET = "micronaut.security.token.jwt.signatures.secret.local.secret";

    private final jp.resas.ops.platform.security.RatingLinks ratingLinks;

    /**
     * The satisfaction-rating page's address for an answered or closed inquiry (issue 19), for its
     * requester and for those who send it with the answer; empty for anyone else or any other ticket.
     */
    String ratingHref(TicketView ticket, jp.resas.ops.portal.web.PortalUser user) {
        boolean answered = java.util.Set.of("ANSWERED", "CLOSED").contains(ticket.status());
        boolean sends = user.operates() || user.name().equals(ticket.requester());
        if (ratingLinks == null || !"INQUIRY".equals(ticket.kind()) || !answered || !sends) {
            return "";
        }
        return "/portal/rate?token=" + ratingLinks.issue(ticket.id(), ticket.requester());
    }

    List<Attachment> attachments(jp.resas.ops.ticket.TicketKind kind, jp.resas.ops.ticket.TicketId id) {
        return attachments.isPresent() ? attachments.get().list(kind, id) : List.of();
    }

    boolean attachmentsConfigured() {
        return files.isPresent();
    }

    AttachmentEndpoints files() {
        if (!files.isPresent()) {
            throw jp.resas.ops.portal.web.PortalRefusal.notFound("添付ファイルの保存先が設定されていません。");
        }
        return files.get();
    }
}
