package jp.resas.ops.ledger.account.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.ledger.account.AccountDirectories;
import jp.resas.ops.ledger.account.AccountDirectory;
import jp.resas.ops.ledger.account.CollectingAccounts;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.monitored.MonitoredSystem;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.Harvest;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.ledger.account.Account;
import jp.resas.ops.ledger.account.AccountQuery;
import jp.resas.ops.ledger.account.Accounts;
import jp.resas.ops.ledger.account.Decision;
import jp.resas.ops.ledger.account.ImportingAccounts;
import jp.resas.ops.ledger.account.ReviewItem;
import jp.resas.ops.ledger.account.ReviewRound;
import jp.resas.ops.ledger.account.ReviewRounds;
import jp.resas.ops.ledger.account.ReviewingAccounts;
import jp.resas.ops.ledger.infrastructure.LedgerSettings;

/** The transaction boundary of the account ledger and its review rounds. */
@Singleton
public class AccountReviewService {

    /** An item as the API shows it: the SLA left in business time (negative when overdue). */
    public record ItemView(ReviewItem item, long businessMinutesLeft, boolean overdue) {
    }

    /** A round with its items, flagged first. */
    public record RoundView(ReviewRound round, List<ItemView> items) {
    }

    private final Accounts accounts;
    private final ReviewRounds rounds;
    private final CalendarSource calendar;
    private final Clock clock;
    private final ImportingAccounts importing;
    private final ReviewingAccounts reviewing;
    private final CollectingAccounts collecting;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final CollectorRunner runner;
    private final JdbcReviewRounds itemPages;

    /** What the scheduled collection read, for its {@code collector_run}. */
    record Read(CollectingAccounts.Collection collection) implements Harvest {

        @Override
        public List<String> missing() {
            return collection.missing();
        }

        @Override
        public Map<String, Integer> counts() {
            return Map.of("accounts", collection.counts().values().stream().mapToInt(Integer::intValue).sum(),
                    "systems", collection.systems().size());
        }
    }

    /** The scheduled collection: its {@code collector_run} and what was stored. */
    public record CollectionRun(RunReport report, Collected collected) {
    }

    /** What a collection stored: accounts per system, those marked gone, and the systems it could not read. */
    public record Collected(Map<String, Integer> accounts, Map<String, List<String>> gone, List<String> missing) {
    }

    AccountReviewService(Accounts accounts, ReviewRounds rounds, CalendarSource calendar, AuditLog audit, Clock clock,
            AccountDirectory own, AccountDirectories others, MonitoredSystem system,
            TransactionOperations<Connection> transactions, CollectorRunner runner, LedgerSettings settings,
            JdbcReviewRounds itemPages) {
        this.itemPages = itemPages;
        this.transactions = transactions;
        this.audit = audit;
        this.runner = runner;
        List<CollectingAccounts.Directory> iam = new ArrayList<>();
        iam.add(new CollectingAccounts.Directory("", own));
        system.accounts().forEach(account -> iam.add(new CollectingAccounts.Directory(
                DiscoveringAssets.scopePrefix(account.name()), others.of(account))));
        this.collecting = new CollectingAccounts(iam, own, settings.userPools());
        this.accounts = accounts;
        this.rounds = rounds;
        this.calendar = calendar;
        this.clock = clock;
        this.importing = new ImportingAccounts(accounts, audit, clock);
        this.reviewing = new ReviewingAccounts(accounts, rounds, calendar, audit, clock);
    }

    @Transactional(readOnly = true)
    public List<Account> list(AccountQuery query, Optional<Long> afterId, int limit) {
        return accounts.list(query, afterId, limit);
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("アカウント (ID " + id + ") は台帳にありません。"));
    }

    /** All lines or none. */
    @Transactional
    public ImportingAccounts.Summary importCsv(String fileName, byte[] content, Actor actor) {
        return importing.importCsv(fileName, content, actor);
    }

    /** Reads IAM and Cognito outside any transaction, then stores each system read in full in one; 503 when none could be read. */
    public Collected collect(Actor actor) {
        CollectingAccounts.Collection read;
        try {
            read = collecting.read();
        } catch (IllegalStateException e) {
            throw new UnavailableException("ACCOUNTS_UNAVAILABLE", "アカウントをどの取得元からも読めませんでした: " + e.getMessage());
        }
        return transactions.executeWrite(status -> store(read, actor));
    }

    /**
     * {@code account-collection}: the same reading and storing, recorded in {@code collector_run} as the
     * collectors are, so that repeated failures (no system readable) escalate to an incident and a success
     * resets the count. A failure is rethrown, failing the invocation.
     */
    public CollectionRun collectScheduled(Actor actor) {
        AtomicReference<Collected> stored = new AtomicReference<>();
        RunReport report = runner.run(Collector.ACCOUNT_COLLECTION,
                CollectionPeriod.day(LocalDate.now(clock.withZone(CollectionPeriod.JST))), () -> new Read(collecting.read()),
                read -> stored.set(store(read.collection(), actor)));
        return new CollectionRun(report, stored.get());
    }

    private Collected store(CollectingAccounts.Collection read, Actor actor) {
        ImportingAccounts.Summary summary = importing.store("aws", read);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accounts", read.counts());
        details.put("gone", summary.gone());
        details.put("missing", read.missing());
        audit.append(new AuditEntry(actor.name(), "account.collect", "review_account", "aws", details, actor.source()));
        return new Collected(read.counts(), summary.gone(), read.missing());
    }

    @Transactional
    public long start(String title, Integer slaHours, Actor actor) {
        return reviewing.start(title, slaHours, actor);
    }

    @Transactional(readOnly = true)
    public List<ReviewRound> rounds(Optional<Long> afterId, int limit) {
        return rounds.list(afterId, limit);
    }

    @Transactional(readOnly = true)
    public RoundView round(long id) {
        ReviewRound round = rounds.find(id).orElseThrow(() -> new NotFoundException("棚卸し (ID " + id + ") はありません。"));
        BusinessCalendar business = calendar.current();
        Instant now = clock.instant();
        return new RoundView(round, rounds.items(id).stream().map(item -> view(item, business, now)).toList());
    }

    /**
     * A round with one keyset page of its items (flagged first, as {@link #round(long)}), how many of all its
     * items are flagged, and the next page's cursor.
     */
    public record PagedRound(RoundView view, int flagged, Optional<String> nextCursor) {
    }

    @Transactional(readOnly = true)
    public PagedRound round(long id, jp.resas.ops.platform.jdbc.Keyset.Request page) {
        ReviewRound round = rounds.find(id).orElseThrow(() -> new NotFoundException("棚卸し (ID " + id + ") はありません。"));
        BusinessCalendar business = calendar.current();
        Instant now = clock.instant();
        var items = itemPages.items(id, page);
        return new PagedRound(new RoundView(round, items.items().stream().map(item -> view(item, business, now))
                .toList()), itemPages.flagged(id), items.nextCursor());
    }

    private static ItemView view(ReviewItem item, BusinessCalendar business, Instant now) {
        Instant until = item.decidedAt() != null ? item.decidedAt() : now;
        boolean overdue = until.isAfter(item.dueAt());
        Duration left = overdue ? business.businessTimeBetween(item.dueAt(), until).negated()
                : business.businessTimeBetween(until, item.dueAt());
        return new ItemView(item, left.toMinutes(), overdue);
    }

    @Transactional
    public ReviewItem decide(long roundId, long itemId, Decision decision, String note, long version, Actor actor) {
        return reviewing.decide(roundId, itemId, decision, note, version, actor);
    }

    @Transactional
    public void complete(long roundId, long version, Actor actor) {
        reviewing.complete(roundId, version, actor);
    }

    /** アカウント棚卸し表.xlsx of one round. */
    @Transactional(readOnly = true)
    public byte[] workbook(long roundId, LocalDate today) {
        return AccountReviewWorkbook.write(round(roundId), today);
    }
}
