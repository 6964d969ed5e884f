-- One-time login links (resas-ops login-url): a link's id is stored when it is used, so it opens a
-- session once only. Rows older than the links' validity carry no meaning and may be deleted.
CREATE TABLE portal_login_link (
    link_id  TEXT        PRIMARY KEY,
    username TEXT        NOT NULL,
    used_at  TIMESTAMPTZ NOT NULL
);
