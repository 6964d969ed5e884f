-- What administrators change about the business calendar. One settings row; its version moves on
-- every change (hours, closed days, holiday import), so readers know when to rebuild the calendar.

CREATE TABLE calendar_setting (
    id          SMALLINT    PRIMARY KEY CHECK (id = 1),
    opening     TIME        NOT NULL,
    closing     TIME        NOT NULL CHECK (opening < closing),
    version     BIGINT      NOT NULL DEFAULT 0,
    updated_by  TEXT,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO calendar_setting (id, opening, closing) VALUES (1, '09:00', '17:00');

CREATE TABLE calendar_closed_day (
    day       DATE        PRIMARY KEY,
    reason    TEXT        NOT NULL,
    added_by  TEXT        NOT NULL,
    added_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every imported Cabinet Office file, kept whole; the newest is in force.
CREATE TABLE holiday_list_import (
    id           BIGSERIAL   PRIMARY KEY,
    source       TEXT        NOT NULL,
    content      BYTEA       NOT NULL,
    first_year   INTEGER     NOT NULL,
    last_year    INTEGER     NOT NULL,
    imported_by  TEXT        NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
