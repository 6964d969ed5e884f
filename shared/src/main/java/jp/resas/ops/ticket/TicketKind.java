package jp.resas.ops.ticket;

import java.util.Optional;
import jp.resas.ops.sla.TicketType;

/** The ticket kinds kept in the shared ticket table; the issue list carries no SLA. */
public enum TicketKind {
    INQUIRY("問合せ", TicketType.INQUIRY),
    WORK_REQUEST("作業依頼", TicketType.WORK_REQUEST),
    CHANGE_REQUEST("変更要求", TicketType.CHANGE_REQUEST),
    ISSUE("課題", null);

    private final String label;
    private final TicketType slaType;

    TicketKind(String label, TicketType slaType) {
        this.label = label;
        this.slaType = slaType;
    }

    public String label() {
        return label;
    }

    public Optional<TicketType> slaType() {
        return Optional.ofNullable(slaType);
    }
}
