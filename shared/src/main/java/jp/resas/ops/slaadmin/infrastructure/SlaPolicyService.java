package jp.resas.ops.slaadmin.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.ChangingSlaPolicy;
import jp.resas.ops.slaadmin.PolicyChange;
import jp.resas.ops.slaadmin.PolicyTable;
import jp.resas.ops.slaadmin.SlaPolicyStore;
import jp.resas.ops.slaadmin.StoredPolicy;
import jp.resas.ops.ticket.infrastructure.QueueService;

/** The transaction boundary of the SLA policy settings; a change recomputes the open items' due times in it. */
@Singleton
public class SlaPolicyService {

    private final SlaPolicyStore store;
    private final ChangingSlaPolicy changing;
    private final QueueService queues;

    SlaPolicyService(SlaPolicyStore store, AuditLog audit, Clock clock, QueueService queues) {
        this.store = store;
        this.changing = new ChangingSlaPolicy(store, audit, clock);
        this.queues = queues;
    }

    @Transactional(readOnly = true)
    public PolicyTable table() {
        return PolicyTable.of(store.changed());
    }

    @Transactional
    public StoredPolicy change(TicketType type, Priority priority, PolicyChange change, Actor actor) {
        changing.change(type, priority, change, actor);
        queues.recomputeDueTimes();
        return PolicyTable.of(store.changed()).get(type, priority);
    }
}
