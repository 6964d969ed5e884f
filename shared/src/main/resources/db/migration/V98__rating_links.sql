-- Satisfaction-rating links (issue 19): a link's id is stored when it is used, so each link rates once
-- (the rating itself is once per inquiry, satisfaction_rating's key). Stored in the same transaction as
-- the rating: a refused rating leaves the link unused.
CREATE TABLE rating_link_used (
    link_id    TEXT        PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    used_at    TIMESTAMPTZ NOT NULL
);
