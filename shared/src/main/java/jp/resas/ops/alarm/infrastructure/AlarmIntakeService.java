package jp.resas.ops.alarm.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.alarm.AlarmIntake;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.MaintenanceCheck;
import jp.resas.ops.alarm.event.AlarmEventParser;
import jp.resas.ops.audit.AuditLog;

/**
 * The transaction boundary of alarm intake: parse first, outside the transaction (a malformed event writes
 * nothing, and no connection is held while the JSON is read), then apply every notice of the event in one
 * transaction, so a retried delivery never finds half of it applied. An event of one notice that its alarm's open
 * incident takes as it is (the common case) is applied by one statement, atomic without a transaction
 * ({@link AlarmIntake#receiveInOneCall}). Joins the caller's transaction if any.
 */
@Singleton
public class AlarmIntakeService {

    private final AlarmEventParser parser;
    private final AlarmIntake intake;
    private final TransactionOperations<Connection> transactions;

    AlarmIntakeService(AlarmEventParser parser, JdbcAlarmLedger ledger, AuditLog audit,
            MaintenanceCheck maintenance, TransactionOperations<Connection> transactions) {
        this.parser = parser;
        this.intake = new AlarmIntake(ledger, audit, maintenance);
        this.transactions = transactions;
    }

    /** @throws jp.resas.ops.alarm.MalformedAlarmEventException naming what is wrong; nothing written */
    public List<IntakeResult> receive(String event) {
        List<AlarmNotice> notices = parser.parse(event);
        if (notices.size() == 1) {
            // The common case is one statement, atomic on its own: no transaction of ours (issue 18). When it leaves
            // the notice to the steps it has written nothing but the alarm's registration.
            AlarmNotice notice = notices.get(0);
            Optional<IntakeResult> done = intake.receiveInOneCall(notice);
            if (done.isPresent()) {
                return List.of(done.get());
            }
            IntakeResult stepped = transactions.executeWrite(status -> intake.receiveStepByStep(notice));
            return List.of(stepped);
        }
        return transactions.executeWrite(status -> {
            List<IntakeResult> results = new ArrayList<>(notices.size());
            for (AlarmNotice notice : notices) {
                results.add(intake.receive(notice));
            }
            return results;
        });
    }
}
