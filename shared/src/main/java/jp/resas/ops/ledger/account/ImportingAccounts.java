package jp.resas.ops.ledger.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;

/**
 * Keeps the accounts of one system as its source reports them: an imported list (CSV) or what IAM or
 * Cognito answered read in full. Accounts it has are added or refreshed; those of the same system it no
 * longer has are marked GONE (never deleted: past rounds name them).
 */
public final class ImportingAccounts {

    /** What one import changed: accounts read, and the keys marked gone, per system. */
    public record Summary(String fileName, int accounts, Map<String, List<String>> gone) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountCsv csv = new AccountCsv();

    public ImportingAccounts(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** All lines or none: a refused line throws before anything is written. */
    public Summary importCsv(String fileName, byte[] content, Actor actor) {
        List<ObservedAccount> read = csv.parse(fileName, content);
        Summary summary = store(fileName, read);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fileName", fileName);
        details.put("accounts", summary.accounts());
        details.put("gone", summary.gone());
        audit.append(new AuditEntry(actor.name(), "account.import", "review_account", fileName, details, actor.source()));
        return summary;
    }

    /** Stores what the sources read, each system in full: one with no account left marks all of its accounts gone. */
    public Summary store(String origin, CollectingAccounts.Collection collection) {
        Instant now = clock.instant();
        int count = 0;
        Map<String, List<String>> gone = new LinkedHashMap<>();
        for (SystemAccounts system : collection.systems()) {
            for (ObservedAccount account : system.accounts()) {
                accounts.upsert(account, now);
                count++;
            }
            List<String> marked = accounts.markGone(system.source(), system.system(),
                    system.accounts().stream().map(ObservedAccount::key).toList(), now);
            if (!marked.isEmpty()) {
                gone.put(system.system(), marked);
            }
        }
        return new Summary(origin, count, gone);
    }

    /** Stores what a source read of its systems in full. */
    public Summary store(String origin, List<ObservedAccount> read) {
        Instant now = clock.instant();
        Map<String, List<String>> bySystem = new LinkedHashMap<>();
        Map<String, AccountSource> sources = new LinkedHashMap<>();
        for (ObservedAccount account : read) {
            accounts.upsert(account, now);
            bySystem.computeIfAbsent(account.system(), s -> new ArrayList<>()).add(account.key());
            sources.put(account.system(), account.source());
        }
        Map<String, List<String>> gone = new LinkedHashMap<>();
        bySystem.forEach((system, keys) -> {
            List<String> marked = accounts.markGone(sources.get(system), system, keys, now);
            if (!marked.isEmpty()) {
                gone.put(system, marked);
            }
        });
        return new Summary(origin, read.size(), gone);
    }
}
