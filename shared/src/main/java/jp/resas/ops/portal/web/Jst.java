package jp.resas.ops.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as users read them: Japan time, to the minute. */
public final class Jst {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Jst() {
    }

    public static String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZONE));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The value of an {@code <input type="datetime-local">}, in Japan time. */
    public static String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(ZONE));
    }
}
