-- Issue 18: an alarm state change that only adds to the alarm's open incident (the common case: a repeated ALARM,
-- a recovery OK) is applied by one call, in one statement, instead of a transaction of five statements and its
-- commit: the alarm's upsert (its row lock serialises deliveries for the alarm), the open incident's look-up, the
-- transition's insert (its unique key refuses a duplicate) attached to the incident, the tally by index probes
-- (V121), the incident's update, the timeline line and the audit row. One statement is atomic on its own, so the
-- caller may run it without a transaction of its own (autocommit).
--
-- A PL/pgSQL function and not one SQL statement: under READ COMMITTED each statement of a VOLATILE function takes a
-- new snapshot, so the look-up that follows the upsert sees an incident opened by the delivery whose lock the upsert
-- waited for (one statement would read with the snapshot taken before the wait and miss it).
--
-- outcome 'APPLIED': done; incident, occurrence_count, first_alarm_at, last_alarm_at, last_ok_at tell the result
-- (due_times_missing: the incident's stored SLA due times were cleared, for the caller to compute; it cannot happen
-- here since the opening does not move, and is answered all the same). 'DUPLICATE': the transition was recorded
-- before; only the alarm's upsert is done, as a duplicate delivery does step by step. 'STEPS': only the alarm's upsert
-- is done; the caller applies the change step by step (no open incident, an OK older than the opening, an ALARM that
-- would move the opening or falls in a scheduled maintenance window whose alarms the caller matches, or an incident
-- whose due times are not stored yet).
--
-- p_message is a format() string: %s stands for the incident's occurrences after the change (%% for a percent sign).
CREATE FUNCTION alarm_intake_on_open_incident(
    p_arn TEXT, p_name TEXT, p_account_id TEXT, p_region TEXT, p_alarm_kind TEXT,
    p_state TEXT, p_changed_at TIMESTAMPTZ, p_reason TEXT, p_route TEXT,
    p_timeline_kind TEXT, p_message TEXT, p_actor TEXT, p_action TEXT, p_details JSONB,
    OUT outcome TEXT, OUT incident BIGINT, OUT occurrence_count INT, OUT first_alarm_at TIMESTAMPTZ,
    OUT last_alarm_at TIMESTAMPTZ, OUT last_ok_at TIMESTAMPTZ, OUT due_times_missing BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_incident BIGINT;
    v_opened_at TIMESTAMPTZ;
    v_due_times BOOLEAN;
    v_recorded BIGINT;
BEGIN
    IF p_state NOT IN ('ALARM', 'OK') THEN
        RAISE EXCEPTION 'alarm_intake_on_open_incident: state must be ALARM or OK, was %', p_state;
    END IF;
    outcome := 'STEPS';
    INSERT INTO alarm (arn, name, account_id, region, kind) VALUES (p_arn, p_name, p_account_id, p_region, p_alarm_kind)
    ON CONFLICT (arn) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, last_seen_at = now();

    SELECT i.id, i.opened_at, i.sla_queue_due_at IS NOT NULL INTO v_incident, v_opened_at, v_due_times
    FROM incident i WHERE i.alarm_arn = p_arn AND i.status <> 'CLOSED';
    IF v_incident IS NULL OR NOT v_due_times OR p_changed_at < v_opened_at
       OR (p_state = 'ALARM' AND EXISTS (SELECT 1 FROM maintenance_window w WHERE w.status = 'SCHEDULED'
                                         AND w.starts_at <= p_changed_at AND w.ends_at > p_changed_at)) THEN
        RETURN;
    END IF;
    -- The opening is the first ALARM attached; it must stay where it is (a moved opening changes the SLA).
    SELECT min(t.changed_at) INTO first_alarm_at FROM alarm_transition t
    WHERE t.incident_id = v_incident AND t.kind = 'STATE' AND t.state = 'ALARM';
    IF first_alarm_at IS DISTINCT FROM v_opened_at THEN
        first_alarm_at := NULL;
        RETURN;
    END IF;

    INSERT INTO alarm_transition (alarm_arn, kind, state, changed_at, reason, route, incident_id)
    VALUES (p_arn, 'STATE', p_state, p_changed_at, p_reason, p_route, v_incident)
    ON CONFLICT (alarm_arn, kind, state, changed_at) DO NOTHING
    RETURNING id INTO v_recorded;
    IF v_recorded IS NULL THEN
        outcome := 'DUPLICATE';
        first_alarm_at := NULL;
        RETURN;
    END IF;

    SELECT max(t.changed_at) INTO last_alarm_at FROM alarm_transition t
    WHERE t.incident_id = v_incident AND t.kind = 'STATE' AND t.state = 'ALARM';
    SELECT max(t.changed_at) INTO last_ok_at FROM alarm_transition t
    WHERE t.incident_id = v_incident AND t.kind = 'STATE' AND t.state = 'OK';
    -- Every writer stores the count of the ALARM transitions attached; this one was attached just now, once.
    UPDATE incident i SET occurrences = i.occurrences + CASE WHEN p_state = 'ALARM' THEN 1 ELSE 0 END,
                          recovered_at = CASE WHEN last_ok_at > last_alarm_at THEN last_ok_at END,
                          updated_at = now(), version = i.version + 1
    WHERE i.id = v_incident
    RETURNING i.occurrences, i.sla_queue_due_at IS NULL AND i.status <> 'CLOSED'
    INTO occurrence_count, due_times_missing;

    INSERT INTO incident_timeline (incident_id, at, kind, actor, message)
    VALUES (v_incident, p_changed_at, p_timeline_kind, p_actor, format(p_message, occurrence_count));
    INSERT INTO audit_log (actor, action, target_type, target_id, details, source)
    VALUES (p_actor, p_action, 'incident', v_incident::text, p_details, p_route);
    outcome := 'APPLIED';
    incident := v_incident;
END $$;
