package jp.resas.ops.ticket;

import java.util.List;

/** A ticket with its timeline (oldest first) and approval decisions. */
public record TicketDetail(Ticket ticket, List<TicketEvent> timeline, List<Approval> approvals) {

    public TicketDetail {
        timeline = List.copyOf(timeline);
        approvals = List.copyOf(approvals);
    }
}
