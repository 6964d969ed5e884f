package jp.resas.ops.servicelevel;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/**
 * The requester rates an answered or closed inquiry, once: 1 (不満) to 5 (満足) and a comment. Only the
 * person who raised it may; the link they follow needs no login but their own.
 */
public final class RatingInquiry {

    private static final Set<String> RATEABLE = Set.of("ANSWERED", "CLOSED");

    private final ServiceLevelRecords records;
    private final AuditLog audit;
    private final Clock clock;

    public RatingInquiry(ServiceLevelRecords records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public Rating rate(long inquiryId, Integer score, String comment, Actor actor) {
        RatedInquiry inquiry = records.inquiry(inquiryId)
                .orElseThrow(() -> new NotFoundException("問合せ " + inquiryId + " は存在しません。"));
        if (!inquiry.requester().equals(actor.name())) {
            throw new ForbiddenActionException("NOT_REQUESTER", "満足度はこの問合せの依頼者だけが評価できます。");
        }
        if (!RATEABLE.contains(inquiry.status())) {
            throw new ConflictException("NOT_ANSWERED", "status", "回答済または完了の問合せだけを評価できます。");
        }
        if (score == null || score < 1 || score > 5) {
            throw new InvalidInputException("score", "score は 1 から 5 の整数で指定してください。");
        }
        Rating rating = new Rating(inquiryId, score, Texts.optional("comment", comment, 2000), actor.name(),
                clock.instant(), inquiry.channel());
        if (!records.rate(rating)) {
            throw new ConflictException("ALREADY_RATED", "score", "この問合せは評価済です (評価は1回だけです)。");
        }
        audit.append(new AuditEntry(actor.name(), "inquiry.rate", "ticket", String.valueOf(inquiryId),
                Map.of("score", score), actor.source()));
        return rating;
    }
}
