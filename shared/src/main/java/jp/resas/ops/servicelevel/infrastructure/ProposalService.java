package jp.resas.ops.servicelevel.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.servicelevel.HandlingRow;
import jp.resas.ops.servicelevel.Proposal;
import jp.resas.ops.servicelevel.Proposals;
import jp.resas.ops.servicelevel.ProposingImprovement;
import jp.resas.ops.servicelevel.ReadingServiceLevel;
import jp.resas.ops.servicelevel.SatisfactionRow;
import jp.resas.ops.servicelevel.ServiceLevelFalls;
import jp.resas.ops.servicelevel.ServiceLevelRecords;
import jp.resas.ops.servicelevel.document.ProposalDocument;
import jp.resas.ops.calendar.CalendarSource;

/** The transaction boundary of 改善提案: drafting, writing, submitting, deciding, and the .docx. */
@Singleton
public class ProposalService {

    private final Proposals proposals;
    private final ProposingImprovement proposing;
    private final ReadingServiceLevel figures;
    private final Clock clock;

    ProposalService(Proposals proposals, ServiceLevelRecords records, CalendarSource calendar, AuditLog audit,
            Clock clock) {
        this.proposals = proposals;
        this.proposing = new ProposingImprovement(proposals, audit, clock);
        this.figures = new ReadingServiceLevel(records, calendar);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Proposal find(long id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("改善提案 " + id + " は存在しません。"));
    }

    /** Newest first, one keyset page (ids below {@code beforeId}). */
    @Transactional(readOnly = true)
    public List<Proposal> list(int limit, Long beforeId) {
        return proposals.recent(limit, beforeId);
    }

    /** The 改善提案書 with the figures of the proposal's month. */
    @Transactional(readOnly = true)
    public byte[] docx(long id) {
        Proposal p = find(id);
        List<HandlingRow> handling = figures.handlingTimes(p.month());
        List<SatisfactionRow> satisfaction = figures.satisfaction(p.month().minusMonths(1), p.month());
        return ProposalDocument.render(p, handling, satisfaction, ServiceLevelFalls.in(p.month(), handling,
                satisfaction), clock.instant());
    }

    @Transactional
    public long draft(YearMonth month, String title, Actor actor) {
        return proposing.draft(month, title, actor);
    }

    @Transactional
    public void write(long id, Long version, String proposal, String effect, String cost, Actor actor) {
        proposing.write(id, version, proposal, effect, cost, actor);
    }

    @Transactional
    public void submit(long id, Long version, Actor actor) {
        proposing.submit(id, version, actor);
    }

    @Transactional
    public void decide(long id, Long version, boolean accept, String comment, Actor actor) {
        proposing.decide(id, version, accept, comment, actor);
    }
}
