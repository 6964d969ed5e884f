package jp.resas.ops.eos;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;

/**
 * An upgrade away from an EOS item: planned with the change request (変更要求) that carries it out, tested
 * (the test record; a failed test may be repeated), and completed. Completing needs a passed test, a change
 * request the approver approved and that was implemented (IMPLEMENTED, VERIFIED or CLOSED), and someone
 * other than who recorded the test (segregation of duties); it retires the item, so no more warnings.
 */
public final class Upgrading {

    /** The change request's statuses that mean it was approved and carried out. */
    static final Set<String> CARRIED_OUT = Set.of("IMPLEMENTED", "VERIFIED", "CLOSED");

    private final EosItems items;
    private final Upgrades upgrades;
    private final AuditLog audit;
    private final Clock clock;

    public Upgrading(EosItems items, Upgrades upgrades, AuditLog audit, Clock clock) {
        this.items = items;
        this.upgrades = upgrades;
        this.audit = audit;
        this.clock = clock;
    }

    public long plan(long itemId, long changeRequestId, String targetVersion, Actor actor) {
        EosItem item = items.lock(itemId).orElseThrow(() -> new NotFoundException("EOS 項目 " + itemId + " はありません。"));
        if (item.retired()) {
            throw new ConflictException("ITEM_RETIRED", "itemId", "EOS 項目 " + itemId + " はバージョンアップ済みです。");
        }
        if (upgrades.changeRequestStatus(changeRequestId).isEmpty()) {
            throw new InvalidInputException("changeRequestId", "変更要求 " + changeRequestId + " はありません。");
        }
        long id = upgrades.insert(itemId, changeRequestId, targetVersion, actor.name(), clock.instant())
                .orElseThrow(() -> new ConflictException("CHANGE_REQUEST_IN_USE", "changeRequestId", "変更要求 "
                        + changeRequestId + " は別のバージョンアップに紐付いています。"));
        audit(actor, "eos.upgrade.planned", id, Map.of("itemId", itemId, "changeRequestId", changeRequestId,
                "targetVersion", targetVersion));
        return id;
    }

    /** Records (or, after a failed one, repeats) the test; not once the upgrade is done. */
    public Upgrade test(long id, long version, String environment, Upgrade.TestResult result, String summary,
            String evidence, Actor tester) {
        Upgrade u = current(id, version);
        if (u.status() == Upgrade.Status.DONE) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status", "完了したバージョンアップの試験記録は変更できません。");
        }
        Instant now = clock.instant();
        Upgrade.TestRecord test = new Upgrade.TestRecord(environment, result, summary, evidence, tester.name(), now);
        save(new Upgrade(u.id(), u.itemId(), u.changeRequestId(), u.targetVersion(), Upgrade.Status.TESTED, test,
                u.plannedBy(), u.plannedAt(), null, null, u.version()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("environment", environment);
        details.put("result", result.name());
        details.put("summary", summary);
        audit(tester, "eos.upgrade.tested", id, details);
        return upgrades.get(id).orElseThrow();
    }

    public Upgrade complete(long id, long version, Actor actor) {
        Upgrade u = current(id, version);
        if (u.status() != Upgrade.Status.TESTED || u.test().result() != Upgrade.TestResult.PASSED) {
            throw new ConflictException("TEST_NOT_PASSED", "status",
                    "合格した試験記録のないバージョンアップは完了にできません。");
        }
        String change = upgrades.changeRequestStatus(u.changeRequestId()).orElse("");
        if (!CARRIED_OUT.contains(change)) {
            throw new ConflictException("CHANGE_NOT_CARRIED_OUT", "changeRequestId", "変更要求 " + u.changeRequestId()
                    + " は承認・実施されていません (状態 " + change + ")。");
        }
        if (actor.name().equals(u.test().testedBy())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES",
                    "試験を記録した本人は完了を確認できません。別の担当者が確認してください。");
        }
        Instant now = clock.instant();
        save(new Upgrade(u.id(), u.itemId(), u.changeRequestId(), u.targetVersion(), Upgrade.Status.DONE, u.test(),
                u.plannedBy(), u.plannedAt(), actor.name(), now, u.version()));
        items.retire(u.itemId(), now);
        audit(actor, "eos.upgrade.done", id, Map.of("itemId", u.itemId(), "targetVersion", u.targetVersion()));
        return upgrades.get(id).orElseThrow();
    }

    private Upgrade current(long id, long version) {
        Upgrade u = upgrades.lock(id).orElseThrow(() -> new NotFoundException("バージョンアップ " + id + " はありません。"));
        if (u.version() != version) {
            throw ConflictException.staleVersion(version, u.version());
        }
        return u;
    }

    private void save(Upgrade changed) {
        if (!upgrades.save(changed)) {
            throw ConflictException.staleVersion(changed.version(), changed.version() + 1);
        }
    }

    private void audit(Actor actor, String action, long id, Map<String, ?> details) {
        audit.append(new AuditEntry(actor.name(), action, "eos_upgrade", String.valueOf(id), details, actor.source()));
    }
}
