package jp.resas.ops.ticket;

import java.util.Optional;
import jp.resas.ops.sla.TicketType;

/** The ticket kinds kept in the shared ticket table; the issue list carries no SLA. */
public enum TicketKind {
    INQUIRY("問合せ", TicketType.INQUIRY, "INQ"),
    WORK_REQUEST("作業依頼", TicketType.WORK_REQUEST, "WR"),
    CHANGE_REQUEST("変更要求", TicketType.CHANGE_REQUEST, "CR"),
    ISSUE("課題", null, "ISS");

    private final String label;
    private final TicketType slaType;
    private final String prefix;

    TicketKind(String label, TicketType slaType, String prefix) {
        this.label = label;
        this.slaType = slaType;
        this.prefix = prefix;
    }

    /** The ticket's visible key, e.g. {@code WR-12}: ids are shared by all kinds, the prefix tells them apart. */
    public String key(TicketId id) {
        return prefix + "-" + id.value();
    }

    public String label() {
        return label;
    }

    public Optional<TicketType> slaType() {
        return Optional.ofNullable(slaType);
    }
}
