package jp.resas.ops.ledger.asset.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.asset.AssetInput;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.AssetStatus;
import jp.resas.ops.ledger.asset.Terms;

/**
 * An asset as a client sends it; dates as {@code 2026-03-31}. {@code version} is required on update
 * (the one the client read).
 */
record AssetRequest(String kind, String key, String name, String owner, String status, String startsOn,
        String endsOn, String softwareVersion, String provider, BigDecimal cost, String costUnit, String renewalOn,
        Integer noticeDays, String permittedUse, String notes, List<Long> changeRequests, Long version) {

    AssetInput input() {
        return new AssetInput(kind == null ? null : Texts.oneOf("kind", kind, AssetKind.class), key, name, owner,
                status == null ? null : Texts.oneOf("status", status, AssetStatus.class), date("startsOn", startsOn),
                date("endsOn", endsOn), softwareVersion,
                new Terms(provider, cost, costUnit, date("renewalOn", renewalOn), noticeDays, permittedUse), notes,
                changeRequests);
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "version (取得した時点の版) を指定してください。");
        }
        return version;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は 2026-03-31 の形式で指定してください。");
        }
    }
}
