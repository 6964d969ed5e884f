package jp.resas.ops.ticket.web;

import java.util.List;

/** A page of tickets; {@code nextCursor} is null on the last page. */
public record TicketListView(List<TicketView> items, String nextCursor) {
}
