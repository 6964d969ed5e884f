package jp.resas.ops.ledger.configuration.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.SnapshotFilter;

/**
 * Reads the snapshot list's filters (the API's and the page's): source, account ({@code -} for RESAS Ops'
 * own), region, stack, and the period as JST dates with both days included. Each bad one is refused by name.
 */
final class SnapshotQueries {

    /** How RESAS Ops' own account is named in a filter (its scopes carry no account prefix). */
    static final String OWN_ACCOUNT = "-";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private SnapshotQueries() {
    }

    static SnapshotFilter of(String source, String account, String region, String stack, String from, String to) {
        Optional<LocalDate> first = present(from).map(value -> date("from", value));
        Optional<LocalDate> last = present(to).map(value -> date("to", value));
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new InvalidInputException("to", "期間の終わり (to) は始まり (from) 以降の日付を指定してください。");
        }
        return new SnapshotFilter(
                present(source).map(value -> Texts.oneOf("source", value, ConfigurationSource.class)),
                present(account).map(value -> OWN_ACCOUNT.equals(value) ? "" : Texts.optional("account", value, 100)),
                present(region).map(value -> Texts.optional("region", value, 50)),
                present(stack).map(value -> Texts.optional("stack", value, 200)),
                first.map(day -> day.atStartOfDay(JST).toInstant()),
                last.map(day -> day.plusDays(1).atStartOfDay(JST).toInstant()));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static LocalDate date(String field, String value) {
        try {
            return SaneDates.date(field, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM-DD 形式の日付で指定してください。");
        }
    }
}
