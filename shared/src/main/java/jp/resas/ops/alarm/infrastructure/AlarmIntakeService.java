package jp.resas.ops.alarm.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.alarm.AlarmIntake;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.MaintenanceCheck;
import jp.resas.ops.alarm.event.AlarmEventParser;
import jp.resas.ops.audit.AuditLog;

/**
 * The transaction boundary of alarm intake: parse first (a malformed event writes nothing), then apply
 * every notice of the event in one transaction, so a retried delivery never finds half of it applied.
 */
@Singleton
public class AlarmIntakeService {

    private final AlarmEventParser parser;
    private final AlarmIntake intake;

    AlarmIntakeService(AlarmEventParser parser, JdbcAlarmLedger ledger, AuditLog audit,
            MaintenanceCheck maintenance) {
        this.parser = parser;
        this.intake = new AlarmIntake(ledger, audit, maintenance);
    }

    /** @throws jp.resas.ops.alarm.MalformedAlarmEventException naming what is wrong; nothing written */
    @Transactional
    public List<IntakeResult> receive(String event) {
        List<AlarmNotice> notices = parser.parse(event);
        List<IntakeResult> results = new ArrayList<>();
        for (AlarmNotice notice : notices) {
            results.add(intake.receive(notice));
        }
        return results;
    }
}
