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
            BeanProvider<AttachmentEndpoints> files) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.files = files;
    }

    List<Attachment> attachments(jp.resas.ops.ticket.TicketKind kind, jp.resas.ops.ticket.TicketId id) {
        return attachments.isPresent() ? attachments.get().list(kind, id) : List.of();
    }

    AttachmentEndpoints files() {
        if (!files.isPresent()) {
            throw jp.resas.ops.portal.web.PortalRefusal.notFound("添付ファイルの保存先が設定されていません。");
        }
        return files.get();
    }
}
