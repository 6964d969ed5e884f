-- GET /audit filters by who and what, newest first (keyset on id).
CREATE INDEX audit_log_by_actor ON audit_log (actor, id DESC);
CREATE INDEX audit_log_by_action ON audit_log (action, id DESC);
