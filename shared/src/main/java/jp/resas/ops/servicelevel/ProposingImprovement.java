package jp.resas.ops.servicelevel;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.servicelevel.Proposal.Status;

/**
 * The operator drafts an 改善提案 for a month and submits it; 主管課 accepts or declines it. Nobody who
 * wrote or submitted it decides on it; a decided proposal does not change.
 */
public final class ProposingImprovement {

    private final Proposals proposals;
    private final AuditLog audit;
    private final Clock clock;

    public ProposingImprovement(Proposals proposals, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    public long draft(YearMonth month, String title, Actor actor) {
        if (month == null) {
            throw new InvalidInputException("month", "month (対象月, YYYY-MM) を入力してください。");
        }
        long id = proposals.insert(new Proposal(0, month, Texts.required("title", title, 200), null, null, null,
                Status.DRAFT, actor.name(), null, null, null, null, clock.instant(), 0));
        log(actor, "draft", id, Map.of("month", month.toString()));
        return id;
    }

    public void write(long id, Long version, String proposal, String effect, String cost, Actor actor) {
        Proposal p = locked(id, version);
        if (p.status() != Status.DRAFT) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status", "作成中の提案だけを編集できます。");
        }
        if (!p.author().equals(actor.name())) {
            throw new ForbiddenActionException("NOT_AUTHOR", "提案を編集できるのは作成者だけです。");
        }
        proposals.save(new Proposal(id, p.month(), p.title(), Texts.optional("proposal", proposal, 20000),
                Texts.optional("expectedEffect", effect, 20000), Texts.optional("cost", cost, 5000), p.status(),
                p.author(), null, null, null, null, p.createdAt(), p.version()));
        log(actor, "write", id, Map.of());
    }

    public void submit(long id, Long version, Actor actor) {
        Proposal p = locked(id, version);
        if (p.status() != Status.DRAFT) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status", "作成中の提案だけを提出できます。");
        }
        if (p.proposal() == null || p.expectedEffect() == null || p.cost() == null) {
            String missing = p.proposal() == null ? "proposal" : p.expectedEffect() == null ? "expectedEffect" : "cost";
            throw new InvalidInputException(missing, "提出するには提案・期待される効果・費用を記入してください (" + missing + ")。");
        }
        proposals.save(new Proposal(id, p.month(), p.title(), p.proposal(), p.expectedEffect(), p.cost(),
                Status.SUBMITTED, p.author(), actor.name(), null, null, null, p.createdAt(), p.version()));
        log(actor, "submit", id, Map.of());
    }

    public void decide(long id, Long version, boolean accept, String comment, Actor actor) {
        Proposal p = locked(id, version);
        if (p.status() != Status.SUBMITTED) {
            throw new ConflictException("NOT_AWAITING_APPROVAL", "status", "承認待ちの提案ではありません。");
        }
        if (p.author().equals(actor.name()) || actor.name().equals(p.submittedBy())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES", "提案を作成・提出した人は採否を決められません。");
        }
        String note = accept ? Texts.optional("comment", comment, 2000) : Texts.required("comment", comment, 2000);
        proposals.save(new Proposal(id, p.month(), p.title(), p.proposal(), p.expectedEffect(), p.cost(),
                accept ? Status.ACCEPTED : Status.DECLINED, p.author(), p.submittedBy(), actor.name(),
                clock.instant(), note, p.createdAt(), p.version()));
        log(actor, accept ? "accept" : "decline", id, Map.of());
    }

    private Proposal locked(long id, Long version) {
        Proposal p = proposals.lock(id).orElseThrow(() -> new NotFoundException("改善提案 " + id + " は存在しません。"));
        if (version == null) {
            throw new InvalidInputException("version", "version を指定してください。");
        }
        if (version != p.version()) {
            throw ConflictException.staleVersion(version, p.version());
        }
        return p;
    }

    private void log(Actor actor, String what, long id, Map<String, ?> details) {
        audit.append(new AuditEntry(actor.name(), "improvement_proposal." + what, "improvement_proposal",
                String.valueOf(id), details, actor.source()));
    }
}
