package jp.resas.ops.ticket;

/** What a caller may ask of a ticket kind; each kind's rules name who may do each ({@link Who}). */
public enum TicketAction {
    READ, OPEN, TRANSITION, UPDATE, ASSIGN, COMMENT, DECIDE
}
