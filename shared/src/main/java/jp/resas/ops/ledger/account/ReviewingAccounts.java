package jp.resas.ops.ledger.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/**
 * A review round (アカウント棚卸し): started with every ACTIVE account, each due {@code slaBusinessHours}
 * business hours after the start by the business calendar in force (the flagged ones, unused for 90 days
 * or without MFA, in half of them, and listed first); decided account by account by operators; completed
 * by an approver once every account is decided — never by someone who took or changed a decision in it.
 */
public final class ReviewingAccounts {

    /** Quarterly by default: a round's accounts are due within ten business days of eight hours. */
    public static final int DEFAULT_SLA_HOURS = 80;

    private final Accounts accounts;
    private final ReviewRounds rounds;
    private final CalendarSource calendar;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewingAccounts(Accounts accounts, ReviewRounds rounds, CalendarSource calendar, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.rounds = rounds;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** The default title: the quarter of the start in JST, e.g. 2026年度 第3四半期 (fiscal years start in April). */
    public static String quarterTitle(LocalDate day) {
        int fiscalYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = ((day.getMonthValue() + 8) % 12) / 3 + 1;
        return fiscalYear + "年度 第" + quarter + "四半期 アカウント棚卸し";
    }

    public long start(String title, Integer slaHours, Actor actor) {
        Instant now = clock.instant();
        int hours = slaHours == null ? DEFAULT_SLA_HOURS : slaHours;
        if (hours < 1 || hours > 2000) {
            throw new InvalidInputException("slaBusinessHours", "slaBusinessHours は 1 から 2000 (営業時間) の間で指定してください。");
        }
        String name = title == null || title.isBlank() ? quarterTitle(LocalDate.ofInstant(now, ZoneOffset.ofHours(9)))
                : Texts.optional("title", title, 200);
        List<Account> active = accounts.active();
        if (active.isEmpty()) {
            throw new ConflictException("NO_ACCOUNTS", "title", "棚卸しの対象となるアカウントがありません。先に取り込んでください。");
        }
        BusinessCalendar business = calendar.current();
        Instant due = business.addBusinessHours(now, Duration.ofHours(hours));
        Instant flaggedDue = business.addBusinessHours(now, Duration.ofMinutes(hours * 30L));
        long id = rounds.insertRound(name, actor.name(), now, hours, due);
        int flagged = 0;
        for (Account account : active) {
            List<AccountFlag> flags = AccountFlag.of(account, now);
            rounds.insertItem(id, account.id(), flags, flags.isEmpty() ? due : flaggedDue);
            flagged += flags.isEmpty() ? 0 : 1;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", name);
        details.put("accounts", active.size());
        details.put("flagged", flagged);
        details.put("slaBusinessHours", hours);
        details.put("dueAt", due.toString());
        audit.append(new AuditEntry(actor.name(), "account-review.start", "account_review_round", String.valueOf(id),
                details, actor.source()));
        return id;
    }

    public ReviewItem decide(long roundId, long itemId, Decision decision, String note, long version, Actor actor) {
        ReviewRound round = rounds.lock(roundId).orElseThrow(() -> notFound(roundId));
        if (round.status() != ReviewRound.RoundStatus.OPEN) {
            throw new ConflictException("ROUND_COMPLETED", "decision", "この棚卸し (ID " + roundId + ") は "
                    + round.completedBy() + " が完了済みです。判定は変更できません。");
        }
        ReviewItem item = rounds.lockItem(roundId, itemId).orElseThrow(() -> new NotFoundException(
                "棚卸し (ID " + roundId + ") にアカウント (項目 ID " + itemId + ") はありません。"));
        if (item.version() != version) {
            throw ConflictException.staleVersion(version, item.version());
        }
        if (decision == null) {
            throw new InvalidInputException("decision", "判定 (decision) に KEEP (継続)、DISABLE (無効化)、REMOVE (削除)、CHANGE (権限変更) のいずれかを指定してください。");
        }
        if (decision == Decision.CHANGE && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "権限変更 (CHANGE) では、どう変えるかを note に書いてください。");
        }
        String text = Texts.optional("note", note, 2000);
        rounds.decide(itemId, decision, text, actor.name(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("account", item.account().system() + "/" + item.account().key());
        details.put("old", item.decision() == null ? "" : item.decision().name());
        details.put("new", decision.name());
        details.put("note", text == null ? "" : text);
        audit.append(new AuditEntry(actor.name(), "account-review.decide", "account_review_item", String.valueOf(itemId),
                details, actor.source()));
        return rounds.lockItem(roundId, itemId).orElseThrow();
    }

    public void complete(long roundId, long version, Actor actor) {
        ReviewRound round = rounds.lock(roundId).orElseThrow(() -> notFound(roundId));
        if (round.version() != version) {
            throw ConflictException.staleVersion(version, round.version());
        }
        if (round.status() != ReviewRound.RoundStatus.OPEN) {
            throw new ConflictException("ROUND_COMPLETED", "version", "この棚卸しは完了済みです。");
        }
        if (rounds.deciders(roundId).contains(actor.name())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES",
                    "この棚卸しで判定した人は棚卸しを完了 (承認) できません。判定していない承認者に依頼してください。");
        }
        long open = rounds.items(roundId).stream().filter(i -> i.decision() == null).count();
        if (open > 0) {
            throw new ConflictException("UNDECIDED", "version", "判定されていないアカウントが " + open + " 件あります。");
        }
        rounds.complete(roundId, actor.name(), clock.instant());
        audit.append(new AuditEntry(actor.name(), "account-review.complete", "account_review_round", String.valueOf(roundId),
                Map.of("accounts", round.accounts()), actor.source()));
    }

    private static NotFoundException notFound(long roundId) {
        return new NotFoundException("棚卸し (ID " + roundId + ") はありません。");
    }
}
