package jp.resas.ops.ticket;

public record TicketId(long value) {

    public TicketId {
        if (value <= 0) {
            throw new IllegalArgumentException("ticket id must be positive, was " + value);
        }
    }
}
