package jp.resas.ops.ticket.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.TicketEvent;

/** One ticket with its timeline (oldest first) and approval decisions. */
public record TicketDetailView(@JsonUnwrapped TicketView ticket, List<TicketEvent> timeline,
        List<Approval> approvals) {
}
