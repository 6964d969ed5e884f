package jp.resas.ops.ledger.asset;

import java.math.BigDecimal;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/** What a person's entry must satisfy; refused by field with a Japanese message. */
final class AssetRules {

    static final int MAX_NOTICE_DAYS = 3650;

    private AssetRules() {
    }

    /** The entry, stripped and checked; {@code status} defaults to ACTIVE and the cost unit to JPY. */
    static AssetInput checked(AssetInput input) {
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "kind は CLOUD_RESOURCE, SOFTWARE, DOMAIN, CERTIFICATE, LICENCE, "
                    + "CONTRACT のいずれかを指定してください。");
        }
        String name = Texts.required("name", input.name(), 200);
        String key = Texts.optional("key", input.key(), 500);
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw new InvalidInputException("endsOn", "終了日 (endsOn) は開始日 (startsOn) 以降にしてください。");
        }
        Terms terms = terms(input.kind(), input.terms());
        if ((input.kind() == AssetKind.LICENCE || input.kind() == AssetKind.CONTRACT) && input.endsOn() == null
                && terms.renewalOn() == null) {
            throw new InvalidInputException("endsOn", input.kind().label() + "には終了日 (endsOn) か更新日 (renewalOn) を"
                    + "入力してください。期限の監視に使います。");
        }
        return new AssetInput(input.kind(), key, name, Texts.optional("owner", input.owner(), 100),
                input.status() == null ? AssetStatus.ACTIVE : input.status(), input.startsOn(), input.endsOn(),
                Texts.optional("softwareVersion", input.softwareVersion(), 100), terms,
                Texts.optional("notes", input.notes(), 10000), input.changeRequests());
    }

    private static Terms terms(AssetKind kind, Terms terms) {
        String provider = Texts.optional("provider", terms.provider(), 200);
        if ((kind == AssetKind.LICENCE || kind == AssetKind.CONTRACT) && provider == null) {
            throw new InvalidInputException("provider", kind.label() + "には提供元 (provider) を入力してください。");
        }
        BigDecimal cost = terms.cost();
        if (cost != null && cost.signum() < 0) {
            throw new InvalidInputException("cost", "費用 (cost) は 0 以上にしてください。");
        }
        Integer notice = terms.noticeDays();
        if (notice != null && (notice < 0 || notice > MAX_NOTICE_DAYS)) {
            throw new InvalidInputException("noticeDays", "予告期間 (noticeDays) は 0 から " + MAX_NOTICE_DAYS
                    + " 日の間で入力してください。");
        }
        String unit = Texts.optional("costUnit", terms.costUnit(), 10);
        return new Terms(provider, cost, cost == null ? unit : unit == null ? "JPY" : unit, terms.renewalOn(), notice,
                Texts.optional("permittedUse", terms.permittedUse(), 2000));
    }
}
