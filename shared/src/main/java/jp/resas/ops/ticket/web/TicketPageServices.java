package jp.resas.ops.ticket.web;

import jakarta.inject.Singleton;
import java.util.List;

/** The use cases every kind's pages call, the same the API controllers call, handed over as one. */
@Singleton
public final class TicketPageServices {

    final TicketEndpoints tickets;
    private final TicketFiles files;

    TicketPageServices(TicketEndpoints tickets, TicketFiles files) {
        this.tickets = tickets;
        this.files = files;
    }

    List<TicketFiles.TicketFile> attachments(jp.resas.ops.ticket.TicketKind kind, jp.resas.ops.ticket.TicketId id) {
        return files.list(kind, id);
    }

    TicketFiles files() {
        return files;
    }
}
