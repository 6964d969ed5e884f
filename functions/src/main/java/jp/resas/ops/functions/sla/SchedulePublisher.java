package jp.resas.ops.functions.sla;

import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.slawatch.AlertPublisher;

/** Where the schedule's alerts go: SLA alerts, and the minutes' reminders and breaches. Throws when it could not deliver. */
interface SchedulePublisher extends AlertPublisher {

    void publish(MinutesAlert alert);
}
