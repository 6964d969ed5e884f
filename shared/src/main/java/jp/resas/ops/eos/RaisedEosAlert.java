package jp.resas.ops.eos;

import java.time.LocalDate;

/** A ticket the EOS watch raised in this run. */
public record RaisedEosAlert(long itemId, String item, LocalDate endsOn, int thresholdDays, long daysLeft,
        long ticketId) {
}
