-- 利用者満足度: the requester of an answered inquiry rates it once (1-5 and a comment). The primary key
-- makes "once" hold however often or concurrently the rating is sent.

CREATE TABLE satisfaction_rating (
    ticket_id  BIGINT      PRIMARY KEY REFERENCES ticket (id),
    score      INT         NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment    TEXT,
    rated_by   TEXT        NOT NULL,
    rated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX satisfaction_rating_by_time ON satisfaction_rating (rated_at);
