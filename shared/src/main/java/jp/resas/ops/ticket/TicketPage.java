package jp.resas.ops.ticket;

import java.util.List;
import java.util.Optional;

public record TicketPage(List<Ticket> items, Optional<TicketCursor> next) {

    public TicketPage {
        items = List.copyOf(items);
    }
}
