-- Monthly page figures from an analytics export the owner provides (e.g. Google Analytics), kept beside
-- the CloudFront-derived figures. Re-importing a month replaces it.
CREATE TABLE access_analytics_import (
    month        TEXT        PRIMARY KEY CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    file_name    TEXT        NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL,
    imported_by  TEXT        NOT NULL,
    page_count   INTEGER     NOT NULL
);
CREATE TABLE access_analytics_page (
    month  TEXT   NOT NULL REFERENCES access_analytics_import (month) ON DELETE CASCADE,
    page   TEXT   NOT NULL,
    views  BIGINT NOT NULL CHECK (views >= 0),
    users  BIGINT CHECK (users >= 0),
    PRIMARY KEY (month, page)
);
