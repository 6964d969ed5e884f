-- Issue 18 / 9: the queues are keyset-paged in SQL on stored SLA due times instead of computing every open
-- item's SLA per request. The due times depend on the item's SLA facts, the policy and the calendar, so the
-- code that changes any of them stores them again in the same transaction (ticket and incident writes, the
-- administrators' policy and calendar changes).
--
-- sla_queue_due_at is the queues' order: the earliest due time of a clock not met in time, 9999-12-31 when
-- there is none. NULL means "not computed": rows older than this migration, and rows changed by a writer
-- that does not compute due times (the triggers below clear them when an SLA fact changes). The queue read
-- computes the missing ones before it reads, so a NULL is never served.
ALTER TABLE ticket
    ADD COLUMN sla_response_due_at   TIMESTAMPTZ,
    ADD COLUMN sla_resolution_due_at TIMESTAMPTZ,
    ADD COLUMN sla_queue_due_at      TIMESTAMPTZ;

ALTER TABLE incident
    ADD COLUMN sla_response_due_at   TIMESTAMPTZ,
    ADD COLUMN sla_resolution_due_at TIMESTAMPTZ,
    ADD COLUMN sla_queue_due_at      TIMESTAMPTZ;

CREATE INDEX ticket_queue ON ticket (sla_queue_due_at, id) WHERE closed_at IS NULL;
CREATE INDEX ticket_queue_unassigned ON ticket (sla_queue_due_at, id) WHERE closed_at IS NULL AND assignee IS NULL;
CREATE INDEX ticket_queue_missing ON ticket (id) WHERE closed_at IS NULL AND sla_queue_due_at IS NULL;
CREATE INDEX incident_queue ON incident (sla_queue_due_at, id) WHERE status <> 'CLOSED';
CREATE INDEX incident_queue_unassigned ON incident (sla_queue_due_at, id) WHERE status <> 'CLOSED' AND assignee IS NULL;
CREATE INDEX incident_queue_missing ON incident (id) WHERE status <> 'CLOSED' AND sla_queue_due_at IS NULL;

-- A writer that changes an SLA fact without storing new due times leaves them "not computed".
CREATE FUNCTION incident_sla_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sla_queue_due_at IS NOT DISTINCT FROM OLD.sla_queue_due_at
       AND (NEW.opened_at, NEW.severity, NEW.responded_at, NEW.mitigated_at, NEW.resolved_at, NEW.closed_at)
           IS DISTINCT FROM (OLD.opened_at, OLD.severity, OLD.responded_at, OLD.mitigated_at, OLD.resolved_at,
                             OLD.closed_at) THEN
        NEW.sla_response_due_at := NULL;
        NEW.sla_resolution_due_at := NULL;
        NEW.sla_queue_due_at := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER incident_sla_facts_changed BEFORE UPDATE ON incident
    FOR EACH ROW EXECUTE FUNCTION incident_sla_facts_changed();

CREATE FUNCTION ticket_sla_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sla_queue_due_at IS NOT DISTINCT FROM OLD.sla_queue_due_at
       AND (NEW.kind, NEW.priority, NEW.created_at, NEW.first_responded_at, NEW.resolved_at)
           IS DISTINCT FROM (OLD.kind, OLD.priority, OLD.created_at, OLD.first_responded_at, OLD.resolved_at) THEN
        NEW.sla_response_due_at := NULL;
        NEW.sla_resolution_due_at := NULL;
        NEW.sla_queue_due_at := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ticket_sla_facts_changed BEFORE UPDATE ON ticket
    FOR EACH ROW EXECUTE FUNCTION ticket_sla_facts_changed();

CREATE FUNCTION ticket_pause_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket SET sla_response_due_at = NULL, sla_resolution_due_at = NULL, sla_queue_due_at = NULL
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.ticket_id ELSE NEW.ticket_id END;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_pause_changed AFTER INSERT OR UPDATE OR DELETE ON ticket_pause
    FOR EACH ROW EXECUTE FUNCTION ticket_pause_changed();
