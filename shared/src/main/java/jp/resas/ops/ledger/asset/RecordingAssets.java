package jp.resas.ops.ledger.asset;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;

/**
 * Operators enter assets (licences and contracts above all) and keep them up to date; each change is
 * audited with the values before and after. What discovery reads of an asset (its kind, key, name and
 * end date) stays as AWS or the build reported it.
 */
public final class RecordingAssets {

    private final Assets assets;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingAssets(Assets assets, AuditLog audit, Clock clock) {
        this.assets = assets;
        this.audit = audit;
        this.clock = clock;
    }

    public long create(AssetInput input, AssetOrigin origin, Actor actor) {
        AssetInput checked = checked(input);
        String key = checked.key() == null ? checked.name() : checked.key();
        if (assets.lockByKey(checked.kind(), key).isPresent()) {
            throw new ConflictException("DUPLICATE", "key", checked.kind().label() + "「" + key
                    + "」は既に台帳にあります。更新してください。");
        }
        long id = assets.insert(checked, key, origin, clock.instant());
        audit.append(new AuditEntry(actor.name(), "asset.create", "asset", String.valueOf(id),
                Map.of("new", describe(checked, key), "origin", origin.name()), actor.source()));
        return id;
    }

    public long update(long id, AssetInput input, long version, Actor actor) {
        Asset current = assets.lock(id).orElseThrow(() -> notFound(id));
        if (current.version() != version) {
            throw ConflictException.staleVersion(version, current.version());
        }
        return apply(current, input, actor);
    }

    /** An import line for an asset already in the ledger: no version to compare, the file is the owner's list. */
    long replace(Asset current, AssetInput input, Actor actor) {
        return apply(current, input, actor);
    }

    private long apply(Asset current, AssetInput input, Actor actor) {
        AssetInput given = current.origin() == AssetOrigin.DISCOVERY ? keepDiscovered(current, input) : input;
        AssetInput checked = checked(given);
        if (checked.kind() != current.kind()) {
            throw new InvalidInputException("kind", "種別 (kind) は変更できません。");
        }
        String key = checked.key() == null ? current.key() : checked.key();
        if (!key.equals(current.key()) && assets.lockByKey(current.kind(), key).isPresent()) {
            throw new ConflictException("DUPLICATE", "key", current.kind().label() + "「" + key + "」は既に台帳にあります。");
        }
        assets.update(current.id(), checked, key, clock.instant());
        Map<String, Object> before = describe(asInput(current), current.key());
        Map<String, Object> after = describe(checked, key);
        if (!before.equals(after)) {
            audit.append(new AuditEntry(actor.name(), "asset.update", "asset", String.valueOf(current.id()),
                    Map.of("old", before, "new", after), actor.source()));
        }
        return current.id();
    }

    private AssetInput checked(AssetInput input) {
        AssetInput checked = AssetRules.checked(input);
        List<Long> unknown = assets.notChangeRequests(checked.changeRequests());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("changeRequests", "変更要求 " + unknown + " は存在しません。");
        }
        return checked;
    }

    /** A discovered asset's kind, key, name, end date and version are AWS's or the build's, not a person's. */
    private static AssetInput keepDiscovered(Asset current, AssetInput input) {
        refuseChange("key", current.key(), input.key());
        refuseChange("name", current.name(), input.name());
        refuseChange("endsOn", current.endsOn(), input.endsOn());
        refuseChange("softwareVersion", current.softwareVersion(), input.softwareVersion());
        return new AssetInput(input.kind() == null ? current.kind() : input.kind(), current.key(), current.name(),
                input.owner(), input.status(), input.startsOn(), current.endsOn(), current.softwareVersion(),
                input.terms(), input.notes(), input.changeRequests());
    }

    private static void refuseChange(String field, Object discovered, Object given) {
        if (given != null && !given.equals(discovered)) {
            throw new InvalidInputException(field, "自動検出された資産の " + field + " は変更できません (検出値: "
                    + discovered + ")。");
        }
    }

    static AssetInput asInput(Asset asset) {
        return new AssetInput(asset.kind(), asset.key(), asset.name(), asset.owner(), asset.status(),
                asset.startsOn(), asset.endsOn(), asset.softwareVersion(), asset.terms(), asset.notes(),
                asset.changeRequests());
    }

    private static Map<String, Object> describe(AssetInput input, String key) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", input.kind().name());
        values.put("key", key);
        values.put("name", input.name());
        values.put("owner", Objects.toString(input.owner(), ""));
        values.put("status", input.status() == null ? AssetStatus.ACTIVE.name() : input.status().name());
        values.put("startsOn", Objects.toString(input.startsOn(), ""));
        values.put("endsOn", Objects.toString(input.endsOn(), ""));
        values.put("softwareVersion", Objects.toString(input.softwareVersion(), ""));
        Terms terms = input.terms();
        values.put("provider", Objects.toString(terms.provider(), ""));
        values.put("cost", terms.cost() == null ? "" : terms.cost().stripTrailingZeros().toPlainString());
        values.put("costUnit", Objects.toString(terms.costUnit(), ""));
        values.put("renewalOn", Objects.toString(terms.renewalOn(), ""));
        values.put("noticeDays", Objects.toString(terms.noticeDays(), ""));
        values.put("permittedUse", Objects.toString(terms.permittedUse(), ""));
        values.put("notes", Objects.toString(input.notes(), ""));
        values.put("changeRequests", input.changeRequests().stream().sorted().toList());
        return values;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("指定された資産 (ID " + id + ") は台帳にありません。");
    }
}
