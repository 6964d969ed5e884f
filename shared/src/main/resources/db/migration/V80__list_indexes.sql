-- Issue 18: the indexes the lists need at volume (each checked with EXPLAIN on 100 k seeded rows in
-- ListIndexPlanTest).
-- Every alarm event tallies its incident's transitions: without this, a sequential scan of all history.
CREATE INDEX alarm_transition_by_incident ON alarm_transition (incident_id);
-- GET /incidents?status=… and ?severity=…, newest first.
CREATE INDEX incident_by_status ON incident (status, opened_at DESC, id DESC);
CREATE INDEX incident_by_severity ON incident (severity, opened_at DESC, id DESC);
-- GET /inquiries?requester=… (a viewer's own), ?status=…, ?assignee=…, newest first.
CREATE INDEX ticket_by_requester ON ticket (kind, requester, created_at DESC, id DESC);
CREATE INDEX ticket_by_status ON ticket (kind, status, created_at DESC, id DESC);
CREATE INDEX ticket_by_assignee ON ticket (kind, assignee, created_at DESC, id DESC);
-- /queues/mine: assigned to me (incident_open_by_assignee, ticket_open) or raised by me.
CREATE INDEX ticket_open_by_requester ON ticket (requester) WHERE closed_at IS NULL;
CREATE INDEX incident_open_by_creator ON incident (created_by) WHERE status <> 'CLOSED';
